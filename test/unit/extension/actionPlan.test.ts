/**
 * The code actions as data: which quick fixes a finding gets, in which order, with which edits;
 * fix-all until stable; the suppression markers "disable for this line / file" insert.
 * Uses the real engine with two rules of known behaviour (closing-punctuation has certain fixes,
 * genre-doubled has suggestions), so that rules added later do not change these expectations.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyFixes, getRule, lint, MAX_FIX_PASSES, type Finding, type Fix } from '../../../src/core';
import {
  describeFix,
  disableFileEdit,
  disableLineEdit,
  findingFor,
  minimalEdit,
  planFixAll,
  planQuickFixes,
  planRuleFix,
  type Localize,
  type PlannedAction,
} from '../../../src/extension/actionPlan';

const rules = [getRule('closing-punctuation')!, getRule('genre-doubled')!];
const lintText = (text: string) => lint(text, { rules, detect: 'always' });
const findingsOf = (text: string) => lintText(text).findings;

/** A formatter like vscode.l10n.t without a bundle: the English message with {name} filled in. */
const localize: Localize = (message, args = {}) => message.replace(/\{(\w+)\}/g, (all, k: string) => (k in args ? String(args[k]) : all));

const REQUEST = [
  '关于增拨防汛经费的请示报告',
  '',
  '市人民政府：',
  '',
  '今年汛期雨量偏多，特此报告！',
  '',
  '妥否？请批示！',
  '',
  '××市水务局',
  '2024年6月3日',
  '',
].join('\n');

function apply(text: string, action: PlannedAction): string {
  return applyFixes(text, action.edits).text;
}

function slice(text: string, f: Finding): string {
  return text.slice(f.range[0], f.range[1]);
}

function plan(text: string, pick: (f: Finding) => boolean): PlannedAction[] {
  const findings = findingsOf(text);
  return planQuickFixes(
    { text, findings, targets: findings.filter(pick), fixAll: () => planFixAll(text, findings, findingsOf) },
    localize,
  );
}

