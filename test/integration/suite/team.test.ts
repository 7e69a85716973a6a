// Team configuration in the real editor: a pack and a .wenmirc.json written into the open folder
// (in a temporary sub-folder, removed afterwards). A change of .wenmirc.json is picked up without a
// restart; a broken one gets a diagnostic on the file and the last good configuration keeps working;
// pack snippets appear in completion. Skipped when no folder is open.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, fromWenmi, ruleId, waitForDiagnostics, waitForWenmiDiagnostics } from './helpers';

const RULE = 'genre-request-vs-letter';
const encoder = new TextEncoder();

const REQUEST_TO_PEER = [
  '某某市教育局关于追加学校改造经费的请示',
  '',
  '某某市财政局：',
  '　　为改善义务教育薄弱学校办学条件，我局拟对12所学校实施改造，需追加经费300万元。',
  '　　',
  '',
  '某某市教育局',
  '2024年3月5日',
  '',
].join('\n');

const MANIFEST = {
  name: 'e2e-team-pack',
  version: '1.0.0',
  snippets: 'snippets.json',
  templates: ['template.json'],
  organization: { name: '某某市教育局', superiors: ['某某市人民政府'], peers: ['某某市财政局'] },
};

const SNIPPETS = {
  请示结束语: { prefix: ['wmtfqps'], body: '妥否，请批示。', genres: ['请示'] },
  商请函结束语: { prefix: ['wmqyhf'], body: '请予函复。', genres: ['函'] },
};

const TEMPLATE = {
  id: 'e2e-team-qingshi',
  genre: '请示',
  description: '规范包中的请示模板（集成测试）',
  body: ['{{title}}', '', '{{to}}：', '　　本模板来自 e2e 规范包。[[正文]]', '　　妥否，请批示。', '', '{{org}}', '{{date}}'],
};

