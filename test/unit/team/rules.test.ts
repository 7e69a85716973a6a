/** The team rules beyond their tables: what their suggestions produce, speed with many terms, the effective view. */
import { strict as assert } from 'node:assert';
import { allRules, docxRules, applyFixes, defaultConfig, getRule, lint, parse, type LintConfig } from '../../../src/core';
import { effectiveConfigView, resolveProject } from '../../../src/core/project';
import { memFs } from './helpers';

const organization = {
  name: '某某市教育局',
  shortName: '市教育局',
  code: '某教',
  superiors: ['某某市人民政府'],
  subordinates: ['各区教育局'],
  peers: ['某某市财政局'],
};

function only(ruleId: string, text: string, config: Partial<LintConfig>) {
  return lint(text, { rules: [getRule(ruleId)!], detect: 'always', config }).findings;
}

function applySuggestion(text: string, f: { suggestions: Array<{ fix: { range: [number, number]; text: string } }> }, i = 0): string {
  return applyFixes(text, [f.suggestions[i].fix]).text;
}

describe('team rules: suggestions', () => {
  it('genre-request-vs-letter turns the title’s 文种 into 函, also on a title spread over lines', () => {
    const text = '某某市教育局关于\n追加学校改造经费的\n请示\n\n某某市财政局：\n　　拟追加经费。\n　　妥否，请批示。\n\n某某市教育局\n2024年3月5日\n';
    const [f] = only('genre-request-vs-letter', text, { organization });
    assert.equal(applySuggestion(text, f), text.replace('\n请示\n', '\n函\n'));
    assert.equal(f.fix, null, 'a 文种 change is never applied by fix-all');
  });

  it('route-upward-no-cc-subordinate removes the name with one separator (or the whole list)', () => {
    const doc = (cc: string) => `某某市教育局关于经费的请示\n\n某某市人民政府：\n　　拟追加经费。\n　　妥否，请批示。\n\n某某市教育局\n2024年3月5日\n\n${cc}\n`;
    const cases: Array<[string, string]> = [
      ['抄送：某某市财政局，各区教育局。', '抄送：某某市财政局。'],
      ['抄送：各区教育局，某某市财政局。', '抄送：某某市财政局。'],
      ['抄送：某某市财政局，各区教育局，某某市审计局。', '抄送：某某市财政局，某某市审计局。'],
      ['抄送：各区教育局。', ''],
    ];
    for (const [cc, expected] of cases) {
      const text = doc(cc);
      const [f] = only('route-upward-no-cc-subordinate', text, { organization });
      assert.equal(applySuggestion(text, f), doc(expected), cc);
    }
  });

  it('signature-block offers the full name and the short name', () => {
    const text = '某某市教育局关于学校安全的通知\n\n各区教育局：\n　　请做好学校安全工作。\n　　特此通知。\n\n某某市教育局办公室\n2024年3月5日\n';
    const [f] = only('signature-block', text, { organization });
    assert.equal(applySuggestion(text, f, 0), text.replace('某某市教育局办公室', '某某市教育局'));
    assert.equal(applySuggestion(text, f, 1), text.replace('某某市教育局办公室', '市教育局'));
  });

  it('docno-org-code replaces only the 代字', () => {
    const text = '某财发〔2024〕5号\n\n某某市教育局关于学校安全的通知\n\n各区教育局：\n　　请做好学校安全工作。\n　　特此通知。\n\n某某市教育局\n2024年3月5日\n';
    const [f] = only('docno-org-code', text, { organization });
    assert.equal(applySuggestion(text, f), text.replace('某财发', '某教发'));
  });

  it('without a profile only the name-based heuristics speak (route-upward-no-cc-subordinate, genre-request-vs-letter)', () => {
    const text = '某某市教育局关于经费的请示\n\n某某市财政局：\n　　市教委做为牵头单位，拟追加经费。\n　　妥否，请批示。\n\n某某市教育局办公室\n2024年3月5日\n\n抄送：各乡镇人民政府。\n';
    const ids = lint(text, { detect: 'always' }).findings.map((f) => f.ruleId);
    for (const id of ['terms', 'docno-org-code', 'signature-block']) assert.ok(!ids.includes(id), id);
    assert.ok(ids.includes('route-upward-no-cc-subordinate'));
    // 某某市教育局 → 某某市财政局: two departments of one government, whatever the profile says.
    assert.ok(ids.includes('genre-request-vs-letter'));
  });
});

