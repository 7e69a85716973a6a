/**
 * Problems in .wenmirc.json files and packs: a diagnostic on the file at the right line, and a
 * status bar warning while any exists (documents keep the last good configuration meanwhile).
 */
import { vscode } from '../vscodeApi';
import type { ConfigError } from '../../core/project';
import { core } from '../core';
import type { Resolved, TeamConfigService } from './configService';

export const CONFIG_DIAGNOSTIC_SOURCE = 'wenmi-config';

export function toDiagnostic(e: ConfigError): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
  const end = new vscode.Position(Math.max(0, e.endLine - 1), Math.max(0, e.endColumn - 1));
  const d = new vscode.Diagnostic(new vscode.Range(start, end.isAfter(start) ? end : start.translate(0, 1)), e.message, vscode.DiagnosticSeverity.Error);
  d.source = CONFIG_DIAGNOSTIC_SOURCE;
  return d;
}

export function registerConfigDiagnostics(context: vscode.ExtensionContext, service: TeamConfigService): void {
  const collection = vscode.languages.createDiagnosticCollection(CONFIG_DIAGNOSTIC_SOURCE);
  const status = vscode.window.createStatusBarItem('wenmi.configErrors', vscode.StatusBarAlignment.Left, 9);
  status.command = 'workbench.actions.view.problems';
  status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  /** The errors of each configuration file (by URI), as the latest resolution that read it found them. */
  const errorsByFile = new Map<string, { uri: vscode.Uri; errors: ConfigError[] }>();

  const render = () => {
    const all = [...errorsByFile.values()].flatMap((f) => f.errors);
    if (!all.length) {
      status.hide();
      return;
    }
    const { formatConfigError, t } = core();
    status.text = t('team.status.text');
    // Its name (in the status bar's menu) is the text without the icon; set here, not in activate(), which
    // must not load the core (./core.ts). A hidden item is not listed in that menu.
    status.name = status.text.replace(/^\$\([\w-]+\)\s*/, '');
    status.tooltip = t('team.status.tooltip', { count: all.length, first: formatConfigError(all[0]) });
    status.show();
  };

  const onResolved = (r: Resolved) => {
    const byPath = new Map<string, ConfigError[]>();
    for (const e of r.project.errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
    for (const path of new Set([...r.project.files, ...byPath.keys()])) {
      const uri = service.toUri(path, r.base);
      const errors = byPath.get(path) ?? [];
      const key = uri.toString();
      if (!errors.length && !errorsByFile.has(key)) continue;
      if (errors.length) errorsByFile.set(key, { uri, errors });
      else errorsByFile.delete(key);
      collection.set(uri, errors.map(toDiagnostic));
    }
    render();
  };

  /** The configuration at the root of each workspace folder, so its errors show before a document is opened. */
  const resolveRoots = () => {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      void service.resolve(vscode.Uri.joinPath(folder.uri, '.wenmi-root-document')).catch(() => undefined);
    }
  };

  context.subscriptions.push(
    collection,
    status,
    service.onDidResolve(onResolved),
    // Files changed: forget the errors; the re-lint and the roots' resolution report the current ones.
    service.onDidInvalidate(() => {
      errorsByFile.clear();
      collection.clear();
      render();
      resolveRoots();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(resolveRoots),
  );
  // After activation, not during it: the first resolution builds the engine's built-in resources (~50 ms).
  const timer = setTimeout(resolveRoots, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
}
