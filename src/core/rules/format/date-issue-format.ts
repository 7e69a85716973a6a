import { t, type MessageKey } from '../../messages';
import type { RuleContext, RuleDefinition } from '../types';
import { ORG_SUFFIX } from '../../parse/patterns';
import { beforeArabicDates, canonicalDate, IMPRINT_DATE, parseDate, parseLooseDate, replaceFix, type ParsedDate } from './shared';

const MINOR = new Set<MessageKey>(['date-issue-format.fullWidth', 'date-issue-format.spaced', 'date-issue-format.badZero']);

type Which = 'issue' | 'imprint' | 'subtitle';
const WHAT: Record<Which, MessageKey> = { issue: 'date-issue-format.issue', imprint: 'date-issue-format.imprint', subtitle: 'date-issue-format.subtitle' };

/** The date that opens a 题注 (（2024年1月16日××会议通过）): a 决议's or 决定's 成文日期. */
const SUBTITLE_DATE = /^[（(]((?:[0-9０-９]{4}|[〇零○OoＯ0一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|[0-9]{4}[.．\-/][0-9]{1,2}[.．\-/][0-9]{1,2}(?![0-9]))/;

/** Whether the month and day can be a day of the calendar (2月29日 only in a leap year). */
function possible(d: ParsedDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const y = Number(d.year);
  const leap = d.year.length === 4 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  const days = [31, leap || d.year.length !== 4 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
  return d.day <= days;
}

function problemsOf(d: ParsedDate): MessageKey[] {
  const out: MessageKey[] = [];
  // 6月31日, 2月30日: no such day; whatever else is wrong, the date has to be looked up.
  if (!possible(d)) return ['date-issue-format.impossible'];
  // Before 2012-07-01 GB/T 9704—1999 wrote dates in Chinese numerals: only the mixed forms were wrong then.
  const old = beforeArabicDates(d);
  if (d.form === 'chinese' && !old) out.push('date-issue-format.chinese');
  if (d.form === 'mixed') out.push('date-issue-format.mixed');
  if (d.badZero) out.push('date-issue-format.badZero');
  if (d.form === 'separated') out.push('date-issue-format.separated');
  if (d.year.length !== 4) out.push('date-issue-format.yearShort');
  if (d.padded) out.push('date-issue-format.padded');
  if (d.form === 'arabic' && !d.hasDayMark) out.push('date-issue-format.noDay');
  if (d.fullWidth) out.push('date-issue-format.fullWidth');
  if (d.spaced) out.push('date-issue-format.spaced');
  return out;
}

function checkDate(ctx: RuleContext, start: number, raw: string, which: Which): void {
  const end = start + raw.replace(/[ \u3000]+$/, '').length;
  const found = ctx.text.slice(start, end);
  const d = parseDate(found);
  if (!d) {
    checkLoose(ctx, start, end, found, which);
    return;
  }
  const problems = problemsOf(d);
  if (!problems.length) return;
  const fixed = beforeArabicDates(d) || !possible(d) ? undefined : canonicalDate(d);
  const what = t(WHAT[which]);
  const list = problems.map((k) => t(k, { year: d.year })).join('，');
  ctx.report({
    range: [start, end],
    message: fixed
      ? t('date-issue-format.found', { what, found, problems: list, fixed })
      : t('date-issue-format.noFix', { what, found, problems: list }),
    fix: fixed ? replaceFix(ctx.text, start, end, fixed) : undefined,
    // Full-width digits or stray spaces alone are a warning; the forms GB/T 9704 rules out are errors.
    // Stray spaces alone (web copies) are a hint; full-width digits or 〇 typed as O/0 a warning; the forms
    // GB/T 9704 rules out are errors.
    severity: problems.every((k) => k === 'date-issue-format.spaced') ? 'info' : problems.every((k) => MINOR.has(k)) ? 'warning' : 'error',
  });
}

/** A partial or oddly separated date (二OO九年, 09•10•30, 11月20日): what is wrong, without a fix. */
function checkLoose(ctx: RuleContext, start: number, end: number, found: string, which: Which): void {
  const d = parseLooseDate(found);
  if (!d) return;
  const old = d.year.length === 4 && Number(d.year) < 2012;
  const problems: MessageKey[] = [];
  if (d.chineseYear && !old) problems.push('date-issue-format.chinese');
  if (d.badZero) problems.push('date-issue-format.badZero');
  if (d.year && d.year.length !== 4) problems.push('date-issue-format.yearShort');
  if (d.separated) problems.push('date-issue-format.separated');
  if (d.yuanYue) problems.push('date-issue-format.yuanYue');
  if (d.incomplete) problems.push('date-issue-format.incomplete');
  if (!problems.length) return;
  const what = t(WHAT[which]);
  ctx.report({
    range: [start, end],
    message: t('date-issue-format.noFix', { what, found, problems: problems.map((k) => t(k, { year: d.year })).join('，') }),
  });
}

export const dateIssueFormat: RuleDefinition = {
  meta: {
    id: 'date-issue-format',
    title: '成文日期、印发日期写法',
    description:
      '成文日期和印发日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位（如“2024年1月5日”）；“二〇二四年一月五日”“2024.1.5”“2024-01-05”“2024年01月05日”都不合规定。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.5.4、7.4.3；条例第九条（十二）（十七）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '成文日期、印发日期改为阿拉伯数字的规范写法（能确定时）', han: '〇零一二三四五六七八九十年月日' },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (doc.date) {
      checkDate(ctx, doc.date.start, doc.date.text, 'issue');
      // The 署名 goes above the date (GB/T 9704 7.3.5.1): a date with the issuer's name right under it is upside down.
      const under = doc.notes[0];
      // Only when that name ends the main part: a forwarded text after the date may open with its own issuers.
      // (A 附注 in brackets may follow the name: （联系人：……）.)
      const named = doc.notes.filter((n) => !/^[（(]/.test(n.text));
      if (!doc.signatures.length && named.length === 1 && named[0] === under && under.line <= doc.date.line + 2 && under.text.length <= 30 && ORG_SUFFIX.test(under.text) && !/[:：]|^(?:此件|发|送|抄)/.test(under.text)) {
        ctx.report({
          range: [doc.date.start, doc.date.end],
          message: t('date-issue-format.beforeSignature', { date: doc.date.text, signature: under.text }),
          severity: 'warning',
        });
      }
    }
    // （二〇二四年一月十六日……会议通过）: the 题注 of a 决议 or 决定 carries its 成文日期 (条例第九条（十二）).
    const sub = doc.subtitle ? SUBTITLE_DATE.exec(doc.subtitle.text) : null;
    if (sub) checkDate(ctx, doc.subtitle!.start + 1, sub[1], 'subtitle');
    for (const e of doc.colophon) {
      if (e.kind !== 'imprint') continue;
      const m = IMPRINT_DATE.exec(e.text);
      if (m) checkDate(ctx, e.start + m.index, m[0], 'imprint');
    }
  },
};