function json(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value, null, 2) + '\n');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('team configuration (.wenmirc.json and packs)', () => {
  let dir: vscode.Uri;
  let rc: vscode.Uri;
  let doc: vscode.Uri;
  let rootRc: vscode.Uri;
  let rootRcExisted = true;

  suiteSetup(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      this.skip();
      return;
    }
    dir = vscode.Uri.joinPath(folder.uri, `team-e2e-${Date.now()}`);
    rootRc = vscode.Uri.joinPath(folder.uri, '.wenmirc.json');
    rootRcExisted = await exists(rootRc);
    rc = vscode.Uri.joinPath(dir, '.wenmirc.json');
    doc = vscode.Uri.joinPath(dir, 'request.gw');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'pack', 'wenmi-pack.json'), json(MANIFEST));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'pack', 'snippets.json'), json(SNIPPETS));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'pack', 'template.json'), json(TEMPLATE));
    await vscode.workspace.fs.writeFile(rc, json({ packs: ['./pack'] }));
    await vscode.workspace.fs.writeFile(doc, encoder.encode(REQUEST_TO_PEER));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    // “Create a pack” lists the pack in the folder's root .wenmirc.json: remove what the suite added.
    if (rootRc && !rootRcExisted && (await exists(rootRc))) await vscode.workspace.fs.delete(rootRc, { useTrash: false });
  });

  test('the pack’s organization profile flags a 请示 to a peer', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    const ds = await waitForWenmiDiagnostics(doc, RULE);
    const d = ds.find((x) => ruleId(x) === RULE)!;
    const text = (await vscode.workspace.openTextDocument(doc)).getText(d.range);
    assert.strictEqual(text, '某某市财政局', describeDiagnostics(ds));
  });

  test('turning the rule off in .wenmirc.json clears it without a restart, and back on brings it back', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    await waitForWenmiDiagnostics(doc, RULE);
    await vscode.workspace.fs.writeFile(rc, json({ packs: ['./pack'], rules: { [RULE]: 'off' } }));
    await waitForDiagnostics(doc, (ds) => !fromWenmi(ds).some((d) => ruleId(d) === RULE));
    await vscode.workspace.fs.writeFile(rc, json({ packs: ['./pack'] }));
    await waitForWenmiDiagnostics(doc, RULE);
  });

  test('a broken .wenmirc.json: a diagnostic on the file at its line, and the last good configuration stays', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    await waitForWenmiDiagnostics(doc, RULE);
    await vscode.workspace.fs.writeFile(rc, encoder.encode('{\n  "packs": ["./pack"],\n  "rules": { "no-such-rule": "off" }\n}\n'));
    const onFile = await waitForDiagnostics(rc, (ds) => ds.some((d) => d.source === 'wenmi-config'));
    const problem = onFile.find((d) => d.source === 'wenmi-config')!;
    assert.strictEqual(problem.range.start.line, 2, describeDiagnostics(onFile));
    assert.match(problem.message, /no-such-rule/);
    // The document still has the pack's finding: the last good configuration is in effect.
    assert.ok(fromWenmi(vscode.languages.getDiagnostics(doc)).some((d) => ruleId(d) === RULE));
    await vscode.workspace.fs.writeFile(rc, json({ packs: ['./pack'] }));
    await waitForDiagnostics(rc, (ds) => !ds.some((d) => d.source === 'wenmi-config'));
  });

  test('pack snippets appear in completion, limited to their 文种', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    const line = editor.document.lineAt(4); // the empty closing line "　　"
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc, line.range.end);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('wmtfqps'), `the 请示 closing of the pack is offered; got: ${labels.slice(0, 30).join(', ')}`);
    assert.ok(!labels.includes('wmqyhf'), 'the 函 closing is not offered in a 请示');
    const item = list.items.find((i) => labelOf(i) === 'wmtfqps')!;
    const insert = item.insertText instanceof vscode.SnippetString ? item.insertText.value : item.insertText;
    assert.strictEqual(insert, '妥否，请批示。');
  });

  test('the effective configuration opens as a read-only JSON document with the source of each value', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    await vscode.commands.executeCommand('wenmi.showEffectiveConfig');
    const shown = vscode.window.activeTextEditor?.document;
    assert.ok(shown && shown.uri.scheme === 'wenmi-config', `opened ${shown?.uri.toString()}`);
    const view = JSON.parse(shown.getText());
    assert.strictEqual(view.rules[RULE].severity, 'warning');
    assert.deepStrictEqual(view.organization.peers.value, ['某某市财政局']);
    assert.match(view.organization.peers.from, /e2e-team-pack@1\.0\.0/);
    assert.ok(view.snippets.some((s: { name: string }) => s.name === '请示结束语'));
  });

  test('create a pack, add the selection to it as a snippet: offered in completion at once', async () => {
    const folderName = dir.path.split('/').pop()!;
    const manifest = await vscode.commands.executeCommand<vscode.Uri>('wenmi.createPack', { name: 'e2e-created', folder: `${folderName}/created` });
    assert.ok(manifest && (await exists(manifest)), 'the pack manifest was written');
    const rootText = new TextDecoder().decode(await vscode.workspace.fs.readFile(rootRc));
    assert.match(rootText, new RegExp(`\\./${folderName}/created`), 'the pack is listed in the root .wenmirc.json');

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    const body = editor.document.lineAt(3);
    const at = body.text.indexOf('为改善');
    editor.selection = new vscode.Selection(3, at, 3, at + 3);
    await vscode.commands.executeCommand('wenmi.addSelectionAsSnippet', { pack: 'e2e-created', name: 'e2e 片段', prefix: ['wme2e'], genres: ['请示'] });
    const position = editor.document.lineAt(4).range.end;
    // The command wrote the files and dropped the cached configuration before returning.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc, position);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('wme2e'), `the new snippet is offered; got: ${labels.slice(0, 30).join(', ')}`);
  });

  test('the pack template is offered by New Official Document', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    await vscode.commands.executeCommand('wenmi.newDocument', {
      templateId: TEMPLATE.id, org: '某某市教育局', subject: '追加学校改造经费', to: '某某市人民政府', attachments: 0, date: '2024-03-05',
    });
    const created = vscode.window.activeTextEditor?.document;
    assert.ok(created && created.uri.toString() !== doc.toString(), 'a new document is open');
    const text = created.getText();
    assert.match(text, /本模板来自 e2e 规范包/, text);
    assert.match(text, /某某市教育局关于追加学校改造经费的请示/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
