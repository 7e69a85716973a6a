/** Team features: .wenmirc.json and pack commands, config file diagnostics, pack snippets in completion. */
import { vscode } from '../vscodeApi';
import type { Services } from '../services';
import { addSelectionAsSnippet, createPack, EFFECTIVE_SCHEME, EffectiveConfigProvider, showEffectiveConfig, type SnippetPreset } from './commands';
import { registerPackSnippetCompletion } from './completion';
import { registerConfigDiagnostics } from './configDiagnostics';
import { isTeamConfigService } from './configService';

export function registerTeam(context: vscode.ExtensionContext, services: Services): void {
  const service = services.config;
  if (!isTeamConfigService(service)) return;
  registerConfigDiagnostics(context, service);
  registerPackSnippetCompletion(context, service);
  const effective = new EffectiveConfigProvider(service);
  context.subscriptions.push(
    effective,
    vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_SCHEME, effective),
    service.onDidChange(() => effective.refresh()),
    // Both accept their answers as an argument (keybindings, tests); without one they ask.
    vscode.commands.registerCommand('wenmi.createPack', async (preset?: unknown) => {
      const manifest = await createPack(service, asPreset<{ name?: string; folder?: string }>(preset));
      if (manifest) await vscode.window.showTextDocument(manifest);
      return manifest;
    }),
    vscode.commands.registerCommand('wenmi.addSelectionAsSnippet', (preset?: unknown) =>
      addSelectionAsSnippet(service, vscode.window.activeTextEditor, asPreset<SnippetPreset>(preset)),
    ),
    vscode.commands.registerCommand('wenmi.showEffectiveConfig', () => showEffectiveConfig()),
  );
}

/** A plain options object passed to a command; menus pass the document's URI instead, which is ignored. */
function asPreset<T extends object>(arg: unknown): T {
  return arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && !Array.isArray(arg) ? (arg as T) : ({} as T);
}
