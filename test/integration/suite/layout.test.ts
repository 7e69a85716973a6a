// The page preview and the Word export in the real editor (issue 10): Wenmi: Open Page Preview opens a webview beside
// the draft with its pages, follows an edit (debounced) and marks the findings; Wenmi: Export to Word writes a .docx
// (the docx writer loaded from its own bundle) and refuses to write over the draft. Waits poll the command results,
// never fixed sleeps.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitForWenmiDiagnostics } from './helpers';

/** What wenmi.openPreview and wenmi.previewState return (src/extension/preview.ts; the suite compiles on its own). */
type PreviewState = Record<'version' | 'pages' | 'lines' | 'marked' | 'renders', number>;

const DRAFT = [
  '江北区卫生健康局文件',
  '',
  '江卫〔2024〕15号　　　　　　　　　　签发人：周立新',
  '',
  '江北区卫生健康局关于在东湖街道增设社区卫生服务站的请示',
  '',
  '区人民政府：',
  '　　东湖街道新塘、河口片区近年来新建住宅小区较多，常住人口已由2020年的1.2万人增加到3.6万人。',
  '　　妥否？请批示！',
  '',
  '江北区卫生健康局',
  '2024年4月8日',
  '',
].join('\n');

async function until<T>(what: string, get: () => Thenable<T | undefined> | T | undefined, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await get();
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
}

suite('page preview and Word export (GB/T 9704)', function () {
  this.timeout(60_000);
  let tmp = '';
  suiteSetup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-layout-'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens beside the draft with its pages, marks the findings, and follows an edit', async () => {
    const file = path.join(tmp, '请示.gw');
    fs.writeFileSync(file, DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    await waitForWenmiDiagnostics(editor.document.uri, 'closing-punctuation');
    const opened = await vscode.commands.executeCommand<PreviewState>('wenmi.openPreview');
    assert.ok(opened, 'the command returns what the preview shows');
    assert.equal(opened.pages, 1);
    assert.ok(opened.marked >= 1, `findings marked: ${opened.marked}`);
    // The webview is a tab of its own, beside the editor.
    await until('the preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs), (tabs) =>
      tabs.some((t) => t.input instanceof vscode.TabInputWebview && /wenmi\.preview/.test(t.input.viewType)));
    // Forty paragraphs more: the preview re-renders on its own, on more pages.
    const more = Array.from({ length: 40 }, () => '　　服务站拟配备全科医生4名、护士6名、公共卫生人员2名，所需人员由东湖街道社区卫生服务中心在现有编制内统筹调配。').join('\n');
    const at = editor.document.getText().indexOf('　　妥否');
    await editor.edit((e) => e.insert(editor.document.positionAt(at), more + '\n'));
    const after = await until('the preview to follow the edit', () => vscode.commands.executeCommand<PreviewState>('wenmi.previewState'), (s) => s.version === editor.document.version);
    assert.ok(after.pages >= 3, `${after.pages} pages after the edit`);
    assert.ok(after.renders > opened.renders);
  });

  test('exports a .docx (a zip with word/document.xml) and never over the draft', async () => {
    const file = path.join(tmp, '请示-导出.gw');
    fs.writeFileSync(file, DRAFT);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const target = vscode.Uri.file(path.join(tmp, '请示-导出.docx'));
    const result = await vscode.commands.executeCommand<{ uri: string; bytes: number }>('wenmi.exportDocx', document.uri, target);
    assert.ok(result && result.bytes > 1000, JSON.stringify(result));
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')));
    const refused = await vscode.commands.executeCommand('wenmi.exportDocx', document.uri, document.uri);
    assert.equal(refused, undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT, 'the draft is untouched');
  });
});

suite('reviewing a Word file (.docx)', function () {
  this.timeout(60_000);
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the read-only view shows the findings; the reviewed copy carries them as comments and tracked changes', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-docx-'));
    const file = path.join(tmp, '请示.docx');
    // A .docx written by LibreOffice (test/fixtures/docx/SOURCES.md): 区人民政府: and 妥否？请批示！ set on purpose.
    fs.copyFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docx', '请示-病文-标点.docx'), file);
    const opened = await vscode.commands.executeCommand<{ uri: string; characters: number }>('wenmi.reviewDocx', vscode.Uri.file(file));
    assert.ok(opened && opened.characters > 100, JSON.stringify(opened));
    const view = vscode.Uri.parse(opened.uri);
    const diagnostics = await waitForWenmiDiagnostics(view, 'closing-punctuation');
    const codes = diagnostics.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(codes.some((c) => /recipient-colon/.test(c)), 'the colon of the 主送');
    // The layout read from the file beside the text's findings: LibreOffice's 20 mm margins, no page number.
    assert.ok(codes.includes('docx-margins') && codes.includes('docx-page-number'), codes.join(' '));
    const target = vscode.Uri.file(path.join(tmp, '请示-审核.docx'));
    const copy = await vscode.commands.executeCommand<{ uri: string; comments: number; changes: number }>('wenmi.writeReviewedDocx', view, true, target);
    assert.ok(copy, 'the reviewed copy');
    assert.equal(copy.comments, vscode.languages.getDiagnostics(view).filter((d) => d.source === 'wenmi').length);
    assert.ok(copy.changes >= 2, `${copy.changes} tracked changes`);
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(fs.statSync(file).size > 0 && !fs.readFileSync(file).equals(bytes), 'the input is untouched');
  });
});

suite('Check Workspace', function () {
  this.timeout(60_000);

  test('every draft of the folder in the Problems panel, less what .gitignore names', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      // No folder open: the command says so and checks nothing.
      assert.equal(await vscode.commands.executeCommand('wenmi.checkWorkspace'), undefined);
      return;
    }
    const root = folder.uri.fsPath;
    const dir = path.join(root, 'wenmi-ws-check');
    const gitignore = path.join(root, '.gitignore');
    const hadGitignore = fs.existsSync(gitignore);
    fs.mkdirSync(path.join(dir, 'ignored'), { recursive: true });
    const faulty = '关于增拨防汛经费的请示报告\n\n市人民政府：\n\n　　今年入汛以来降雨偏多。\n\n　　妥否？请批示！\n\n××市水务局\n2024年6月3日\n';
    fs.writeFileSync(path.join(dir, '请示.gw'), faulty);
    fs.writeFileSync(path.join(dir, 'ignored', '请示.gw'), faulty);
    if (!hadGitignore) fs.writeFileSync(gitignore, 'wenmi-ws-check/ignored/\n');
    try {
      const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('wenmi.checkWorkspace');
      assert.ok(result && !result.cancelled && result.files >= 2 && result.findings >= 2, JSON.stringify(result));
      const checked = vscode.languages.getDiagnostics(vscode.Uri.file(path.join(dir, '请示.gw')));
      assert.ok(checked.some((d) => d.source === 'wenmi' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'closing-punctuation'), 'the draft that is not open has its findings');
      if (!hadGitignore) assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(path.join(dir, 'ignored', '请示.gw'))).length, 0, '.gitignore names it');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      if (!hadGitignore) fs.rmSync(gitignore, { force: true });
    }
  });
});
