/** 成文日期 in GB/T 9704—2012 7.3.5.4 form: Arabic digits, full year, no leading zeros — never VS Code's padded $CURRENT_MONTH. */
import { strict as assert } from 'node:assert';
import { builtinTemplates, fillTemplate, formatIssueDate, parseDateInput } from '../../../src/core/templates';
import { JAN_5, SAMPLE } from './helpers';

const GBT_9704_DATE = /^\d{4}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/;

describe('drafting: 成文日期', () => {
  it('2026-01-05 is 2026年1月5日, not 2026年01月05日', () => {
    assert.equal(formatIssueDate(new Date(2026, 0, 5)), '2026年1月5日');
    assert.equal(formatIssueDate(new Date(2026, 10, 22)), '2026年11月22日');
    assert.equal(formatIssueDate(new Date(2027, 11, 31)), '2027年12月31日');
  });

  it('no day of a whole year (a leap year included) is ever zero-padded', () => {
    for (const year of [2026, 2028]) {
      for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
        const s = formatIssueDate(d);
        assert.match(s, GBT_9704_DATE, s);
        assert.ok(!/年0|月0/.test(s), s);
      }
    }
  });

  it('reads --date input as a local date and refuses impossible ones', () => {
    assert.equal(formatIssueDate(parseDateInput('2026-01-05')!), '2026年1月5日');
    assert.equal(formatIssueDate(parseDateInput('2026-1-5')!), '2026年1月5日');
    assert.equal(formatIssueDate(parseDateInput('2026/01/05')!), '2026年1月5日');
    assert.equal(formatIssueDate(parseDateInput('2026年1月5日')!), '2026年1月5日');
    for (const bad of ['2026-02-30', '2026-13-01', '26-1-5', '2026-01', 'today', '']) assert.equal(parseDateInput(bad), undefined, bad);
  });

  it('every template writes today’s date unpadded, in the 成文日期 and the 印发日期 alike', () => {
    for (const tpl of builtinTemplates()) {
      for (const mode of ['plain', 'snippet'] as const) {
        const text = fillTemplate(tpl, SAMPLE, mode, JAN_5);
        assert.ok(!/\d{4}年0\d月|月0\d日/.test(text), `${tpl.id} (${mode}) pads a date`);
        assert.ok(!/CURRENT_(MONTH|DATE)/.test(text), `${tpl.id} (${mode}) uses VS Code's padded date variables`);
      }
      const text = fillTemplate(tpl, SAMPLE, 'plain', JAN_5);
      assert.ok(text.includes('2026年1月5日') || !/\{\{date\}\}/.test(JSON.stringify(tpl.body)), `${tpl.id} shows the date`);
    }
  });

  it('an explicit 成文日期 wins over today', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'request-approval')!;
    const text = fillTemplate(tpl, { ...SAMPLE, date: new Date(2025, 8, 9) }, 'plain', JAN_5);
    assert.match(text, /^2025年9月9日$/m);
    assert.match(text, /2025年9月9日印发/);
    assert.match(text, /〔2025〕/, 'the 发文字号 takes the year of the 成文日期');
  });
});
