/**
 * The incremental lint (src/core/session.ts): after any edit its findings are exactly lint()'s on the new text.
 * Property test on the real documents of the accuracy corpus and its 病文, with random edits typed into them
 * (characters, punctuation, digits, traditional characters, deletions); table cases for the fall-backs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeChanges, lint, LintSession, type Finding, type TextChange } from '../../src/core';

const FUZZ_SEED = process.env.WENMI_FUZZ_SEED ?? '20261204';
const params = FUZZ_SEED === 'random' ? {} : { seed: Number(FUZZ_SEED) };

const CORPUS = join(__dirname, '..', 'corpus');
const REAL = readdirSync(join(CORPUS, 'real')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(CORPUS, 'real', f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));

/** What a drafter types: Chinese text, 公文 words, every kind of mark and digit, a traditional character. */
const TYPED = Array.from('的一是在了和有国年月日号第，。、；：？！“”‘’《》（）〔〕【】()[],.;:!?"\'0123456789０１２３４５６７８９ 　…—-〇零百千万亿等覆批');
const WORDS = ['关于', '请示', '报告', '通知', '函', '妥否，请批示', '特此通知', '附件：', '抄送：', '二〇二六年', '2026年', '國家', '截止', '百分之5', '2000年', 'http://a.gov.cn', 'a@b.cn'];

const key = (f: Finding) => JSON.stringify([f.ruleId, f.severity, f.message, f.range, f.fix, f.suggestions]);

function assertSame(text: string, got: Finding[], where: string): void {
  const want = lint(text, { detect: 'always' }).findings;
  const a = got.map(key);
  const b = want.map(key);
  if (a.join('\n') === b.join('\n')) return;
  const only = (x: string[], y: string[]) => x.filter((k) => !y.includes(k)).slice(0, 5);
  assert.fail(`incremental ≠ full lint ${where}\n only incremental:\n  ${only(a, b).join('\n  ')}\n only full:\n  ${only(b, a).join('\n  ')}`);
}

