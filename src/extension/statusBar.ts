/**
 * The status bar item for the active editor: 文种·行文方向 and 字数 of a checked document, 非公文 when
 * it is not treated as one, hidden otherwise. Updated when the active editor changes and after each
 * (debounced) lint, so the character count is computed once per lint, never per keystroke.
 * Also keeps the `wenmi.documentChecked` context key, which the commands' `when` clauses use.
 */
import { vscode } from './vscodeApi';
import { errorText, type Analysis, type DiagnosticsManager } from './diagnostics';
import { localize } from './localize';
import { documentCharacters, statusView } from './presentation';

export const CHECKED_CONTEXT_KEY = 'wenmi.documentChecked';

export function registerStatusBar(context: vscode.ExtensionContext, diagnostics: DiagnosticsManager, log: vscode.LogOutputChannel): void {
  const item = vscode.window.createStatusBarItem('wenmi.status', vscode.StatusBarAlignment.Right, 100);
  item.name = localize('Wenmi: document type');
  item.command = 'workbench.actions.view.problems';
  const counts = new WeakMap<Analysis, number>();
  let checkedKey: boolean | undefined;

  const render = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const checked = !!document && diagnostics.isChecked(document);
    if (checked !== checkedKey) {
      checkedKey = checked;
      void vscode.commands.executeCommand('setContext', CHECKED_CONTEXT_KEY, checked);
    }
    const analysis = checked ? diagnostics.latest(document) : undefined;
    if (!analysis) {
      item.hide();
      return;
    }
    let count = 0;
    if (analysis.result.linted) {
      count = counts.get(analysis) ?? documentCharacters(analysis.text);
      counts.set(analysis, count);
    }
    const view = statusView(analysis.result.linted, analysis.result.genre?.genre, count);
    item.text = view.text;
    item.tooltip = view.tooltip;
    item.accessibilityInformation = { label: view.text };
    item.show();
  };
  const update = (): void => {
    try {
      render();
    } catch (error) {
      log.error(`status bar update failed: ${errorText(error)}`);
      item.hide();
    }
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidUpdate((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    // `wenmi.enable` / `wenmi.languages` may have changed what is checked.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('wenmi')) update();
    }),
  );
  update();
}
