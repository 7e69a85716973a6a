// Drafting in the real editor: New Official Document (with arguments, and through its prompts as
// File → New File… runs it), closing and date completion ranked by the document's 文种, the outline
// of the 层次标题 and folding. Documents are untitled (no files written), so the suite runs the same
// with and without a folder open. Waits are on events or command results, never on fixed sleeps
// (the prompt test polls the quick input until the command settles).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, ruleId, waitForWenmiDiagnostics } from './helpers';

const NEW_DOCUMENT = 'wenmi.newDocument';

/** Today in GB/T 9704 form (no zero padding), as the extension computes it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

const NOTICE = [
  '某某市教育局关于调整办公时间的通知',
  '',
  '各科室：',
  '　　自下周起，调整夏季办公时间。',
  '　　一、作息时间',
  '　　（一）上午',
  '　　8:30至12:00。',
  '　　（二）下午',
  '　　14:30至17:30。',
  '　　二、有关要求',
  '　　请各科室做好安排。',
  '　　',
  '',
  '某某市教育局',
  '2026年1月5日',
  '',
].join('\n');

const REQUEST = [
  '某某市教育局关于调整学校布局的请示',
  '',
  '某某市人民政府：',
  '　　为优化教育资源配置，拟撤并农村小规模学校3所。',
  '　　',
  '',
  '某某市教育局',
  '2026年1月5日',
  '',
].join('\n');

const REPORT = [
  '某某市交通运输局关于2025年安全生产工作情况的报告',
  '',
  '市人民政府：',
  '　　2025年，我局全面开展安全隐患排查整治，全年未发生较大以上生产安全事故。现将有关情况报告如下：',
  '　　一、主要工作',
  '　　共检查企业318家次，整改隐患1126处。',
  '　　',
  '',
  '某某市交通运输局',
  '2026年1月5日',
  '',
].join('\n');

async function untitled(content: string, language = 'gongwen'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor without saving (untitled drafts are dirty). */
async function closeAll(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(editor: vscode.TextEditor, line: number, typed = ''): Promise<vscode.CompletionItem[]> {
  if (typed) {
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((b) => b.insert(end, typed));
  }
  const position = editor.document.lineAt(line).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
  return list.items;
}

/**
 * Whether VS Code's suggest widget keeps `item` for the word typed before the cursor, as its filter
 * decides (src/vs/editor/contrib/suggest/browser/completionModel.ts): the item's range must start
 * where the typed word starts (the word it filters on is the text of that range), the word must
 * match `filterText` (fuzzily; a prefix of one of its space-separated words is what we rely on),
 * and the kind must not be one the user's settings hide: `Text` items are dropped when
 * `editor.suggest.showWords` is off, which vscode.executeCompletionItemProvider never applies.
 */
function keptBySuggestWidget(item: vscode.CompletionItem, document: vscode.TextDocument, position: vscode.Position, typed: string): string | undefined {
  const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
  if (!range) return 'no range';
  if (!range.end.isEqual(position) || document.getText(range) !== typed) return `range covers “${document.getText(range!)}”, not the typed “${typed}”`;
  const words = (item.filterText ?? labelOf(item)).toLowerCase().split(/\s+/);
  if (!words.some((w) => w.startsWith(typed.toLowerCase()))) return `filterText “${item.filterText}” does not match “${typed}”`;
  if (item.kind === vscode.CompletionItemKind.Text) return 'kind Text: hidden when editor.suggest.showWords is off';
  return undefined;
}

/** Sets a global setting for the duration of `fn`, then restores the user's value. */
async function withSetting<T>(section: string, key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global);
  }
}

/**
 * Types `typed` at the end of `line`, opens the real suggest widget (Ctrl+Space) and accepts the
 * selected item, as a drafter does; resolves with the line's text once the document changed, or
 * rejects after `timeoutMs` (the widget showed nothing acceptable: “No suggestions.”).
 */
