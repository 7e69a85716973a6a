// First integration tests: the extension is loaded, activates on a .gw document and publishes
// diagnostics (source "wenmi") for faulty documents, but leaves README.md alone.
// Runs twice in run.sh: with test/integration/workspace open, and with no folder open.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  describeDiagnostics,
  fixtureUri,
  fromWenmi,
  openFixture,
  ruleId,
  waitForDiagnostics,
  waitForWenmiDiagnostics,
} from './helpers';

const REPORT_WITH_REQUEST = 'report-with-request.gw'; // 报告 that ends with “妥否，请批示。”
const REQUEST_WITHOUT_CLOSING = 'request-without-closing.gw'; // 请示 whose body is a report

function wenmi(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

suite('activation and diagnostics', () => {
  suiteSetup(() => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    console.log(`VS Code ${vscode.version} (${vscode.env.appHost}, remote: ${vscode.env.remoteName ?? 'none'}), ` +
      `folder: ${folder ? folder.uri.fsPath : '(none)'}, ${EXTENSION_ID} active before the first .gw: ${wenmi().isActive}`);
  });

  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the extension is present and contributes a language for .gw', () => {
    const languages: Array<{ id: string; extensions?: string[] }> = wenmi().packageJSON?.contributes?.languages ?? [];
    assert.ok(languages.some((l) => l.extensions?.includes('.gw')), 'no contributed language claims .gw');
  });

  test('opening a .gw file activates the extension and yields wenmi diagnostics', async () => {
    const ext = wenmi();
    const editor = await openFixture(REPORT_WITH_REQUEST);
    const languages: Array<{ id: string; extensions?: string[] }> = ext.packageJSON.contributes.languages;
    assert.strictEqual(editor.document.languageId, languages.find((l) => l.extensions?.includes('.gw'))?.id);
    const diagnostics = await waitForWenmiDiagnostics(editor.document.uri);
    assert.ok(ext.isActive, 'diagnostics arrived but the extension is not active');
    assert.ok(diagnostics.length > 0);
  });

  test('a 报告 that asks for instructions is flagged genre-report-contains-request', async () => {
    const uri = fixtureUri(REPORT_WITH_REQUEST);
    await openFixture(REPORT_WITH_REQUEST);
    const diagnostics = await waitForWenmiDiagnostics(uri, 'genre-report-contains-request');
    const doc = await vscode.workspace.openTextDocument(uri);
    const own = diagnostics.filter((d) => ruleId(d) === 'genre-report-contains-request');
    // The request in the 正文, and the 文种 it makes wrong (报告 in the title), each squiggled.
    assert.ok(own.some((d) => /妥否|请批示/.test(doc.getText(d.range))), describeDiagnostics(diagnostics));
    assert.ok(own.some((d) => doc.getText(d.range) === '报告'), describeDiagnostics(diagnostics));
  });

  test('a 请示 without a request closing is flagged closing-request-required', async () => {
    const uri = fixtureUri(REQUEST_WITHOUT_CLOSING);
    await openFixture(REQUEST_WITHOUT_CLOSING);
    await waitForWenmiDiagnostics(uri, 'closing-request-required');
  });

  test('diagnostics follow edits: removing the request clears the finding', async () => {
    const editor = await openFixture(REPORT_WITH_REQUEST);
    const doc = editor.document;
    await waitForWenmiDiagnostics(doc.uri, 'genre-report-contains-request');
    const at = doc.getText().indexOf('妥否，请批示。');
    assert.ok(at >= 0, 'fixture lost its request phrase');
    const edited = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 7)), '特此报告。'));
    assert.ok(edited);
    try {
      await waitForDiagnostics(doc.uri, (ds) => !fromWenmi(ds).some((d) => ruleId(d) === 'genre-report-contains-request'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert'); // never leave the fixture dirty
    }
  });

  test('README.md is not linted', async () => {
    // README first, then a faulty .gw: once the .gw has been linted, the README (opened earlier)
    // would have been linted too if the extension wanted to.
    const readme = fixtureUri('README.md');
    await openFixture('README.md');
    const gw = await openFixture(REQUEST_WITHOUT_CLOSING);
    await waitForWenmiDiagnostics(gw.document.uri);
    const found = fromWenmi(vscode.languages.getDiagnostics(readme));
    assert.deepStrictEqual(found, [], `README.md got diagnostics:\n  ${describeDiagnostics(found)}`);
  });
});

suite('a guided start', () => {
  test('the walkthrough opens, and its “fix a problem” step opens a sample draft with squiggles', async () => {
    // The Getting Started page of this extension's walkthrough (no error, whatever the workbench shows).
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#wenmi.gettingStarted`, false);
    const uri = await vscode.commands.executeCommand<string>('wenmi.openSample');
    assert.ok(uri, 'the sample opened');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(doc, 'the sample is an open document');
    assert.strictEqual(doc.languageId, 'gongwen');
    const ds = await waitForWenmiDiagnostics(doc.uri, 'genre-doubled');
    const rules = new Set(ds.map(ruleId));
    for (const r of ['docno-format', 'genre-doubled', 'closing-punctuation']) assert.ok(rules.has(r), `${r} in ${describeDiagnostics(ds)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

suite('activation time (reported, not a timed test)', () => {
  test('the extension reports how long loading and activating took', async () => {
    const ext = vscode.extensions.getExtension<{ activation: { loadMs?: number; activateMs: number } }>(EXTENSION_ID);
    assert.ok(ext);
    const api = ext.isActive ? ext.exports : await ext.activate();
    assert.ok(api && typeof api.activation.activateMs === 'number' && api.activation.activateMs >= 0, JSON.stringify(api));
    assert.ok(typeof api.activation.loadMs === 'number' && api.activation.loadMs >= api.activation.activateMs, 'the bundle stamps its start');
    console.log(`ACTIVATION ${JSON.stringify(api.activation)}`);
  });
});
