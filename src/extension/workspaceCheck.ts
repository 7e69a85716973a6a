/**
 * Wenmi: Check Workspace (issue 11) — every draft of the open folders (.gw, .txt, .md) checked and listed in the
 * Problems panel, not only the open ones. It leaves out what `.gitignore` (at a folder's root) and `wenmi.ignore` name,
 * node_modules and dot-folders, and files that are not UTF-8 (counted and said). A progress notification counts the
 * files and can be cancelled: a cancelled check changes nothing (the results are published only when it finishes).
 * An open document keeps its live diagnostics: the workspace entry for it is dropped when it is opened.
 */
import ignore from 'ignore';
import { vscode } from './vscodeApi';
import { core } from './core';
import type { Finding, Severity } from '../core/types';
import type { Services } from './services';
import { localize } from './localize';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export interface WorkspaceCheckResult {
  files: number;
  findings: number;
  /** Files skipped because they are not UTF-8 text. */
  skipped: number;
  cancelled: boolean;
}

/** Offsets → positions (UTF-16 columns, as the editor counts) for a text that is not open. */
function positions(text: string): (offset: number) => vscode.Position {
  const { buildLineIndex, lineOfOffset } = core();
  const index = buildLineIndex(text);
  return (offset) => {
    const line = lineOfOffset(index, offset);
    return new vscode.Position(line, offset - index.starts[line]);
  };
}

export class WorkspaceCheck implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('wenmi-workspace');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly services: Services) {
    this.subscriptions = [
      // An opened document is checked live (DiagnosticsManager): its workspace entry would be a duplicate.
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
    ];
  }

  async run(): Promise<WorkspaceCheckResult | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      void vscode.window.showInformationMessage(localize('Wenmi: open a folder to check its drafts.'));
      return undefined;
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: localize('Wenmi: checking the workspace'), cancellable: true },
      async (progress, token) => {
        const files = await this.draftsIn(folders);
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        const results = new Map<string, vscode.Diagnostic[]>();
        let findings = 0;
        let skipped = 0;
        const { lint } = core();
        const decoder = new TextDecoder('utf-8', { fatal: true });
        for (let k = 0; k < files.length; k++) {
          if (token.isCancellationRequested) return { files: k, findings, skipped, cancelled: true };
          const uri = files[k];
          progress.report({ message: `${k + 1} / ${files.length}`, increment: 100 / files.length });
          if (open.has(uri.toString())) continue;
          let text: string;
          try {
            text = decoder.decode(await vscode.workspace.fs.readFile(uri));
          } catch {
            skipped++;
            continue;
          }
          const { config } = await this.services.config.resourcesForUri(uri);
          const detect = /\.gw$/i.test(uri.path) ? 'always' : config.detect;
          const result = lint(text.replace(/^\uFEFF/, ''), { config, detect });
          if (!result.findings.length) continue;
          const at = positions(text);
          results.set(uri.toString(), result.findings.map((f) => this.toDiagnostic(f, at)));
          findings += result.findings.length;
          // (Yield now and then: the progress updates and the cancel button answers.)
          if (k % 20 === 19) await new Promise((r) => setTimeout(r, 0));
        }
        if (token.isCancellationRequested) return { files: files.length, findings, skipped, cancelled: true };
        this.collection.clear();
        for (const [uri, ds] of results) this.collection.set(vscode.Uri.parse(uri), ds);
        const summary = localize('Wenmi: {files} drafts checked, {findings} findings.', { files: String(files.length), findings: String(findings) });
        void vscode.window.showInformationMessage(skipped ? `${summary} ${localize('{skipped} files are not UTF-8 text and were skipped.', { skipped: String(skipped) })}` : summary);
        return { files: files.length, findings, skipped, cancelled: false };
      },
    );
  }

  /** The drafts of the folders, less what .gitignore and wenmi.ignore name. */
  private async draftsIn(folders: readonly vscode.WorkspaceFolder[]): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const folder of folders) {
      const ig = ignore();
      try {
        ig.add(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.gitignore'))));
      } catch {
        /* no .gitignore */
      }
      ig.add(vscode.workspace.getConfiguration('wenmi', folder.uri).get<string[]>('ignore') ?? []);
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{gw,txt,md}'), '{**/node_modules/**,**/.*/**}');
      for (const uri of found) {
        const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
        if (rel && !ig.ignores(rel)) out.push(uri);
      }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  private toDiagnostic(f: Finding, at: (offset: number) => vscode.Position): vscode.Diagnostic {
    const d = new vscode.Diagnostic(new vscode.Range(at(f.range[0]), at(f.range[1])), f.message, SEVERITY[f.severity]);
    d.source = 'wenmi';
    d.code = { value: f.ruleId, target: vscode.Uri.parse(core().getRule(f.ruleId)?.docs ?? core().docsLink(f.ruleId)) };
    return d;
  }

  dispose(): void {
    this.collection.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