describe('extension: quick fixes for a finding (planQuickFixes)', () => {
  it('the test document has one genre-doubled and two fixable closing-punctuation findings', () => {
    const f = findingsOf(REQUEST);
    assert.deepEqual(f.map((x) => `${x.ruleId}:${slice(REQUEST, x)}`), ['genre-doubled:请示报告', 'closing-punctuation:特此报告！', 'closing-punctuation:妥否？请批示！']);
  });

  it('a fixable finding: fix this (preferred), fix all of the rule, disable line, disable file, docs — in that order', () => {
    const actions = plan(REQUEST, (f) => slice(REQUEST, f) === '妥否？请批示！');
    assert.deepEqual(
      actions.map((a) => `${a.kind}|${a.title}`),
      [
        'fix|改为“妥否，请批示。”',
        'fixRule|Fix all closing-punctuation problems in this file',
        'disableLine|Disable closing-punctuation for this line',
        'disableFile|Disable closing-punctuation for this file',
        'docs|Show documentation for closing-punctuation',
      ],
      'no fix-all: fix-all-of-rule already covers every fixable problem',
    );
    assert.deepEqual(actions.filter((a) => a.preferred).map((a) => a.kind), ['fix'], 'only "fix this" is preferred');
    assert.equal(apply(REQUEST, actions[0]), REQUEST.replace('妥否？请批示！', '妥否，请批示。'));
    assert.equal(apply(REQUEST, actions[1]), REQUEST.replace('妥否？请批示！', '妥否，请批示。').replace('特此报告！', '特此报告。'));
    assert.equal(actions[1].findings.length, 2, 'fix-all-of-rule resolves both findings');
    assert.deepEqual(actions[4].edits, [], 'docs is a command, not an edit');
  });

  it('a finding with suggestions: each suggestion, then fix all (other fixable problems exist), no "fix this"', () => {
    const actions = plan(REQUEST, (f) => f.ruleId === 'genre-doubled');
    assert.deepEqual(actions.map((a) => a.kind), ['suggestion', 'suggestion', 'fixAll', 'disableLine', 'disableFile', 'docs']);
    assert.deepEqual(actions.slice(0, 2).map((a) => a.title), ['文种改为“请示”', '文种改为“报告”']);
    assert.ok(actions.every((a) => !a.preferred), 'an alternative is never preferred');
    assert.ok(apply(REQUEST, actions[0]).startsWith('关于增拨防汛经费的请示\n'));
    assert.ok(apply(REQUEST, actions[1]).startsWith('关于增拨防汛经费的报告\n'));
    const fixedAll = apply(REQUEST, actions[2]);
    assert.ok(fixedAll.includes('特此报告。') && fixedAll.includes('妥否，请批示。'));
    assert.deepEqual(findingsOf(fixedAll).filter((f) => f.fix), [], 'nothing fixable is left');
    assert.equal(actions[2].title, 'Fix all auto-fixable problems (Wenmi)');
  });

  it('no "fix all of this rule" for a rule with a single fixable finding, no "fix all" when it would fix nothing more', () => {
    const text = REQUEST.replace('特此报告！', '特此报告。');
    const actions = plan(text, (f) => f.ruleId === 'closing-punctuation');
    assert.deepEqual(actions.map((a) => a.kind), ['fix', 'disableLine', 'disableFile', 'docs']);
  });

  it('several diagnostics in one request: per-finding actions for each, per-rule actions once', () => {
    const actions = plan(REQUEST, () => true);
    const count = (kind: string) => actions.filter((a) => a.kind === kind).length;
    assert.equal(count('fix'), 2);
    assert.equal(count('suggestion'), 2);
    assert.equal(count('fixRule'), 1);
    assert.equal(count('fixAll'), 0, 'the fixes listed already are all the fixes');
    assert.equal(count('disableLine'), 3);
    assert.equal(count('disableFile'), 2);
    assert.equal(count('docs'), 2);
  });

  it('two findings of one rule on one line share one "disable for this line"', () => {
    const text = REQUEST.replace('今年汛期雨量偏多，特此报告！', '特此报告！特此通知！');
    const findings = findingsOf(text).filter((f) => f.ruleId === 'closing-punctuation');
    assert.equal(findings.length, 3);
    const onLine = findings.filter((f) => text.slice(f.range[0], f.range[1]).startsWith('特此'));
    const actions = planQuickFixes({ text, findings, targets: onLine, fixAll: () => planFixAll(text, findings, findingsOf) }, localize);
    const disable = actions.filter((a) => a.kind === 'disableLine');
    assert.equal(disable.length, 1);
    assert.equal(disable[0].findings.length, 2);
    assert.deepEqual(findingsOf(apply(text, disable[0])).map((f) => slice(apply(text, disable[0]), f)), ['请示报告', '妥否？请批示！']);
  });
});

