// Linting in the real editor: diagnostics as you type, every kind of quick fix applied through
// vscode.executeCodeActionProvider + applyEdit, source.fixAll.wenmi, the lint commands, the 文种
// hover, and settings picked up at once. Documents are fresh files in a temp folder (so the suite
// runs the same with and without a folder open, and no test sees another's diagnostics).
// Everything waits on events (onDidChangeDiagnostics, command results), never on sleeps.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, describeDiagnostics, fromWenmi, ruleId, waitForDiagnostics, waitForWenmiDiagnostics } from './helpers';

/** A 请示 with a doubled 文种 in the title (genre-doubled: suggestions) and two faulty closings (closing-punctuation: fixes). */
const REQUEST = [
  '××市水务局关于增拨防汛经费的请示报告',
  '',
  '市人民政府：',
  '',
  '今年入汛以来降雨偏多，特此报告！',
  '',
  '妥否？请批示！',
  '',
  '××市水务局',
  '2024年6月3日',
  '',
].join('\n');

const MARKDOWN_README = [
  '# Wenmi notes',
  '',
  'A Markdown README that quotes faulty 公文 phrases on purpose:',
  '',
  '- 关于增拨防汛经费的请示报告',
  '- 妥否？请批示！',
  '',
  '```',
  'npm run build',
  '```',
  '',
].join('\n');

const PUNCT = 'closing-punctuation';
const DOUBLED = 'genre-doubled';

let tmp = '';
let serial = 0;

async function openNew(name: string, content: string): Promise<vscode.TextEditor> {
  const file = path.join(tmp, `${++serial}-${name}`);
  fs.writeFileSync(file, content);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc);
}

function ofRule(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return fromWenmi(diagnostics).filter((d) => ruleId(d) === rule);
}

/** Waits until `rule` has exactly `count` diagnostics on the document. */
function waitForCount(uri: vscode.Uri, rule: string, count: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => ofRule(ds, rule).length === count).then((ds) => ofRule(ds, rule));
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, kind);
  // A bare Command has a string `command`; a CodeAction has an edit and/or a Command object.
  return (all ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Quick fixes offered for one diagnostic (VS Code passes the diagnostics under the range to the provider). */
function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
}

function pick(actions: vscode.CodeAction[], what: string, test: (a: vscode.CodeAction) => boolean): vscode.CodeAction {
  const found = actions.find(test);
  assert.ok(found, `no "${what}" action among: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" applied`);
}

/** The new texts of an action's edits. */
function newTexts(action: vscode.CodeAction): string[] {
  return (action.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText));
}

function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
}

async function withSetting<T>(section: string, key: string, value: unknown, body: () => Promise<T>, languageId?: string): Promise<T> {
  const cfg = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  await cfg.update(key, value, vscode.ConfigurationTarget.Global, !!languageId);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined)
      .update(key, undefined, vscode.ConfigurationTarget.Global, !!languageId);
  }
}

