/**
 * Wenmi: Export to Word (GB/T 9704) — the draft written as a .docx laid out to the standard (src/docx/write.ts, the
 * same writer as `wenmi export`), saved where the user says (next to the draft by default). The writer and the
 * `docx` package are a bundle of their own (dist/docx.js), loaded on the first export: the extension's own bundle and
 * its activation do not carry them. The web host has no such file to load: there the command says so.
 */
import { vscode } from './vscodeApi';
import { core } from './core';
import { localize } from './localize';
import type { LayoutSettings } from '../core/config';

type Writer = typeof import('../docx/bundle');

let writer: Writer | undefined;

/** The Word modules (dist/docx.js), or undefined where they cannot load (the web host). Shared with the review commands. */
export function loadWriter(extensionUri: vscode.Uri): Writer | undefined {
  if (writer) return writer;
  // (A computed path: esbuild leaves it to the host's require, so the writer stays out of this bundle.)
  const path = vscode.Uri.joinPath(extensionUri, 'dist', 'docx.js').fsPath;
  if (!isNodeHost()) return undefined;
  writer = require(path) as Writer;
  return writer;
}

/** Whether the extension runs in a Node extension host (desktop, remote, code-server), where the writer can load. */
export function isNodeHost(): boolean {
  // (Read off globalThis: the bundle uses no Node global directly, so that it loads in the web host too.)
  const g = globalThis as { process?: { versions?: { node?: string } } };
  return typeof g.process?.versions?.node === 'string' && typeof require === 'function';
}

export interface ExportResult {
  uri: string;
  bytes: number;
}

/** Exports `document`; `target` skips the save dialog (the integration test passes one). */
export async function exportDocxCommand(
  extensionUri: vscode.Uri, document: vscode.TextDocument | undefined, target?: vscode.Uri, settings?: LayoutSettings,
): Promise<ExportResult | undefined> {
  if (!document) return undefined;
  const w = loadWriter(extensionUri);
  if (!w) {
    void vscode.window.showWarningMessage(localize('Wenmi: Word export needs the desktop editor (it is not available in the web editor). Use `wenmi export` on the command line.'));
    return undefined;
  }
  const doc = core().parse(document.getText());
  if (!doc.isGongwen && !doc.title) {
    void vscode.window.showWarningMessage(localize('Wenmi: this document does not look like an official document (no title found); nothing was exported.'));
    return undefined;
  }
  let uri = target;
  if (!uri) {
    const base = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + '.docx' }) : undefined;
    uri = await vscode.window.showSaveDialog({ defaultUri: base, filters: { [localize('Word document')]: ['docx'] }, saveLabel: localize('Export') });
    if (!uri) return undefined;
  }
  // Never over the draft itself, nor over a document open in the editor.
  if (uri.toString() === document.uri.toString() || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri!.toString())) {
    void vscode.window.showErrorMessage(localize('Wenmi: choose another file name: {name} is open in the editor.', { name: uri.path.split('/').pop() ?? '' }));
    return undefined;
  }
  const bytes = await w.writeDocx(doc, settings);
  await vscode.workspace.fs.writeFile(uri, bytes);
  const open = localize('Open Folder');
  void vscode.window.showInformationMessage(localize('Wenmi: exported {name} (GB/T 9704 layout).', { name: uri.path.split('/').pop() ?? '' }), open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('revealFileInOS', uri);
  });
  return { uri: uri.toString(), bytes: bytes.length };
}