async function suggestAndAccept(editor: vscode.TextEditor, line: number, typed: string, timeoutMs = 10_000): Promise<string> {
  const doc = editor.document;
  await editor.edit((b) => b.insert(doc.lineAt(line).range.end, typed));
  const end = doc.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  const typedVersion = doc.version;
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  // The widget opens once the providers answered; there is no event for it, so ask it to accept on
  // every poll and stop at the first change of the document.
  const deadline = Date.now() + timeoutMs;
  while (doc.version === typedVersion) {
    if (Date.now() > deadline) {
      await vscode.commands.executeCommand('hideSuggestWidget');
      throw new Error(`nothing accepted from the suggest widget after “${typed}” + Ctrl+Space in ${timeoutMs} ms`);
    }
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    if (doc.version !== typedVersion) break;
    await new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc) { sub.dispose(); resolve(); }
      });
      setTimeout(() => { sub.dispose(); resolve(); }, 100);
    });
  }
  return doc.lineAt(line).text;
}

/** The closings Wenmi offers, in the order VS Code sorts them (sortText). */
function wenmiClosings(items: vscode.CompletionItem[]): vscode.CompletionItem[] {
  return items
    .filter((i) => i.detail?.startsWith('结束语'))
    .sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
}

suite('drafting', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });
  teardown(closeAll);

  test('the gongwen language has its configuration and grammar contributed', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const langs: Array<{ id: string; configuration?: string }> = pkg.contributes.languages;
    assert.ok(langs.some((l) => l.id === 'gongwen' && l.configuration === './language-configuration.json'));
    assert.ok((pkg.contributes.grammars as Array<{ language: string }>).some((g) => g.language === 'gongwen'));
    assert.ok((pkg.contributes.menus['file/newFile'] as Array<{ command: string }>).some((m) => m.command === NEW_DOCUMENT));
  });

  test('New Official Document with arguments: an untitled gongwen 请示, the cursor in the first tab stop, lint clean', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(NEW_DOCUMENT, {
      templateId: 'request-approval', org: '某某市教育局', subject: '调整学校布局', to: '某某市人民政府', attachments: 0, date: '2026-01-05',
    });
    assert.ok(editor, 'the command returns the editor');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'gongwen');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    const text = doc.getText();
    assert.match(text, /^某某市教育局关于调整学校布局的请示$/m);
    assert.match(text, /^某某市人民政府：$/m);
    assert.match(text, /^　　妥否，请批示。$/m);
    assert.match(text, /^2026年1月5日$/m);
    // The first tab stop is the 机关代字 of the 发文字号 (no organization profile here); Tab goes on to the 序号.
    assert.strictEqual(doc.getText(editor.selection), '机关代字');
    assert.strictEqual(editor.selection.start.line, doc.positionAt(text.indexOf('机关代字〔2026〕')).line);
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(doc.getText(vscode.window.activeTextEditor!.selection), '1');
    const summary = await vscode.commands.executeCommand<{ linted: boolean; genre: string | null; findings: number }>('wenmi.lintDocument');
    if (summary) {
      assert.ok(summary.linted);
      assert.strictEqual(summary.genre, '请示');
      assert.strictEqual(summary.findings, 0, 'a fresh draft has nothing to flag');
    }
  });

  test('New Official Document builds 转发 titles without “的通知的通知”', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(NEW_DOCUMENT, {
      templateId: 'notice-forward', org: '某某县教育局', subject: '市教育局关于转发省教育厅关于做好招生工作的通知的通知', to: '各乡镇中心学校',
    });
    const text = editor.document.getText();
    assert.match(text, /^某某县教育局转发省教育厅关于做好招生工作的通知$/m);
    assert.ok(!/的通知的通知$/m.test(text), 'no title line ends in 的通知的通知');
    // The received document is cited by its own full title in the 转发语 (中间层次写入转发语).
    assert.match(text, /^　　现将市教育局《关于转发省教育厅关于做好招生工作的通知的通知》转发给你们，/m);
    assert.match(text, new RegExp(`^${today()}$`, 'm'), 'today, unpadded');
  });

  test('New Official Document through its prompts (as File → New File… runs it): pick, answer, draft', async () => {
    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand<vscode.TextEditor | undefined>(NEW_DOCUMENT)).finally(() => { settled = true; });
    // Accept each prompt as it appears: the first template (请示（请求批准）), then 发文机关, 事由, 主送机关
    // (left as they are: empty in a fresh profile) and the attachments pick (无附件).
    for (let i = 0; i < 200 && !settled; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([run, new Promise((r) => setTimeout(r, 100))]);
    }
    const editor = await run;
    assert.ok(editor, 'the draft was opened');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'gongwen');
    assert.match(doc.getText(), /请示$/m, 'a 请示 skeleton');
    assert.match(doc.getText(), /^　　妥否，请批示。$/m);
    // The cursor sits in tab stop 1: the 发文机关 of the 版头 when it was left empty (a fresh profile),
    // else the 机关代字 of the 发文字号.
    const first = doc.getText(editor.selection);
    assert.ok(first === '发文机关' || first === '机关代字', `tab stop 1 selected, got “${first}”`);
    assert.ok(editor.selection.start.line <= 2, 'in the 版头');
  });

  test('completion in a 通知: “特此通知。” first and preselected, no 请示 closing, today’s date unpadded', async () => {
    const editor = await untitled(NOTICE);
    const items = await completionsAt(editor, 11);
    const closings = wenmiClosings(items);
    assert.ok(closings.length > 0, `wenmi closings among ${items.length} items`);
    assert.strictEqual(labelOf(closings[0]), '特此通知。');
    assert.ok(closings[0].preselect);
    const all = items.map(labelOf);
    for (const forbidden of ['妥否，请批示。', '当否，请批复。', '特此报告。']) assert.ok(!all.includes(forbidden), `${forbidden} offered in a 通知`);
    const date = items.find((i) => labelOf(i) === '成文日期');
    assert.ok(date, 'the 成文日期 item');
    assert.ok(String((date.insertText as vscode.SnippetString).value).includes(today()));
    assert.ok(!/年0|月0/.test((date.insertText as vscode.SnippetString).value));
  });

  test('a snippet under its Chinese word: offered at a line start, not inside a sentence (the contributed file has only ASCII prefixes)', async () => {
    const editor = await untitled(NOTICE);
    await editor.edit((b) => b.insert(editor.document.lineAt(2).range.end, '\n'));
    const atStart = await completionsAt(editor, 3, '联系');
    assert.ok(atStart.some((i) => labelOf(i) === '联系人'), `联系人 offered at a line start: ${atStart.map(labelOf).join(', ')}`);
    const inSentence = await completionsAt(editor, 4, '请注明联系人');
    const snippets = inSentence.filter((i) => /联系人/.test(labelOf(i)));
    assert.deepStrictEqual(snippets.map(labelOf), [], 'no 联系人 snippet over a sentence');
  });

  test('nothing pops up while typing prose: a date in a sentence offers no Wenmi item', async () => {
    const editor = await untitled(NOTICE);
    // Line 3 is a sentence of the 正文; typing 3月5日 in it made the 成文日期 item pop up over the text.
    const items = await completionsAt(editor, 3, '会议定于2024年3月5日');
    const ours = items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && (i.detail?.startsWith('结束语') || labelOf(i) === '成文日期' || /日期/.test(labelOf(i))));
    assert.deepStrictEqual(ours.map(labelOf), [], 'no closing or date offered in the middle of a sentence');
  });

  test('completion in a 请示: “妥否，请批示。” ranks first; the pinyin prefix filters to it', async () => {
    const editor = await untitled(REQUEST);
    const closings = wenmiClosings(await completionsAt(editor, 4));
    assert.strictEqual(labelOf(closings[0]), '妥否，请批示。');
    assert.ok(!closings.map(labelOf).includes('特此通知。'));
    const typed = await completionsAt(editor, 4, 'tfqps');
    const item = typed.find((i) => labelOf(i) === '妥否，请批示。');
    assert.ok(item, 'offered after typing tfqps');
    assert.ok(item.filterText?.split(' ').includes('tfqps'));
    const range = item.range as vscode.Range;
    assert.strictEqual(editor.document.getText(range), 'tfqps', 'replaces what was typed');
    const position = editor.document.lineAt(4).range.end;
    assert.strictEqual(keptBySuggestWidget(item, editor.document, position, 'tfqps'), undefined, 'the suggest widget keeps it');
  });

  test('completion at the end of a 报告: every Wenmi item survives the suggest widget’s filter for tcbg, 特此报告 and wm-closing-report', async () => {
    const editor = await untitled(REPORT);
    for (const typed of ['tcbg', '特此报告', 'wm-closing-report']) {
      const items = await completionsAt(editor, 6, typed);
      const position = editor.document.lineAt(6).range.end;
      const item = items.find((i) => labelOf(i) === '特此报告。');
      assert.ok(item, `特此报告。 offered after “${typed}”: ${items.map(labelOf).join(', ')}`);
      assert.strictEqual(keptBySuggestWidget(item, editor.document, position, typed), undefined, typed);
      for (const other of wenmiClosings(items)) {
        assert.notStrictEqual(other.kind, vscode.CompletionItemKind.Text, `${labelOf(other)}: kind Text is hidden when editor.suggest.showWords is off`);
      }
      await editor.edit((b) => b.delete(new vscode.Range(position.translate(0, -typed.length), position)));
    }
  });

  test('the real suggest widget: tcbg + Ctrl+Space at the end of a 报告 inserts 特此报告。, also with word suggestions off', async () => {
    const editor = await untitled(REPORT);
    // editor.suggest.showWords = false hides CompletionItemKind.Text items (a common setting, and the
    // one the offline UI run uses): the closings must not depend on it.
    const line = await withSetting('editor', 'suggest.showWords', false, () => suggestAndAccept(editor, 6, 'tcbg'));
    assert.strictEqual(line, '　　特此报告。', 'the typed prefix replaced by the preselected closing');
  });

  test('the light bulb of a selected diagnostic lists each action once: no “Surround With” copies of the snippets', async () => {
    // A snippet whose body uses ${TM_SELECTED_TEXT} becomes one “Surround With” code action per prefix,
    // shown under a diagnostic's quick fixes whenever text is selected (opening a problem from the
    // Problems panel selects its range): 停用一段检查 was listed four times.
    const editor = await untitled(REPORT.replace('　　\n', '　　妥否，请批示。\n'));
    // The finding on the request in the 正文 (the one on the 文种 offers only 请示).
    const d = (await waitForWenmiDiagnostics(editor.document.uri, 'genre-report-contains-request'))
      .filter((x) => ruleId(x) === 'genre-report-contains-request')
      .find((x) => /妥否|请批示/.test(editor.document.getText(x.range)))!;
    assert.ok(d, 'the request in the 正文 is flagged');
    assert.ok(!d.range.isEmpty, 'the diagnostic has a range to select');
    editor.selection = new vscode.Selection(d.range.start, d.range.end);
    const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const titles = (all ?? []).map((a) => a.title);
    assert.ok(titles.some((t) => t.includes('特此报告')), `Wenmi's quick fix is offered: ${titles.join(' | ')}`);
    assert.deepStrictEqual(titles.filter((t, i) => titles.indexOf(t) !== i), [], `repeated titles in: ${titles.join(' | ')}`);
    const surround = (all ?? []).filter((a) => 'kind' in a && a.kind && vscode.CodeActionKind.Empty.append('surround').contains(a.kind));
    assert.deepStrictEqual(surround.map((a) => a.title), [], 'Wenmi contributes no snippet that surrounds the selection');
  });

  test('outline: the title as the root, the 层次标题 nested under it', async () => {
    const editor = await untitled(NOTICE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const title = symbols.find((s) => s.name === '某某市教育局关于调整办公时间的通知');
    assert.ok(title, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    assert.deepStrictEqual(title.children.map((c) => c.name), ['一、作息时间', '二、有关要求']);
    assert.deepStrictEqual(title.children[0].children.map((c) => c.name), ['（一）上午', '（二）下午']);
  });

  test('outline for a Markdown 公文, none for a README', async () => {
    const md = await untitled(NOTICE, 'markdown');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', md.document.uri);
    assert.ok(symbols.some((s) => s.name === '某某市教育局关于调整办公时间的通知' && s.children.length === 2));
    const readme = await untitled('# Notes\n\n一、not a 公文\n\nSome text.\n', 'markdown');
    const other = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', readme.document.uri)) ?? [];
    assert.ok(!other.some((s) => s.name === '一、not a 公文'), 'Wenmi adds nothing to a README');
  });

  test('folding: Fold All folds the 层次标题 sections', async () => {
    const editor = await untitled(NOTICE);
    const before = editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
    const changed = new Promise<void>((resolve) => {
      const sub = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor === editor) { sub.dispose(); resolve(); }
      });
    });
    await vscode.commands.executeCommand('editor.foldAll');
    await Promise.race([changed, new Promise((r) => setTimeout(r, 5000))]);
    const after = editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
    assert.ok(after < before, `visible lines ${before} → ${after}`);
  });
});
