/**
 * The gongwen language: configuration (paired marks, CJK word pattern, Enter keeps the paragraph
 * indentation), grammar generated from its YAML source, and the drafting contributions in package.json.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftingManifest } from '../../../src/manifest/drafting';
import { builtinTemplates } from '../../../src/core/templates';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const config = JSON.parse(read('language-configuration.json'));

describe('drafting: the gongwen language', () => {
  it('paired marks 〔〕 《》 “” ‘’ （） 【】 are brackets, auto-closing and surrounding pairs', () => {
    const pairs = ['〔〕', '《》', '“”', '‘’', '（）', '【】'];
    const brackets = (config.brackets as string[][]).map((b) => b.join(''));
    const closing = (config.autoClosingPairs as Array<{ open: string; close: string }>).map((p) => p.open + p.close);
    const surrounding = (config.surroundingPairs as string[][]).map((p) => p.join(''));
    for (const p of pairs) {
      assert.ok(brackets.includes(p), `bracket ${p}`);
      assert.ok(closing.includes(p), `auto-closing ${p}`);
      assert.ok(surrounding.includes(p), `surrounding ${p}`);
    }
    assert.ok(config.autoCloseBefore.includes('，') && config.autoCloseBefore.includes('。'), 'closes before Chinese punctuation too');
  });

  it('the word pattern separates Chinese runs from pinyin prefixes and numbers', () => {
    const re = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('工作tctz'.match(re), ['工作', 'tctz']);
    assert.deepEqual('特此通知。wm-closing-notice 2026年'.match(re), ['特此通知', 'wm-closing-notice', '2026', '年']);
    assert.deepEqual('　　《条例》（一）'.match(re), ['条例', '一']);
  });

  it('Enter after the 主送机关 or an indented paragraph starts the next line with two full-width spaces', () => {
    const rules = config.onEnterRules as Array<{ beforeText: string; action: { appendText: string } }>;
    const indentAfter = (line: string) => rules.some((r) => new RegExp(r.beforeText).test(line) && r.action.appendText === '\u3000\u3000');
    assert.ok(indentAfter('某某市人民政府：'));
    assert.ok(indentAfter('　　为优化教育资源配置，现将有关事项通知如下：'));
    assert.ok(!indentAfter('某某市教育局关于调整学校布局的请示'), 'not after the title');
    assert.ok(!indentAfter('　　　　　2.附件名称'), 'not after an aligned attachment line');
    assert.ok(!indentAfter('　　'), 'not after an empty indented line');
  });

  it('folding markers fold <!-- wenmi-disable --> … <!-- wenmi-enable --> blocks without a provider', () => {
    assert.match('<!-- wenmi-disable closing-mismatch -->', new RegExp(config.folding.markers.start));
    assert.match('　　<!-- wenmi-enable -->', new RegExp(config.folding.markers.end));
    assert.doesNotMatch('<!-- wenmi-disable-next-line -->', new RegExp(config.folding.markers.start));
  });

  it('the grammar JSON is generated from the YAML and every pattern compiles', () => {
    const grammar = JSON.parse(read('syntaxes/gongwen.tmLanguage.json'));
    assert.equal(grammar.scopeName, 'text.gongwen');
    assert.ok(!JSON.stringify(grammar).includes('{{'), 'placeholders replaced');
    const patterns: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'match' || k === 'begin' || k === 'end') && typeof x === 'string') patterns.push(x);
          else walk(x);
        }
      }
    };
    walk(grammar);
    assert.ok(patterns.length > 25);
    // Oniguruma syntax; translated (\G, \x{…}, \p{Han}) it must also be a valid JS regex in strict (u) mode.
    for (const p of patterns) {
      const js = p.replace(/\\G/g, '(?:)').replace(/\\x\{([0-9a-f]{4})\}/gi, '\\u$1').replace(/\\p\{Han\}/g, '\\p{Script=Han}');
      assert.doesNotThrow(() => new RegExp(js, 'u'), p);
    }
  });

  it('package.json: New Official Document in the palette and in File → New File…, the language parts, snippets', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'wenmi.newDocument'));
    assert.ok(pkg.contributes.menus['file/newFile'].some((m: { command: string }) => m.command === 'wenmi.newDocument'));
    for (const path of ['language-configuration.json', 'syntaxes/gongwen.tmLanguage.json', 'snippets/gongwen.json']) {
      assert.ok(existsSync(join(root, path)), path);
      assert.ok(JSON.stringify(pkg.contributes).includes(`./${path}`), `${path} contributed`);
    }
    assert.equal(pkg.scripts['test:grammar'], 'vscode-tmgrammar-test "test/grammar/*.test.gw"');
    const src = read('src/extension/drafting/index.ts') + read('src/extension/drafting/newDocument.ts');
    assert.match(src, /NEW_DOCUMENT_COMMAND = 'wenmi\.newDocument'/);
    assert.match(src, /registerCommand\(NEW_DOCUMENT_COMMAND/);
    assert.ok(draftingManifest.contributes.configurationDefaults, 'editor defaults for gongwen');
  });

  it('docs/templates.md documents every built-in template', () => {
    const doc = read('docs/templates.md');
    for (const tpl of builtinTemplates()) assert.ok(doc.includes('`' + tpl.id + '`'), tpl.id);
  });
});
