/**
 * The punctuation context's soft spans (src/core/rules/punct/context.ts): URLs, e-mail addresses, tags, entities and
 * escapes are stepped over and read as blanks through a view instead of being blanked in a copy of the whole text.
 * The findings must be exactly those of the copy: a property test over the corpus's documents with such spans
 * spliced in next to every kind of mark, digit and dash, and table cases for what the view must see.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding } from '../../src/core';
import { parse } from '../../src/core/parse/parser';
import { punctContext, setSoftMasking } from '../../src/core/rules/punct/context';

const FUZZ_SEED = process.env.WENMI_FUZZ_SEED ?? '20261205';
const params = FUZZ_SEED === 'random' ? {} : { seed: Number(FUZZ_SEED) };

const CORPUS = join(__dirname, '..', 'corpus');
const DOCS = readdirSync(join(CORPUS, 'real')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(CORPUS, 'real', f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''))
  .concat(readdirSync(join(CORPUS, 'faulty')).filter((f) => f.endsWith('.yaml')).sort()
    .flatMap((f) => readFileSync(join(CORPUS, 'faulty', f), 'utf8').split(/\n- id: /).slice(1))
    .map((item) => (/\n {2}text: \|?-?\n?([\s\S]*?)\n {2}labels:/.exec(item)?.[1] ?? '').replace(/^ {4}/gm, '')));

const SPANS = ['www.gov.cn', 'http://www.moj.gov.cn/pub/2019/12/t2019.html', 'zhang_san@163.com', 'abc.def@mail.gov.cn', '`code`',
  '<b>', '[链接](http://x.cn)', '&nbsp;', '\\*', 'https://a.b.cn/x?a=1&b=2', 'www.12345.gov.cn/2020', 'ftp://x.y', 'x@y.cn,', '(http://a.cn)'];
const GLUE = ['', '。', '，', ' ', '（', '）', '.', ',', '：', ')', '(', '号', '-', '—', '、', '3', '12.5', '2019年', '等', '《', '》', '“', '"', '第', '百'];

const key = (f: Finding) => JSON.stringify([f.ruleId, f.severity, f.message, f.range, f.fix, f.suggestions]);

function findings(text: string, soft: boolean): string[] {
  setSoftMasking(soft);
  try {
    return lint(text, { detect: 'always' }).findings.map(key);
  } finally {
    setSoftMasking(true);
  }
}

describe('punctuation context: soft spans', () => {
  it('a plain-text document with URLs and e-mail addresses is read without a copy; the view blanks them', () => {
    const text = '联系人：张三，电话：0571-12345678，邮箱：zhang_san@163.com，网址：www.gov.cn。\n';
    const pc = punctContext(parse(text));
    assert.equal(pc.masked, text, 'no copy of the text');
    const at = text.indexOf('zhang');
    assert.equal(pc.code(at), 0);
    assert.equal(pc.chars.charAt(at), '\u0000');
    assert.equal(pc.chars.slice(at - 1, at + 3), '：\u0000\u0000\u0000');
    assert.equal(pc.code(at - 1), '：'.charCodeAt(0));
    // The scans step over them: no ASCII mark of the URL is listed, the phone number's digits are.
    assert.ok(!pc.index().ascii.some((i) => i >= text.indexOf('www') && i < text.indexOf('。')));
    assert.ok(pc.index().digitRuns.includes(text.indexOf('0571')));
    assert.equal(pc.indexOf('.'), -1);
  });

  it('spans across lines or with Chinese in them are still blanked in the copy', () => {
    const text = '关于印发方案的通知\n\n`代码里的中文`，请查收。\n';
    const pc = punctContext(parse(text));
    assert.notEqual(pc.masked, text);
    assert.equal(pc.masked.charCodeAt(text.indexOf('代')), 0);
  });

  it('findings are the same as with every span blanked in a copy (random documents with spans spliced in)', function () {
    this.timeout(120_000);
    const spliced = fc.record({
      doc: fc.integer({ min: 0, max: DOCS.length - 1 }),
      inserts: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), span: fc.constantFrom(...SPANS), glue: fc.constantFrom(...GLUE), before: fc.boolean() }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(spliced, ({ doc, inserts }) => {
        let text = DOCS[doc];
        for (const { at, span, glue, before } of inserts) {
          const i = Math.floor(at * text.length);
          text = text.slice(0, i) + (before ? glue + span : span + glue) + text.slice(i);
        }
        assert.deepEqual(findings(text, true), findings(text, false), JSON.stringify(text.slice(0, 300)));
      }),
      { ...params, numRuns: 400 },
    );
  });
});