describe('extension: fix all until stable (planFixAll)', () => {
  it('one pass: the edits are the fixes themselves, and re-linting leaves nothing fixable', () => {
    const findings = findingsOf(REQUEST);
    const p = planFixAll(REQUEST, findings, findingsOf);
    assert.equal(p.passes, 1);
    assert.equal(p.fixed, 2);
    assert.deepEqual(p.edits, findings.filter((f) => f.fix).map((f) => f.fix));
    assert.equal(applyFixes(REQUEST, p.edits).text, p.text);
    assert.deepEqual(findingsOf(p.text).filter((f) => f.fix), []);
  });

  it('nothing fixable: no edit, no pass', () => {
    const text = REQUEST.replace('特此报告！', '特此报告。').replace('妥否？请批示！', '妥否，请批示。');
    const p = planFixAll(text, findingsOf(text), findingsOf);
    assert.deepEqual([p.edits, p.fixed, p.passes, p.text === text], [[], 0, 0, true]);
  });

  it('overlapping fixes: the skipped one is applied by the next pass; the passes compose into one edit', () => {
    // Two rules that want to rewrite overlapping text: the second fix only applies after a re-lint.
    const text = 'xxaabbxx';
    const finding = (range: [number, number], replacement: string): Finding => ({
      ruleId: 'r', severity: 'warning', message: 'm', range, fix: { range, text: replacement }, suggestions: [],
    });
    const relint = (t: string): Finding[] => (t.includes('bb') ? [finding([t.indexOf('bb'), t.indexOf('bb') + 2], 'BB')] : []);
    const p = planFixAll(text, [finding([2, 5], 'AAb'), finding([4, 6], 'bb')], relint);
    assert.equal(p.passes, 2);
    assert.equal(p.text, 'xxAABBxx');
    assert.equal(p.fixed, 2);
    assert.deepEqual(p.edits, [{ range: [2, 6], text: 'AABB' }]);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes never converge`, () => {
    const grow = (t: string): Finding[] => [{ ruleId: 'r', severity: 'info', message: 'm', range: [t.length, t.length], fix: { range: [t.length, t.length], text: '。' }, suggestions: [] }];
    const p = planFixAll('甲', grow('甲'), grow);
    assert.equal(p.passes, MAX_FIX_PASSES);
    assert.equal(p.text, '甲' + '。'.repeat(MAX_FIX_PASSES));
  });

  it('planRuleFix applies only that rule\'s certain fixes', () => {
    const edits = planRuleFix(REQUEST, findingsOf(REQUEST), 'closing-punctuation');
    assert.deepEqual(edits.map((e) => e.text), ['特此报告。', '妥否，请批示。']);
    assert.deepEqual(planRuleFix(REQUEST, findingsOf(REQUEST), 'genre-doubled'), [], 'suggestions are never applied in bulk');
  });
});

describe('extension: minimalEdit', () => {
  const cases: Array<[string, string, Fix]> = [
    ['妥否？请批示！', '妥否，请批示。', { range: [2, 7], text: '，请批示。' }],
    ['abc', 'abc', { range: [3, 3], text: '' }],
    ['', '甲', { range: [0, 0], text: '甲' }],
    ['甲乙丙', '甲丙', { range: [1, 2], text: '' }],
    // A surrogate pair (𠮷) is never split.
    ['a𠮷b', 'a𠮹b', { range: [1, 3], text: '𠮹' }],
    // Nor is a CRLF.
    ['a\r\nb', 'a\nb', { range: [1, 3], text: '\n' }],
  ];
  for (const [before, after, expected] of cases) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
      const e = minimalEdit(before, after);
      assert.deepEqual(e, expected);
      assert.equal(applyFixes(before, [e]).text, after);
    });
  }
  it('always reproduces the target text (property)', () => {
    const alphabet = fc.constantFrom('甲', '乙', '\r', '\n', 'a', '𠮷', '。');
    const str = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(str, str, (a, b) => applyFixes(a, [minimalEdit(a, b)]).text === b));
  });
});

describe('extension: fix titles (describeFix)', () => {
  it('says what the fix does, from the catalogue', () => {
    assert.equal(describeFix('特此报告！', { range: [0, 5], text: '特此报告。' }), '改为“特此报告。”');
    assert.equal(describeFix('特此报告！', { range: [4, 5], text: '' }), '删除“！”');
    assert.equal(describeFix('特此报告', { range: [4, 4], text: '。' }), '插入“。”');
  });
  it('keeps long or multi-line texts short', () => {
    const title = describeFix('x', { range: [0, 1], text: '第一行\n' + '很'.repeat(40) });
    assert.ok(title.length <= 30, title);
    assert.ok(title.includes('第一行↵') && title.includes('…'), title);
  });
});

describe('extension: disable for this line', () => {
  it('appends a marker at the end of the finding\'s line, and the engine then skips that rule there only', () => {
    const f = findingsOf(REQUEST).find((x) => slice(REQUEST, x) === '妥否？请批示！')!;
    const edit = disableLineEdit(REQUEST, f.range[0], 'closing-punctuation');
    const fixed = applyFixes(REQUEST, [edit]).text;
    assert.ok(fixed.includes('妥否？请批示！ <!-- wenmi-disable-line closing-punctuation -->\n'));
    assert.deepEqual(findingsOf(fixed).map((x) => slice(fixed, x)), ['请示报告', '特此报告！']);
  });

  it('on the title: the marker does not change the title the parser reads (文种 still detected)', () => {
    const f = findingsOf(REQUEST).find((x) => x.ruleId === 'genre-doubled')!;
    const fixed = applyFixes(REQUEST, [disableLineEdit(REQUEST, f.range[0], 'genre-doubled')]).text;
    assert.ok(fixed.startsWith('关于增拨防汛经费的请示报告 <!-- wenmi-disable-line genre-doubled -->\n'));
    const r = lintText(fixed);
    assert.equal(r.doc.title?.text, '关于增拨防汛经费的请示报告');
    // Still detected from the title (…请示报告, whose closing asks for approval: a 请示).
    assert.equal(r.genre?.genre.id, '请示');
    assert.equal(r.genre?.source, 'title');
    assert.ok(!r.findings.some((x) => x.ruleId === 'genre-doubled'));
  });

  it('adds the rule to a marker already ending the line', () => {
    const text = '特此报告！ <!-- wenmi-disable-line genre-doubled -->\n下一行';
    const edit = disableLineEdit(text, 0, 'closing-punctuation');
    assert.equal(applyFixes(text, [edit]).text, '特此报告！ <!-- wenmi-disable-line genre-doubled closing-punctuation -->\n下一行');
  });

  it('keeps the style of a comma-separated marker', () => {
    const text = '特此报告！ <!-- wenmi-disable-line genre-doubled, title-redundant -->';
    assert.equal(applyFixes(text, [disableLineEdit(text, 0, 'closing-punctuation')]).text, '特此报告！ <!-- wenmi-disable-line genre-doubled, title-redundant, closing-punctuation -->');
    const file = '<!-- wenmi-disable-file a,b -->\n正文';
    assert.equal(applyFixes(file, [disableFileEdit(file, 'c')]).text, '<!-- wenmi-disable-file a,b, c -->\n正文');
  });

  it('replaces trailing spaces, keeps CRLF line breaks, works on the last line without a break', () => {
    assert.equal(applyFixes('甲！  \r\n乙', [disableLineEdit('甲！  \r\n乙', 1, 'x')]).text, '甲！ <!-- wenmi-disable-line x -->\r\n乙');
    assert.equal(applyFixes('甲\n乙！', [disableLineEdit('甲\n乙！', 3, 'x')]).text, '甲\n乙！ <!-- wenmi-disable-line x -->');
    assert.equal(applyFixes('\n', [disableLineEdit('\n', 0, 'x')]).text, '<!-- wenmi-disable-line x -->\n', 'an empty line gets no leading space');
  });
});

describe('extension: disable for this file', () => {
  it('inserts a marker line at the top, and the engine then skips the rule in the whole file', () => {
    const fixed = applyFixes(REQUEST, [disableFileEdit(REQUEST, 'closing-punctuation')]).text;
    assert.ok(fixed.startsWith('<!-- wenmi-disable-file closing-punctuation -->\n关于增拨防汛经费的请示报告\n'));
    const r = lintText(fixed);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['genre-doubled']);
    assert.equal(r.doc.title?.text, '关于增拨防汛经费的请示报告', 'the marker line is not taken for the title');
  });

  it('goes after the front matter, which must stay first', () => {
    const text = '---\n文种: 请示\n---\n' + REQUEST;
    const fm = lintText(text).doc.frontMatter!;
    const fixed = applyFixes(text, [disableFileEdit(text, 'closing-punctuation', fm.range[1])]).text;
    assert.ok(fixed.startsWith('---\n文种: 请示\n---\n<!-- wenmi-disable-file closing-punctuation -->\n关于'), fixed.slice(0, 80));
    assert.ok(lintText(fixed).doc.frontMatter, 'front matter still recognised');
    assert.ok(!lintText(fixed).findings.some((f) => f.ruleId === 'closing-punctuation'));
  });

  it('adds the rule to an existing file marker; uses the file\'s CRLF line breaks', () => {
    const text = '<!-- wenmi-disable-file genre-doubled -->\n正文';
    assert.equal(applyFixes(text, [disableFileEdit(text, 'x')]).text, '<!-- wenmi-disable-file genre-doubled x -->\n正文');
    assert.equal(applyFixes('甲\r\n乙', [disableFileEdit('甲\r\n乙', 'x')]).text, '<!-- wenmi-disable-file x -->\r\n甲\r\n乙');
  });
});

describe('extension: matching a diagnostic to its finding (findingFor)', () => {
  const findings = findingsOf(REQUEST);
  const [doubled, first, second] = findings;
  it('same rule and range', () => {
    assert.equal(findingFor(findings, 'closing-punctuation', second.range), second);
    assert.equal(findingFor(findings, 'genre-doubled', doubled.range), doubled);
  });
  it('falls back to an overlapping finding of the same rule (the diagnostic moved with an edit)', () => {
    assert.equal(findingFor(findings, 'closing-punctuation', [first.range[0] + 1, first.range[1] + 1]), first);
  });
  it('never another rule, never a distant finding', () => {
    assert.equal(findingFor(findings, 'closing-punctuation', doubled.range), undefined);
    assert.equal(findingFor(findings, 'no-such-rule', first.range), undefined);
    assert.equal(findingFor(findings, 'closing-punctuation', [0, 1]), undefined);
  });
});