describe('team rules: performance', () => {
  it('200 terms over 100k characters: one regex pass (a few ms; the bound allows for a loaded machine)', () => {
    const terms = Array.from({ length: 200 }, (_, i) => ({ wrong: `错词${i}号`, right: `正词${i}号` }));
    terms.push({ wrong: '做为', right: '作为' });
    const para = '　　作为牵头单位，我局认真贯彻落实各项部署，推动教育事业高质量发展，取得明显成效。\n';
    let body = '';
    // One wrong word every tenth paragraph: about 250 findings.
    for (let i = 0; body.length < 100_000; i++) body += i % 10 ? para : para.replace('作为', '做为');
    const text = `某某市教育局关于工作情况的报告\n\n某某市人民政府：\n${body}　　特此报告。\n\n某某市教育局\n2024年3月5日\n`;
    const config = { terms, organization };
    const rule = getRule('terms')!;
    // The rule alone, on a parsed document (the parse is the engine's cost, not the rule's).
    const doc = parse(text);
    const fullConfig = { ...defaultConfig(), ...config };
    const run = () => {
      let n = 0;
      rule.check({ text, doc, config: fullConfig, options: {}, isQuoted: () => false, report: () => void n++ });
      return n;
    };
    const expected = run();
    assert.ok(expected > 200);
    assert.equal(lint(text, { rules: [rule], detect: 'always', config }).findings.length, expected);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      assert.equal(run(), expected);
      times.push(performance.now() - t0);
    }
    const cost = times.sort((a, b) => a - b)[4];
    assert.ok(cost < 25, `terms costs ${cost.toFixed(1)} ms for 100k characters and ${expected} findings`);
  });
});

describe('effective configuration view', () => {
  it('lists every rule’s effective severity and where every value came from', async () => {
    const fs = memFs({
      '/ws/.wenmirc.json': '{ "packs": ["./p"], "rules": { "terms": "error" }, "organization": { "code": "某教" } }',
      '/ws/p/wenmi-pack.json': JSON.stringify({ name: 'p', version: '1.0.0', terms: [{ wrong: '做为', right: '作为' }], organization: { name: '某某市教育局' }, snippets: 's.json' }),
      '/ws/p/s.json': '{ "a": { "prefix": "a", "body": "x", "genres": ["函"] } }',
    });
    const r = await resolveProject({ fs, documentPath: '/ws/d.txt', workspaceRoot: '/ws', settings: { rules: { 'genre-doubled': { severity: 'off' } } } });
    const view = effectiveConfigView(r, '/ws/d.txt') as Record<string, any>;
    assert.equal(view.document, '/ws/d.txt');
    assert.deepEqual(view.layers, ['内置默认', '规范包 p@1.0.0 — /ws/p/wenmi-pack.json', '/ws/.wenmirc.json', 'VS Code 设置']);
    // The text rules and the layout rules of Word files (docx-*), each with its severity.
    assert.deepEqual(Object.keys(view.rules).sort(), [...allRules.map((x) => x.meta.id), ...docxRules.map((x) => x.meta.id)].sort());
    assert.deepEqual(view.rules['docx-margins'], { severity: 'warning', from: '内置默认' });
    assert.deepEqual(view.rules.terms, { severity: 'error', from: '/ws/.wenmirc.json' });
    assert.deepEqual(view.rules['genre-doubled'], { severity: 'off', from: 'VS Code 设置' });
    assert.equal(view.rules['signature-block'].from, '内置默认');
    assert.deepEqual(view.terms, [{ wrong: '做为', right: '作为', from: '规范包 p@1.0.0 — /ws/p/wenmi-pack.json' }]);
    assert.deepEqual(view.organization, { name: { value: '某某市教育局', from: '规范包 p@1.0.0 — /ws/p/wenmi-pack.json' }, code: { value: '某教', from: '/ws/.wenmirc.json' } });
    assert.deepEqual(view.snippets, [{ name: 'a', prefix: ['a'], genres: ['函'], from: '规范包 p@1.0.0 — /ws/p/wenmi-pack.json' }]);
    assert.deepEqual(view.detect, { value: 'auto', from: '内置默认' });
    assert.deepEqual(view.errors, []);
    assert.doesNotThrow(() => JSON.stringify(view));
  });
});
