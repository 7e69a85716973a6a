/**
 * The lint commands (category "Wenmi"): fix all, check now, copy the text without suppression
 * markers (our export), show a rule's documentation. Each takes an optional document URI (editor
 * menus pass one; the palette uses the active editor) and returns what it did, so that other
 * extensions and the integration tests can use them. Errors go to the output channel, never to VS Code.
 */
import { vscode } from './vscodeApi';
import { exportDocxCommand, isNodeHost } from './exportDocx';
import { PreviewManager, type PreviewState } from './preview';
import { DOCX_SCHEME, DocxTextProvider, reviewDocxCommand, writeReviewedCommand } from './reviewDocx';
import { WorkspaceCheck } from './workspaceCheck';
import type { Services } from './services';
import { SHOW_RULE_DOCS_COMMAND, toWorkspaceEdit } from './codeActions';
import { core } from './core';
import { errorText, type DiagnosticsManager } from './diagnostics';
import { localize } from './localize';
import type { SessionResult } from '../core/session';

/** What `wenmi.lintDocument` resolves with. */
export interface LintSummary {
  uri: string;
  /** Whether the text was treated as a 公文 (false: not one, nothing reported). */
  linted: boolean;
  genre: string | null;
  findings: number;
  /** Whether this lint re-checked only what changed since the last one (the incremental lint, core session.ts). */
  incremental: boolean;
}

async function targetDocument(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

function notify(message: string): void {
  vscode.window.setStatusBarMessage(message, 5000);
}

export async function fixAllCommand(diagnostics: DiagnosticsManager, uri?: unknown): Promise<number> {
  const document = await targetDocument(uri);
  if (!document || !diagnostics.isChecked(document)) {
    notify(localize('Wenmi: this document is not checked.'));
    return 0;
  }
  const analysis = await diagnostics.analysisFor(document);
  if (!analysis || analysis.version !== document.version) return 0;
  const plan = analysis.fixAll();
  if (!plan.edits.length) {
    notify(localize('Wenmi: nothing to fix.'));
    return 0;
  }
  // The result is left for review: an edit in the editor (one undo step), never saved — and not a
  // refactoring, which VS Code saves by itself (files.refactoring.autoSave) when the file was not open.
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const applied = editor
    ? await editor.edit((b) => {
        for (const e of plan.edits) b.replace(new vscode.Range(document.positionAt(e.range[0]), document.positionAt(e.range[1])), e.text);
      }, { undoStopBefore: true, undoStopAfter: true })
    : await vscode.workspace.applyEdit(toWorkspaceEdit(document, plan.edits), { isRefactoring: false });
  if (!applied) {
    notify(localize('Wenmi: the document changed, nothing was fixed.'));
    return 0;
  }
  notify(localize('Wenmi: fixed {count} problem(s).', { count: plan.fixed }));
  await diagnostics.lintNow(document);
  return plan.fixed;
}

export async function lintDocumentCommand(diagnostics: DiagnosticsManager, uri?: unknown): Promise<LintSummary | undefined> {
  const document = await targetDocument(uri);
  if (!document) return undefined;
  if (!diagnostics.isChecked(document)) {
    notify(localize('Wenmi: this document is not checked.'));
    return undefined;
  }
  const analysis = await diagnostics.lintNow(document);
  if (!analysis) return undefined;
  const { result } = analysis;
  const incremental = (result as Partial<SessionResult>).mode === 'incremental';
  return { uri: document.uri.toString(), linted: result.linted, genre: result.genre?.genre.id ?? null, findings: result.findings.length, incremental };
}

export async function copyCleanTextCommand(uri?: unknown): Promise<string | undefined> {
  const document = await targetDocument(uri);
  if (!document) return undefined;
  const text = core().stripMarkers(document.getText());
  await vscode.env.clipboard.writeText(text);
  notify(localize('Wenmi: copied the text without suppression markers.'));
  return text;
}

export async function showRuleDocsCommand(ruleId?: unknown): Promise<boolean> {
  const { allRules, getRule } = core();
  let rule = typeof ruleId === 'string' ? getRule(ruleId) : undefined;
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      allRules.map((r) => ({ label: r.meta.id, description: r.meta.title, detail: r.meta.description })),
      { placeHolder: localize('Show the documentation of a Wenmi rule'), matchOnDescription: true, matchOnDetail: true },
    );
    rule = picked && getRule(picked.label);
  }
  if (!rule) return false;
  return vscode.env.openExternal(vscode.Uri.parse(rule.docs));
}

