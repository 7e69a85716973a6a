/** Entry point: wires the features onto shared services. Each feature registers its own providers. */
import * as vscode from 'vscode';
import { registerDrafting } from './drafting';
import type { Services } from './services';
import { createConfigService } from './team/configService';
import { registerTeam } from './team';

export function activate(context: vscode.ExtensionContext): void {
  const services: Services = { config: createConfigService() };
  context.subscriptions.push(services.config);
  registerDrafting(context, services);
  registerTeam(context, services);
}

export function deactivate(): void {
  /* disposables are released through context.subscriptions */
}
