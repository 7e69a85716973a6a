// Helpers for the extension-host tests. Everything waits on VS Code events, never on fixed sleeps.
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'wenmi.wenmi';
export const SOURCE = 'wenmi';

/** The fixture workspace in the repository (out/integration/suite -> test/integration/workspace). */
export const FIXTURE_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'integration', 'workspace');

/** A fixture file: inside the open folder when there is one, otherwise in the repository. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : vscode.Uri.file(path.join(FIXTURE_DIR, name));
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc);
}

export function fromWenmi(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === SOURCE);
}

export function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) {
    return undefined;
  }
  return String(typeof code === 'object' ? code.value : code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.length === 0
    ? '(none)'
    : diagnostics
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? '?'}(${ruleId(d) ?? ''}) ${d.message}`)
        .join('\n  ');
}

/**
 * Resolve with the diagnostics of `uri` as soon as `predicate` holds for them: checks the
 * current state first, then re-checks on every `onDidChangeDiagnostics` that names `uri`.
 * Rejects after `timeoutMs`, listing the diagnostics seen last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const finish = (fn: () => void): void => {
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const check = (): void => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!settled && predicate(current)) {
        finish(() => resolve(current));
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) {
        check();
      }
    });
    const timer = setTimeout(() => {
      const current = vscode.languages.getDiagnostics(uri);
      finish(() =>
        reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.fsPath}; last seen:\n  ${describeDiagnostics(current)}`)),
      );
    }, timeoutMs);
    check();
  });
}

/** Shorthand: wait until `uri` has at least one Wenmi diagnostic (optionally of one rule). */
export function waitForWenmiDiagnostics(uri: vscode.Uri, rule?: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (ds) => fromWenmi(ds).some((d) => rule === undefined || ruleId(d) === rule),
    timeoutMs,
  ).then(fromWenmi);
}
