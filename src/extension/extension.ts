/** Entry point: wires the features onto shared services. Each feature registers its own providers. */
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { DiagnosticsManager } from './diagnostics';
import { registerDrafting } from './drafting';
import { registerHover } from './hover';
import type { Services } from './services';
import { registerStatusBar } from './statusBar';
import { createConfigService } from './team/configService';
import { registerTeam } from './team';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Wenmi', { log: true });
  const services: Services = { config: createConfigService() };
  context.subscriptions.push(log, services.config);

  // Linting: diagnostics, quick fixes, the 文种 hover and status bar, the lint commands.
  const diagnostics = new DiagnosticsManager(services, log);
  context.subscriptions.push(diagnostics);
  registerCodeActions(context, diagnostics, log);
  registerHover(context, diagnostics, log);
  registerStatusBar(context, diagnostics, log);
  registerCommands(context, diagnostics, log);

  registerDrafting(context, services);
  registerTeam(context, services);
  diagnostics.start();
}

export function deactivate(): void {
  /* disposables are released through context.subscriptions */
}