/** An edit at a position of the text: delete up to 3 characters (not a line break), insert a character or a word. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.integer({ min: 0, max: 3 }),
  ins: fc.oneof(fc.constantFrom(...TYPED), fc.constantFrom(...WORDS), fc.constant('')),
});

function applyEdit(text: string, e: { at: number; del: number; ins: string }): { next: string; change: TextChange } {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  let del = Math.min(e.del, text.length - at);
  const nl = text.slice(at, at + del).search(/[\r\n]/);
  if (nl >= 0) del = nl;
  return { next: text.slice(0, at) + e.ins + text.slice(at + del), change: { start: at, oldEnd: at + del, newEnd: at + e.ins.length } };
}

describe('incremental lint (LintSession)', function () {
  this.timeout(120_000);

  it('gives lint()\'s findings after random edits of real documents, one edit at a time', () => {
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REAL.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (d, edits) => {
        const session = new LintSession({ detect: 'always' }, true);
        let text = REAL[d];
        session.update(text);
        for (const e of edits) {
          const { next, change } = applyEdit(text, e);
          const r = session.update(next, change);
          total++;
          if (r.mode === 'incremental') incremental++;
          assertSame(next, r.findings, `(document ${d}, change ${JSON.stringify(change)} ${JSON.stringify(e.ins)})`);
          text = next;
        }
      }),
      { ...params, numRuns: 500 },
    );
    // Most edits of a body paragraph are re-checked incrementally (the rest fell back to a full lint, correctly).
    assert.ok(incremental / total > 0.6, `incremental ${incremental} of ${total}`);
  });

  it('gives lint()\'s findings when several edits are merged into one change (composeChanges)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REAL.length - 1 }), fc.array(editArb, { minLength: 2, maxLength: 5 }), (d, edits) => {
        const session = new LintSession({ detect: 'always' });
        const first = REAL[d];
        session.update(first);
        let text = first;
        const changes: TextChange[] = [];
        for (const e of edits) {
          const { next, change } = applyEdit(text, e);
          changes.push(change);
          text = next;
        }
        const merged = composeChanges(changes)!;
        // The merged change really maps the first text onto the last.
        assert.equal(first.slice(0, merged.start) + text.slice(merged.start, merged.newEnd) + first.slice(merged.oldEnd), text);
        assertSame(text, session.update(text, merged).findings, `(document ${d}, ${JSON.stringify(changes)})`);
      }),
      { ...params, numRuns: 150 },
    );
  });

  it('gives lint()\'s findings when edits turn traditional slips into a traditional draft and back (the reading changes)', () => {
    // A simplified draft with two slips (read as written) and a draft in traditional characters (read as simplified):
    // typing simplified-only characters (关 这 说) or traditional ones moves a text across readAsWritten's line.
    const bases = [
      '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请认真做好防汛準備工作，这是当前的重点。\n　　特此通知。\n\n××市人民政府\n2025年3月5日\n',
      '××市人民政府關於做好防汛工作的通知\n\n各區縣人民政府：\n　　請認真做好防汛準備工作，確保安全度汛。\n　　特此通知。\n\n××市人民政府\n2025年3月5日\n',
    ];
    const scriptEdit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      del: fc.integer({ min: 0, max: 2 }),
      ins: fc.constantFrom('关', '这', '说', '关于这', '關', '於', '這', '說話', '報告', '批覆', '覆函', ''),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(scriptEdit, { minLength: 1, maxLength: 8 }), (d, edits) => {
        const session = new LintSession({ detect: 'always' }, true);
        let text = bases[d];
        session.update(text);
        for (const e of edits) {
          const { next, change } = applyEdit(text, e);
          assertSame(next, session.update(next, change).findings, `(base ${d}, change ${JSON.stringify(change)} ${JSON.stringify(e.ins)})`);
          text = next;
        }
      }),
      { ...params, numRuns: 200 },
    );
  });

  it('a full lint when an edit far from the traditional characters switches how the whole text is read', () => {
    // 佈 is a slip once the text has enough simplified-only characters (这 …): typed in the last paragraph, the text
    // is read as written from then on, and the reverse when they are deleted.
    const base = '工作佈署。\n' + '甲乙丙丁。\n'.repeat(12);
    const at = base.length - 2;
    const session = new LintSession({ detect: 'always' }, true);
    session.update(base);
    const typed = base.slice(0, at) + '这这这' + base.slice(at);
    const r1 = session.update(typed, { start: at, oldEnd: at, newEnd: at + 3 });
    assertSame(typed, r1.findings, '(这这这 typed)');
    const r2 = session.update(base, { start: at, oldEnd: at + 3, newEnd: at });
    assertSame(base, r2.findings, '(这这这 deleted)');
  });

  const DOC = [
    '关于申请购置办公设备的请示',
    '',
    '市财政局：',
    '　　我局现有办公设备老化，2018年购置的电脑已不能使用。',
    '　　一是设备老化，维修费用逐年增加。',
    '　　二是二〇一五年购置的打印机已报废。',
    '　　妥否，请批示。',
    '',
    '××市教育局',
    '2026年3月5日',
  ].join('\n');

  const cases: Array<{ name: string; edit: (t: string) => { next: string; change: TextChange }; mode: 'incremental' | 'full' }> = [
    { name: 'a character typed in a body paragraph', mode: 'incremental', edit: (t) => insertAt(t, t.indexOf('维修'), '的') },
    { name: 'a comma typed in half width', mode: 'incremental', edit: (t) => insertAt(t, t.indexOf('维修'), ',') },
    { name: 'a deleted character in a body paragraph', mode: 'incremental', edit: (t) => replaceAt(t, t.indexOf('逐年'), 1, '') },
    { name: 'the title\'s 文种 changed (the 文种 and the rules that read it change)', mode: 'full', edit: (t) => replaceAt(t, t.indexOf('请示'), 2, '报告') },
    { name: 'a line break typed (the lines change)', mode: 'full', edit: (t) => insertAt(t, t.indexOf('维修'), '\n') },
    { name: 'a body line turned into a heading', mode: 'full', edit: (t) => insertAt(t, t.indexOf('妥否'), '三、') },
  ];
  for (const c of cases) {
    it(`${c.mode === 'full' ? 'falls back to a full lint' : 're-checks only the edited units'}: ${c.name}`, () => {
      const session = new LintSession({ detect: 'always' });
      session.update(DOC);
      const { next, change } = c.edit(DOC);
      const r = session.update(next, change);
      assert.equal(r.mode, c.mode);
      assertSame(next, r.findings, c.name);
      // The edited paragraph and its neighbours: not the title, not the signature.
      if (c.mode === 'incremental') assert.ok(r.window && r.window[0] > next.indexOf('市财政局') && r.window[1] < next.indexOf('××市教育局'), `window ${r.window}`);
    });
  }

  it('re-checks the whole text for a rule whose document fact changed (num-mixed-forms: the 正文\'s first Arabic year)', () => {
    const session = new LintSession({ detect: 'always' });
    const before = session.update(DOC).findings.filter((f) => f.ruleId === 'num-mixed-forms');
    assert.ok(before.some((f) => DOC.slice(...f.range) === '二〇一五年'), 'the Chinese-numeral year is flagged beside 2018年');
    // 2018年 → 二〇一八年 in another paragraph: the fact (first Arabic year) changes, so the finding on 二〇一五年 changes too.
    const { next, change } = replaceAt(DOC, DOC.indexOf('2018年'), 5, '二〇一八年');
    const r = session.update(next, change);
    assert.equal(r.mode, 'incremental');
    assertSame(next, r.findings, 'after the year changed form');
  });

  it('re-checks the whole text for a rule whose document fact changed (docno-format: the date sets a number\'s severity)', () => {
    const old = ['××省人民政府文件', '', '（90）鲁政函18号', '', '××省人民政府关于做好防汛工作的通知', '', '各市人民政府：', '　　请认真做好防汛准备工作。', '　　特此通知。', '', '××省人民政府', '一九九〇年五月八日', ''].join('\n');
    const session = new LintSession({ detect: 'always' }, true);
    session.update(old);
    // The date line is edited (a character deleted): the document is no longer dated 1990, the number's finding changes.
    const at = old.indexOf('一九九〇年');
    const { next, change } = replaceAt(old, at, 5, '2020年');
    const r = session.update(next, change);
    assertSame(next, r.findings, 'after the date changed');
  });

  it('without a change, or with one that does not fit the text, lints the whole text', () => {
    const session = new LintSession({ detect: 'always' });
    session.update(DOC);
    assert.equal(session.update(DOC + '。').mode, 'full');
    assert.equal(session.update(DOC, { start: 0, oldEnd: 5, newEnd: 3 }).mode, 'full');
  });

  describe('composeChanges', () => {
    const table: Array<{ name: string; changes: TextChange[]; want: TextChange }> = [
      { name: 'one change', changes: [{ start: 3, oldEnd: 5, newEnd: 4 }], want: { start: 3, oldEnd: 5, newEnd: 4 } },
      { name: 'typing on', changes: [{ start: 3, oldEnd: 3, newEnd: 4 }, { start: 4, oldEnd: 4, newEnd: 5 }], want: { start: 3, oldEnd: 3, newEnd: 5 } },
      { name: 'a later change further on', changes: [{ start: 3, oldEnd: 3, newEnd: 4 }, { start: 10, oldEnd: 12, newEnd: 10 }], want: { start: 3, oldEnd: 11, newEnd: 10 } },
      { name: 'a later change before the first', changes: [{ start: 10, oldEnd: 10, newEnd: 12 }, { start: 2, oldEnd: 3, newEnd: 2 }], want: { start: 2, oldEnd: 10, newEnd: 11 } },
      { name: 'backspace over what was typed', changes: [{ start: 3, oldEnd: 3, newEnd: 5 }, { start: 4, oldEnd: 5, newEnd: 4 }], want: { start: 3, oldEnd: 3, newEnd: 4 } },
    ];
    for (const c of table) it(c.name, () => assert.deepEqual(composeChanges(c.changes), c.want));
    it('no change', () => assert.equal(composeChanges([]), undefined));
  });
});

function insertAt(t: string, at: number, s: string): { next: string; change: TextChange } {
  return { next: t.slice(0, at) + s + t.slice(at), change: { start: at, oldEnd: at, newEnd: at + s.length } };
}

function replaceAt(t: string, at: number, len: number, s: string): { next: string; change: TextChange } {
  return { next: t.slice(0, at) + s + t.slice(at + len), change: { start: at, oldEnd: at + len, newEnd: at + s.length } };
}