export function registerCommands(context: vscode.ExtensionContext, diagnostics: DiagnosticsManager, log: vscode.LogOutputChannel, services?: Services): void {
  const guarded = <A extends unknown[], R>(id: string, run: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, async (...args: A): Promise<R | undefined> => {
      try {
        return await run(...args);
      } catch (error) {
        log.error(`${id} failed: ${errorText(error)}`);
        void vscode.window.showErrorMessage(localize('Wenmi: {command} failed. See the "Wenmi" output for details.', { command: id }));
        return undefined;
      }
    });
  context.subscriptions.push(
    guarded('wenmi.fixAll', (uri?: unknown) => fixAllCommand(diagnostics, uri)),
    guarded('wenmi.lintDocument', (uri?: unknown) => lintDocumentCommand(diagnostics, uri)),
    guarded('wenmi.copyCleanText', (uri?: unknown) => copyCleanTextCommand(uri)),
    guarded(SHOW_RULE_DOCS_COMMAND, (ruleId?: unknown) => showRuleDocsCommand(ruleId)),
    guarded('wenmi.openSample', () => openSampleCommand()),
    guarded('wenmi.exportDocx', async (uri?: unknown, target?: unknown) => {
      const document = await targetDocument(uri);
      // The organisation's layout settings come with the document's lint options (its .wenmirc.json and packs).
      const analysis = document && (diagnostics.latest(document) ?? (await diagnostics.lintNow(document)));
      return exportDocxCommand(context.extensionUri, document, target instanceof vscode.Uri ? target : undefined, analysis?.options.config?.layout);
    }),
  );
  // Received Word files: a read-only view of their text, checked like a draft, and the reviewed copy.
  const docxText = new DocxTextProvider(context.extensionUri);
  diagnostics.extraFindings = (document, config) => docxText.layoutFindings(document, config);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, docxText),
    guarded('wenmi.reviewDocx', (uri?: unknown) => reviewDocxCommand(uri)),
    guarded('wenmi.writeReviewedDocx', (uri?: unknown, trackChanges?: unknown, target?: unknown) =>
      writeReviewedCommand(context.extensionUri, diagnostics, uri, trackChanges, target)),
  );
  // The whole workspace in the Problems panel (created on first use).
  let workspace: WorkspaceCheck | undefined;
  context.subscriptions.push(
    { dispose: () => workspace?.dispose() },
    guarded('wenmi.checkWorkspace', async () => {
      if (!services) return undefined;
      workspace ??= new WorkspaceCheck(services);
      return workspace.run();
    }),
  );
  // (The export's menu items show where the writer can load: a Node extension host.)
  void vscode.commands.executeCommand('setContext', 'wenmi.canExportDocx', isNodeHost());
  // The page preview: one panel that follows the active draft.
  let preview: PreviewManager | undefined;
  context.subscriptions.push(
    { dispose: () => preview?.dispose() },
    guarded('wenmi.openPreview', async (uri?: unknown): Promise<PreviewState | undefined> => {
      const document = await targetDocument(uri);
      if (!document) return undefined;
      preview ??= new PreviewManager(diagnostics);
      return preview.open(document);
    }),
    // (What the preview shows now: for tests and for anyone scripting the editor.)
    vscode.commands.registerCommand('wenmi.previewState', () => preview?.current()),
  );
}

/** The walkthrough's sample: an untitled 公文 with textbook mistakes, to see squiggles, hovers and fixes on. */
export async function openSampleCommand(): Promise<string> {
  const document = await vscode.workspace.openTextDocument({ language: 'gongwen', content: core().SAMPLE_DRAFT });
  await vscode.window.showTextDocument(document);
  return document.uri.toString();
}
