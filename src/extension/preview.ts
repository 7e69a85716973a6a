/**
 * Wenmi: Open Page Preview — a webview beside the editor with the draft laid out on A4 pages to GB/T 9704, from the
 * layout model the Word export uses (src/core/layout/html.ts: the same line and page breaks), the findings marked on
 * the lines they fall in. It follows the document as the user types (debounced) and the findings as they change.
 * Offline by construction: the page is one HTML string with inline styles, no script and no resource.
 */
import { vscode } from './vscodeApi';
import { core } from './core';
import type { DiagnosticsManager } from './diagnostics';
import { localize } from './localize';

/** What the preview shows now (the command returns it; the integration test reads it). */
export interface PreviewState {
  uri: string;
  version: number;
  pages: number;
  lines: number;
  marked: number;
  /** How many times the page was rendered. */
  renders: number;
}

const DEBOUNCE_MS = 250;

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: PreviewState | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly diagnostics: DiagnosticsManager) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Follows the editor the user turns to, when it holds a draft Wenmi checks.
        if (this.panel && editor && editor.document !== this.document && this.diagnostics.isChecked(editor.document)) {
          this.document = editor.document;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.panel?.dispose();
      }),
    );
  }

  /** Opens (or reveals) the preview of `document` beside it and renders it now. */
  open(document: vscode.TextDocument): PreviewState {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('wenmi.preview', localize('Page Preview (GB/T 9704)'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = undefined;
        if (this.timer) clearTimeout(this.timer);
      });
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.render();
  }

  current(): PreviewState | undefined {
    return this.state;
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.panel && this.document) this.render();
    }, delay);
  }

  private render(): PreviewState {
    const document = this.document!;
    const { parse, renderPreview } = core();
    const text = document.getText();
    // The findings on screen when they are this version's, none while the lint catches up (the next change redraws).
    const analysis = this.diagnostics.current(document);
    const findings = analysis && analysis.version === document.version ? analysis.result.findings : [];
    const name = document.uri.path.split('/').pop() ?? '';
    // The organisation's layout settings (.wenmirc.json / packs, "layout") come with the document's lint options.
    const settings = (analysis ?? this.diagnostics.latest(document))?.options.config?.layout;
    const preview = renderPreview(parse(text), findings, name, settings);
    this.panel!.title = localize('Preview: {name}', { name });
    this.panel!.webview.html = preview.html;
    this.state = {
      uri: document.uri.toString(),
      version: document.version,
      pages: preview.pages,
      lines: preview.lines,
      marked: preview.marked,
      renders: (this.state?.renders ?? 0) + 1,
    };
    return this.state;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