suite('linting', () => {
  suiteSetup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-lint-'));
  });

  suiteTeardown(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  teardown(async () => {
    // Edited temp files are saved, so closing never asks.
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suite('activation and diagnostics', () => {
    for (const [name, languageId] of [['request.gw', 'gongwen'], ['request.txt', 'plaintext'], ['request.md', 'markdown']] as const) {
      test(`a 公文 in ${languageId} activates Wenmi and is linted`, async () => {
        const editor = await openNew(name, REQUEST);
        assert.strictEqual(editor.document.languageId, languageId);
        await waitForWenmiDiagnostics(editor.document.uri, PUNCT);
        assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
      });
    }

    test('a diagnostic: exact range, severity, source, and the rule id with its docs link as code', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const ds = await waitForCount(document.uri, PUNCT, 2);
      const d = ds.find((x) => document.getText(x.range) === '妥否？请批示！');
      assert.ok(d, `ranges: ${ds.map((x) => document.getText(x.range)).join(', ')}`);
      assert.strictEqual(d.source, 'wenmi');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(typeof d.code === 'object' && d.code.value === PUNCT, 'code carries the rule id');
      assert.match(d.code.target.toString(), /docs\/rules\.md#closing-punctuation$/);
      assert.match(d.message, /[\u4e00-\u9fff]/, 'the message is Chinese');
      const doubled = ofRule(vscode.languages.getDiagnostics(document.uri), DOUBLED)[0];
      assert.ok(doubled, 'genre-doubled reported');
      assert.strictEqual(document.getText(doubled.range), '请示报告');
    });

    test('diagnostics follow edits', async () => {
      const editor = await openNew('request.gw', REQUEST);
      const doc = editor.document;
      await waitForCount(doc.uri, PUNCT, 2);
      const at = doc.getText().indexOf('妥否？请批示！');
      await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 7)), '妥否，请批示。'));
      await waitForCount(doc.uri, PUNCT, 1);
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('妥否')), '特此通知！\n\n'));
      const ds = await waitForCount(doc.uri, PUNCT, 2);
      assert.ok(ds.some((d) => doc.getText(d.range) === '特此通知！'), 'the range follows the inserted text');
    });

    test('after edits in a long document, the incremental lint shows what a full lint of the same text shows', async () => {
      // A long 请示: 120 paragraphs, some with faults (half-width comma, 其它, a Chinese-numeral year).
      const body = Array.from({ length: 120 }, (_, i) =>
        i % 10 === 3 ? `　　第${i + 1}项工作进展顺利,其它事项按计划推进。` : i % 10 === 7 ? `　　二〇一九年以来，第${i + 1}项任务已完成。` : `　　第${i + 1}项工作按照2024年计划稳步推进，取得阶段性成效。`);
      const long = ['××市水务局关于增拨防汛经费的请示', '', '市人民政府：', ...body, '　　妥否，请批示。', '', '××市水务局', '2024年6月3日', ''].join('\n');
      const editor = await openNew('long.gw', long);
      const doc = editor.document;
      await waitForWenmiDiagnostics(doc.uri);
      const lintNow = () => vscode.commands.executeCommand<{ incremental: boolean; findings: number }>('wenmi.lintDocument', doc.uri);
      await lintNow();
      let incremental = 0;
      // Typing: a half-width comma in one paragraph, a fault fixed in another, a character deleted, a year retyped.
      const edits: Array<(t: string) => [number, number, string]> = [
        (t) => [t.indexOf('第51项工作') + 5, 0, ','],
        (t) => [t.indexOf('顺利,其它') + 2, 1, '，'],
        (t) => [t.indexOf('第90项工作') + 3, 1, ''],
        (t) => [t.indexOf('第5项工作按照2024年') + 7, 4, '二〇二四'],
        (t) => [t.indexOf('第100项工作') + 6, 0, '的'],
      ];
      for (const edit of edits) {
        const [at, len, text] = edit(doc.getText());
        assert.ok(at >= 0);
        assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + len)), text)));
        if ((await lintNow())?.incremental) incremental++;
      }
      assert.ok(incremental >= 3, `at least three of the five lints were incremental (${incremental})`);
      const describe = (d: vscode.Diagnostic[]) => fromWenmi(d).map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${ruleId(x)} ${x.message}`).sort();
      const seen = describe(vscode.languages.getDiagnostics(doc.uri));
      // The same text in a fresh file: its first lint is a full one.
      const copy = await openNew('long-copy.gw', doc.getText());
      const full = await vscode.commands.executeCommand<{ incremental: boolean }>('wenmi.lintDocument', copy.document.uri);
      assert.strictEqual(full?.incremental, false);
      assert.deepStrictEqual(seen, describe(vscode.languages.getDiagnostics(copy.document.uri)));
      assert.ok(seen.some((s) => s.includes('punct-halfwidth-in-cjk')), 'the comma typed is flagged');
    });

    test('a Markdown README is not linted', async () => {
      const { document } = await openNew('README.md', MARKDOWN_README);
      const summary = await vscode.commands.executeCommand<{ linted: boolean; findings: number }>('wenmi.lintDocument', document.uri);
      assert.ok(summary, 'markdown is a checked language');
      assert.strictEqual(summary.linted, false, 'not treated as a 公文');
      assert.strictEqual(summary.findings, 0);
      const found = fromWenmi(vscode.languages.getDiagnostics(document.uri));
      assert.deepStrictEqual(found, [], describeDiagnostics(found));
    });

    suite('an untitled draft (Ctrl+N) whose language VS Code guesses away', () => {
      /** Opens an untitled plain-text draft and waits until Wenmi has recognised and linted it. */
      async function untitledDraft(): Promise<vscode.TextDocument> {
        const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: REQUEST });
        await vscode.window.showTextDocument(doc);
        await waitForWenmiDiagnostics(doc.uri, PUNCT);
        return doc;
      }
      /** The open document with this URI, once `predicate` holds for it. */
      async function waitForDocument(uri: vscode.Uri, predicate: (d: vscode.TextDocument) => boolean): Promise<vscode.TextDocument> {
        for (let i = 0; i < 100; i++) {
          const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
          if (d && predicate(d)) return d;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`${uri.toString()} never reached the expected state`);
      }
      async function discard(): Promise<void> {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }

      test('is switched to the 公文 mode and stays checked (wenmi.untitledAsGongwen, on by default)', async () => {
        const doc = await untitledDraft();
        // What the language detector does a few seconds after typing: the draft becomes Ini.
        await vscode.languages.setTextDocumentLanguage(doc, 'ini');
        const back = await waitForDocument(doc.uri, (d) => d.languageId === 'gongwen');
        const ds = await waitForWenmiDiagnostics(back.uri, PUNCT);
        assert.ok(ds.length >= 1, describeDiagnostics(ds));
        // Switched once: a language the user picks afterwards is kept.
        const picked = await vscode.languages.setTextDocumentLanguage(back, 'ini');
        await new Promise((r) => setTimeout(r, 500));
        assert.strictEqual(vscode.workspace.textDocuments.find((x) => x.uri.toString() === picked.uri.toString())?.languageId, 'ini');
        await discard();
      });

      test('with wenmi.untitledAsGongwen off it stays in the guessed language and is still checked', async () => {
        await withSetting('wenmi', 'untitledAsGongwen', false, async () => {
          const doc = await untitledDraft();
          const ini = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
          assert.strictEqual(ini.languageId, 'ini');
          // Still checked once VS Code has reopened it as Ini (close + open).
          let summary: { linted: boolean; findings: number } | undefined;
          for (let i = 0; i < 50 && !summary?.linted; i++) {
            await new Promise((r) => setTimeout(r, 100));
            summary = await vscode.commands.executeCommand<{ linted: boolean; findings: number }>('wenmi.lintDocument', ini.uri);
          }
          assert.ok(summary && summary.linted && summary.findings > 0, JSON.stringify(summary));
          await waitForWenmiDiagnostics(ini.uri, PUNCT);
          assert.strictEqual(vscode.workspace.textDocuments.find((x) => x.uri.toString() === ini.uri.toString())?.languageId, 'ini');
          await discard();
        });
      });
    });

    test('a document that leaves the checked languages is cleared (close + open under the new language)', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForWenmiDiagnostics(document.uri);
      const cleared = waitForDiagnostics(document.uri, (ds) => fromWenmi(ds).length === 0);
      const changed = await vscode.languages.setTextDocumentLanguage(document, 'typescript');
      assert.strictEqual(changed.languageId, 'typescript');
      await cleared;
    });
  });

  suite('quick fixes', () => {
    test('fix this (preferred)', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const d = (await waitForCount(document.uri, PUNCT, 2)).find((x) => document.getText(x.range) === '妥否？请批示！')!;
      const fix = pick(await actionsFor(document.uri, d), 'fix this', (a) => a.isPreferred === true);
      assert.strictEqual(fix.kind?.value, 'quickfix');
      assert.deepStrictEqual(newTexts(fix), ['妥否，请批示。']);
      await apply(fix);
      assert.ok(document.getText().includes('妥否，请批示。'));
      await waitForCount(document.uri, PUNCT, 1);
    });

    test('a suggestion: 请示报告 → 请示', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const d = (await waitForWenmiDiagnostics(document.uri, DOUBLED)).find((x) => ruleId(x) === DOUBLED)!;
      const actions = await actionsFor(document.uri, d);
      const suggestions = actions.filter((a) => newTexts(a).length === 1 && ['请示', '报告'].includes(newTexts(a)[0]));
      assert.strictEqual(suggestions.length, 2, actions.map((a) => a.title).join(' | '));
      assert.ok(suggestions.every((a) => !a.isPreferred), 'alternatives are never preferred');
      await apply(suggestions.find((a) => newTexts(a)[0] === '请示')!);
      assert.strictEqual(document.lineAt(0).text, '××市水务局关于增拨防汛经费的请示');
      await waitForCount(document.uri, DOUBLED, 0);
    });

    test('a lexicon word typed in the editor: squiggle, its suggestion applied, never changed by fix-all', async () => {
      const editor = await openNew('lexicon.gw', REQUEST);
      const document = editor.document;
      await waitForCount(document.uri, PUNCT, 2);
      // Typed as a drafter would: 布署 (a 错别字 for 部署) at the end of the first body line.
      await editor.edit((b) => b.insert(document.lineAt(4).range.end, '请抓紧布署。'));
      const [d] = await waitForCount(document.uri, 'lexicon-typo', 1);
      assert.strictEqual(document.getText(d.range), '布署');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /部署/);
      const [fixAll] = (await codeActions(document.uri, fullRange(document), 'source.fixAll.wenmi')).filter((a) => a.kind?.value === 'source.fixAll.wenmi');
      assert.ok(!(fixAll?.edit?.entries() ?? []).some(([, edits]) => edits.some((e) => e.newText.includes('部署'))), 'fix-all leaves a lexicon word to the drafter');
      const suggestion = pick(await actionsFor(document.uri, d), 'the lexicon suggestion', (a) => newTexts(a)[0] === '部署');
      assert.ok(!suggestion.isPreferred);
      await apply(suggestion);
      assert.ok(document.getText().includes('请抓紧部署。'));
      await waitForCount(document.uri, 'lexicon-typo', 0);
    });

    test('an idiom with one character slipped, typed in the editor: squiggle on the four characters, the idiom offered', async () => {
      const editor = await openNew('idiom.gw', REQUEST);
      const document = editor.document;
      await waitForCount(document.uri, PUNCT, 2);
      // 格尽职守 for 恪尽职守: found from the idioms and the characters that look alike, not from a list of misprints.
      await editor.edit((b) => b.insert(document.lineAt(4).range.end, '各级干部要格尽职守。'));
      const [d] = await waitForCount(document.uri, 'lexicon-idiom', 1);
      assert.strictEqual(document.getText(d.range), '格尽职守');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      const suggestion = pick(await actionsFor(document.uri, d), 'the idiom', (a) => newTexts(a)[0] === '恪尽职守');
      await apply(suggestion);
      assert.ok(document.getText().includes('各级干部要恪尽职守。'));
      await waitForCount(document.uri, 'lexicon-idiom', 0);
    });

    test('fix all of this rule in the file', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const [d] = await waitForCount(document.uri, PUNCT, 2);
      const action = pick(await actionsFor(document.uri, d), 'fix all of the rule', (a) => a.title.includes(PUNCT) && newTexts(a).length === 2);
      await apply(action);
      const text = document.getText();
      assert.ok(text.includes('特此报告。') && text.includes('妥否，请批示。'), text);
      await waitForCount(document.uri, PUNCT, 0);
      assert.strictEqual(ofRule(vscode.languages.getDiagnostics(document.uri), DOUBLED).length, 1, 'other rules untouched');
    });

    test('fix all (from a diagnostic without a fix of its own)', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForCount(document.uri, PUNCT, 2);
      const d = ofRule(vscode.languages.getDiagnostics(document.uri), DOUBLED)[0];
      const action = pick(await actionsFor(document.uri, d), 'fix all', (a) => /Fix all auto-fixable|修正全部可自动修正/.test(a.title));
      await apply(action);
      await waitForCount(document.uri, PUNCT, 0);
      const again = await codeActions(document.uri, fullRange(document), 'source.fixAll.wenmi');
      assert.deepStrictEqual(again.map((a) => a.title), [], 'fixes converged: nothing left to fix');
    });

    test('disable a rule for this line', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const d = (await waitForCount(document.uri, PUNCT, 2)).find((x) => document.getText(x.range) === '妥否？请批示！')!;
      const action = pick(await actionsFor(document.uri, d), 'disable for this line', (a) => newTexts(a).some((t) => t.includes('wenmi-disable-line')));
      await apply(action);
      assert.strictEqual(document.lineAt(d.range.start.line).text, `妥否？请批示！ <!-- wenmi-disable-line ${PUNCT} -->`);
      const left = await waitForCount(document.uri, PUNCT, 1);
      assert.strictEqual(document.getText(left[0].range), '特此报告！', 'only that line is silenced');
      assert.strictEqual(ofRule(vscode.languages.getDiagnostics(document.uri), DOUBLED).length, 1);
    });

    test('disable a rule for this file', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const [d] = await waitForCount(document.uri, PUNCT, 2);
      const action = pick(await actionsFor(document.uri, d), 'disable for this file', (a) => newTexts(a).some((t) => t.includes('wenmi-disable-file')));
      await apply(action);
      assert.strictEqual(document.lineAt(0).text, `<!-- wenmi-disable-file ${PUNCT} -->`);
      await waitForCount(document.uri, PUNCT, 0);
      await waitForCount(document.uri, DOUBLED, 1);
    });

    test("open the rule's docs", async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const [d] = await waitForCount(document.uri, PUNCT, 2);
      const action = pick(await actionsFor(document.uri, d), 'docs', (a) => a.command?.command === 'wenmi.showRuleDocs');
      assert.deepStrictEqual(action.command?.arguments, [PUNCT]);
      assert.strictEqual(action.edit, undefined);
    });
  });

  suite('source.fixAll.wenmi', () => {
    test('offered when asked for (source.fixAll.wenmi, source.fixAll), not among quick fixes', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForCount(document.uri, PUNCT, 2);
      const all = fullRange(document);
      const isOurs = (a: vscode.CodeAction) => a.kind?.value === 'source.fixAll.wenmi';
      assert.strictEqual((await codeActions(document.uri, all, 'source.fixAll.wenmi')).filter(isOurs).length, 1);
      assert.strictEqual((await codeActions(document.uri, all, 'source.fixAll')).filter(isOurs).length, 1);
      assert.strictEqual((await codeActions(document.uri, all, 'quickfix')).filter(isOurs).length, 0, 'context.only is honoured');
      const [action] = (await codeActions(document.uri, all, 'source.fixAll.wenmi')).filter(isOurs);
      await apply(action);
      assert.ok(!/特此报告！|妥否？请批示！/.test(document.getText()));
      await waitForCount(document.uri, PUNCT, 0);
    });

    test('runs on save with editor.codeActionsOnSave', async () => {
      const editor = await openNew('request.gw', REQUEST.replace('特此报告！', '特此报告。'));
      const doc = editor.document;
      await waitForCount(doc.uri, PUNCT, 1);
      await withSetting('editor', 'codeActionsOnSave', { 'source.fixAll.wenmi': 'explicit' }, async () => {
        await editor.edit((b) => b.insert(doc.lineAt(4).range.end, '现将有关情况报告如下。'));
        assert.ok(await doc.save(), 'saved');
        assert.ok(doc.getText().includes('妥否，请批示。'), doc.getText());
        assert.ok(fs.readFileSync(doc.uri.fsPath, 'utf8').includes('妥否，请批示。'), 'the fixed text is what was written');
      }, 'gongwen');
    });
  });

  suite('commands', () => {
    test('wenmi.fixAll fixes every certain problem and reports how many', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForCount(document.uri, PUNCT, 2);
      const fixed = await vscode.commands.executeCommand<number>('wenmi.fixAll', document.uri);
      assert.ok(typeof fixed === 'number' && fixed >= 2, `fixed ${fixed}`);
      await waitForCount(document.uri, PUNCT, 0);
      // Left for review: unsaved, the file on disk untouched, and one undo step takes it all back.
      assert.ok(document.isDirty, 'the fixed document is not saved');
      assert.strictEqual(fs.readFileSync(document.uri.fsPath, 'utf8'), REQUEST, 'nothing written to disk');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), REQUEST, 'one undo restores the draft');
    });

    test('wenmi.lintDocument checks now and says what it found', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      const summary = await vscode.commands.executeCommand<{ linted: boolean; genre: string | null; findings: number }>('wenmi.lintDocument', document.uri);
      assert.ok(summary?.linted);
      assert.strictEqual(summary.genre, '请示', 'the title doubles 请示报告 and the closing asks for approval: a 请示');
      assert.strictEqual(summary.findings, fromWenmi(vscode.languages.getDiagnostics(document.uri)).length, 'published with the result');
      assert.ok(ofRule(vscode.languages.getDiagnostics(document.uri), PUNCT).length === 2);
    });

    test('wenmi.copyCleanText copies the text without suppression markers', async () => {
      const marked = REQUEST.replace('妥否？请批示！', `妥否？请批示！ <!-- wenmi-disable-line ${PUNCT} -->`);
      const { document } = await openNew('request.gw', `<!-- wenmi-disable-file ${DOUBLED} -->\n${marked}`);
      const text = await vscode.commands.executeCommand<string>('wenmi.copyCleanText', document.uri);
      assert.strictEqual(text, REQUEST);
      assert.strictEqual(await vscode.env.clipboard.readText(), REQUEST);
    });
  });

  suite('hover', () => {
    test('the 文种 in the title shows its 条例第八条 definition', async () => {
      const { document } = await openNew('request.gw', REQUEST.replace('请示报告', '请示'));
      await waitForWenmiDiagnostics(document.uri);
      const at = document.lineAt(0).text.lastIndexOf('请示');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, at + 1));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /第八条（十一）/);
      assert.match(text, /适用于向上级机关请求指示、批准。/);
      assert.match(text, /上行文/);
      const elsewhere = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 1));
      assert.ok(!elsewhere.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('第八条'))), 'only on the 文种 word');
    });
  });

  suite('settings', () => {
    test('wenmi.rules: a rule turned off disappears at once, and comes back', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForCount(document.uri, PUNCT, 2);
      await withSetting('wenmi', 'rules', { [PUNCT]: 'off' }, async () => {
        await waitForCount(document.uri, PUNCT, 0);
        assert.strictEqual(ofRule(vscode.languages.getDiagnostics(document.uri), DOUBLED).length, 1, 'other rules stay');
      });
      await waitForCount(document.uri, PUNCT, 2);
    });

    test('wenmi.rules: a severity override is applied', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForCount(document.uri, PUNCT, 2);
      await withSetting('wenmi', 'rules', { [PUNCT]: 'error' }, async () => {
        await waitForDiagnostics(document.uri, (ds) => ofRule(ds, PUNCT).length === 2 && ofRule(ds, PUNCT).every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      });
    });

    test('wenmi.enable: false clears the diagnostics', async () => {
      const { document } = await openNew('request.gw', REQUEST);
      await waitForWenmiDiagnostics(document.uri);
      await withSetting('wenmi', 'enable', false, async () => {
        await waitForDiagnostics(document.uri, (ds) => fromWenmi(ds).length === 0);
      });
      await waitForWenmiDiagnostics(document.uri, PUNCT);
    });

    test('wenmi.detect: never leaves plain text alone, not gongwen files', async () => {
      const txt = (await openNew('request.txt', REQUEST)).document;
      const gw = (await openNew('request.gw', REQUEST)).document;
      await waitForWenmiDiagnostics(txt.uri, PUNCT);
      await waitForWenmiDiagnostics(gw.uri, PUNCT);
      await withSetting('wenmi', 'detect', 'never', async () => {
        await waitForDiagnostics(txt.uri, (ds) => fromWenmi(ds).length === 0);
        const summary = await vscode.commands.executeCommand<{ linted: boolean }>('wenmi.lintDocument', gw.uri);
        assert.strictEqual(summary?.linted, true, '.gw files are always 公文');
        assert.ok(ofRule(vscode.languages.getDiagnostics(gw.uri), PUNCT).length > 0);
      });
    });
  });
});
