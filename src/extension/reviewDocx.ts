/**
 * Wenmi: Review Word File (issue 14) — a received .docx opened as a read-only document of its text (as the reader sees
 * it: tables, text boxes, accepted changes, generated numbering), checked like any draft: the findings in the Problems
 * panel and on hover. Wenmi: Write Reviewed Copy writes `<name>-审核.docx` beside it with each finding as a 批注 and,
 * if chosen, each certain fix as a 修订. The Word modules load from dist/docx.js on first use (a Node extension host).
 */
import { vscode } from './vscodeApi';
import type { LintConfig } from '../core/config';
import type { Finding } from '../core/types';
import type { DiagnosticsManager } from './diagnostics';
import { loadWriter } from './exportDocx';
import { localize } from './localize';
import { core } from './core';

export const DOCX_SCHEME = 'wenmi-docx';

/** The read-only text of a .docx: `wenmi-docx:/path/to/draft.docx` reads `file:/path/to/draft.docx`. */
export class DocxTextProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The package and text of each view, read once: its layout findings are computed from them under the view's configuration. */
  private readonly read = new Map<string, { pkg: unknown; model: { text: string; bodyEnd: number } }>();
  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The layout findings of a view (page, margins, fonts, grid, page numbers, 版记 lines), or [] for any other document. */
  layoutFindings(document: vscode.TextDocument, config: Partial<LintConfig> | undefined): Finding[] {
    if (document.uri.scheme !== DOCX_SCHEME) return [];
    const m = loadWriter(this.extensionUri);
    const r = this.read.get(document.uri.toString());
    if (!m || !r || r.model.text.slice(0, r.model.bodyEnd) !== document.getText()) return [];
    return m.checkDocxLayout(r.pkg as Parameters<typeof m.checkDocxLayout>[0], r.model as Parameters<typeof m.checkDocxLayout>[1], config);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const m = loadWriter(this.extensionUri);
    if (!m) return localize('Wenmi: reading Word files needs the desktop editor.');
    const bytes = await vscode.workspace.fs.readFile(sourceOf(uri));
    try {
      const pkg = m.openPackage(bytes, undefined, { only: m.XML_PARTS });
      const model = m.requireText(m.readDocxText(pkg));
      this.read.set(uri.toString(), { pkg, model });
      // The body (checked as the document); its footnotes and endnotes are checked with the reviewed copy.
      return model.text.slice(0, model.bodyEnd);
    } catch (err) {
      if (err instanceof m.DocxError) {
        void vscode.window.showErrorMessage(localize('Wenmi: {name} cannot be reviewed: {reason}', { name: uri.path.split('/').pop() ?? '', reason: err.message }));
        return '';
      }
      throw err;
    }
  }
}

/** The .docx behind a read-only view (or the file itself). */
export function sourceOf(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === DOCX_SCHEME ? vscode.Uri.file(uri.path) : uri;
}

export interface ReviewViewResult {
  uri: string;
  characters: number;
}

/** Opens the read-only view of a .docx (the Explorer passes it; otherwise the user picks one). */
export async function reviewDocxCommand(uri?: unknown): Promise<ReviewViewResult | undefined> {
  let file = uri instanceof vscode.Uri ? uri : undefined;
  if (!file) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [localize('Word document')]: ['docx'] }, openLabel: localize('Review') });
    file = picked?.[0];
  }
  if (!file) return undefined;
  const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(view), 'gongwen');
  await vscode.window.showTextDocument(document, { preview: false });
  return { uri: view.toString(), characters: document.getText().length };
}

export interface ReviewedCopy {
  uri: string;
  comments: number;
  changes: number;
}

/**
 * Writes the reviewed copy of the .docx behind the active view (or `uri`): `trackChanges` given by the caller, or asked.
 * Never over the source; an existing copy is replaced only when the user says so.
 */
export async function writeReviewedCommand(
  extensionUri: vscode.Uri, diagnostics: DiagnosticsManager, uri?: unknown, trackChanges?: unknown, target?: unknown,
): Promise<ReviewedCopy | undefined> {
  const m = loadWriter(extensionUri);
  if (!m) {
    void vscode.window.showWarningMessage(localize('Wenmi: reading Word files needs the desktop editor.'));
    return undefined;
  }
  const given = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!given || !/\.docx$/i.test(given.path)) {
    void vscode.window.showWarningMessage(localize('Wenmi: open a Word file with "Wenmi: Review Word File" first.'));
    return undefined;
  }
  const source = sourceOf(given);
  let track = typeof trackChanges === 'boolean' ? trackChanges : undefined;
  if (track === undefined) {
    const withChanges = localize('Comments and tracked changes');
    const picked = await vscode.window.showQuickPick([localize('Comments only'), withChanges], { placeHolder: localize('What should the reviewed copy carry?') });
    if (!picked) return undefined;
    track = picked === withChanges;
  }
  const pkg = m.openPackage(await vscode.workspace.fs.readFile(source));
  const model = m.readDocxText(pkg);
  // The findings of the view (its configuration included), as the Problems panel shows them.
  const view = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: DOCX_SCHEME, path: source.path }));
  const analysis = await diagnostics.lintNow(view.languageId === 'gongwen' ? view : await vscode.languages.setTextDocumentLanguage(view, 'gongwen'));
  // (With the layout findings: the view publishes them beside the text's.)
  const body = model.text.slice(0, model.bodyEnd);
  const shown = analysis && analysis.text === body ? analysis.findings ?? analysis.result.findings : [];
  // Its footnotes and endnotes by the paragraph rules, under the view's configuration.
  const notes = analysis && analysis.text === body ? core().lintFragment(model.text.slice(model.notesStart), model.notesStart, analysis.options) : [];
  const findings = [...shown, ...notes];
  const out = target instanceof vscode.Uri ? target : source.with({ path: source.path.replace(/\.docx$/i, '') + '-审核.docx' });
  if (out.toString() === source.toString()) return undefined;
  if (!(target instanceof vscode.Uri)) {
    const exists = await vscode.workspace.fs.stat(out).then(() => true, () => false);
    if (exists) {
      const replace = localize('Replace');
      const choice = await vscode.window.showWarningMessage(localize('{name} exists. Replace it?', { name: out.path.split('/').pop() ?? '' }), { modal: true }, replace);
      if (choice !== replace) return undefined;
    }
  }
  const author = vscode.workspace.getConfiguration('wenmi').get<string>('review.author') || 'Wenmi';
  const r = m.reviewDocx(pkg, model, findings, { author, date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), trackChanges: track });
  await vscode.workspace.fs.writeFile(out, r.bytes);
  void vscode.window.showInformationMessage(localize('Wenmi: wrote {name}: {comments} comments, {changes} tracked changes.', {
    name: out.path.split('/').pop() ?? '', comments: String(r.comments), changes: String(r.changes),
  }));
  return { uri: out.toString(), comments: r.comments, changes: r.changes };
}
