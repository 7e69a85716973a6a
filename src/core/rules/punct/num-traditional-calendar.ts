import { t } from '../../messages';
import { toChineseNumeral } from '../../parse/patterns';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';
import calendar from './data/calendar.json';

/** The markers of a non-Gregorian date (data/calendar.json, schemas/calendar.schema.json). */
export interface CalendarData {
  title: string;
  source: string;
  lunarMarkers: string[];
  lunarMonths: string[];
  lunarFestivals: string[];
  heavenlyStems: string;
  earthlyBranches: string;
  reignTitles: string[];
}

const DATA = calendar as CalendarData;
const alt = (words: readonly string[]) => words.join('|');
/** 光绪|26年: a reign title right before the year's digits. */
const REIGN_BEFORE = new RegExp(`(?:${alt(DATA.reignTitles)})$`);
/** 农历|11月, 农历十一月|24日, 正月|15, 正月初|8, 大年|30, 己亥年|6月: a lunar date's marker (a 干支 year, its month in words, 初) before the digits. */
const LUNAR_BEFORE = new RegExp(
  `(?:(?:${alt(DATA.lunarMarkers)}|[${DATA.heavenlyStems}][${DATA.earthlyBranches}]年)(?:[一二三四五六七八九十]{1,2}月)?|(?:${alt(DATA.lunarMarkers)})?(?:${alt(DATA.lunarMonths)}))初?$`,
);
/** The last character of each reign title, and the first of each festival: what is tested before any slice or regex. */
const REIGN_LAST = new Set(DATA.reignTitles.map((r) => r.charCodeAt(r.length - 1)));
const FESTIVAL_FIRST = new Set(DATA.lunarFestivals.map((f) => f.charCodeAt(0)));
/** 8月15|中秋节: a lunar festival right after a month and day. */
const FESTIVAL_AFTER = new RegExp(`^(?:日|号)?(?:${alt(DATA.lunarFestivals)})`);
/** A month and day from the digits on: 11月24日, 8月, 15 (after 正月). */
const DATE_AT = /[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}(?:日|号)?)?|[0-9０-９]{1,2}(?:日|号)?/y;
/** What may stand between a reign year and its month: the Gregorian year in brackets (光绪26年（1900年）8月). */
const GREGORIAN_NOTE = /[（(][^（()）\n]{0,16}[）)]/y;
const MONTH_AT = /[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}(?:日|号)?|[初中下]旬?)?/y;

function value(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** 11月24日 → 十一月二十四日; a day up to ten is 初五 (正月初五); 26年 → 二十六年. */
function inWords(found: string, afterChu = false): string {
  return found.replace(/[0-9０-９]+(.?)/g, (m, unit: string, at: number) => {
    // 正月初|8: the 初 is written already.
    if (afterChu && at === 0) return toChineseNumeral(value(m.slice(0, m.length - unit.length))) + (unit === '日' || unit === '号' ? '' : unit);
    const words = toChineseNumeral(value(m.slice(0, m.length - unit.length)));
    if (unit === '月' || unit === '年') return words + unit;
    // A day: 初 up to ten, without 日 or 号 after it (正月初五); 十五, 二十四日 as they are.
    if (value(m.slice(0, m.length - unit.length)) <= 10) return `初${words}${unit === '日' || unit === '号' ? '' : unit}`;
    return words + unit;
  });
}

export const numTraditionalCalendar: RuleDefinition = {
  meta: {
    id: 'num-traditional-calendar',
    title: '非公历纪年用汉字数字',
    description:
      '农历月日（农历11月24日、正月15、8月15中秋节、干支纪年后的“己亥年6月9日”）和历史朝代纪年（光绪26年、嘉靖8年）是非公历纪年，用汉字数字：农历十一月二十四、正月十五、八月十五中秋节、光绪二十六年。' +
      '历史纪年之后的月日同样用汉字（光绪二十六年（1900年）八月）。民国纪年不在此列。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（非公历纪年：干支纪年、农历月日、历史朝代纪年用汉字数字）；GB/T 15835—1995 5.2.1、5.2.2',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    let reach = -1;
    const report = (start: number, end: number, kind: 'lunar' | 'reign') => {
      if (start < reach || ctx.isQuoted(start, end)) return;
      reach = end;
      const found = s.slice(start, end);
      const fixed = inWords(found, s.charCodeAt(start - 1) === 0x521d /* 初 */);
      ctx.report({
        range: [start, end],
        message: t(kind === 'lunar' ? 'num-traditional-calendar.lunar' : 'num-traditional-calendar.reign', { found, fixed }),
        suggestions: [{ title: t('num-traditional-calendar.suggest', { fixed }), fix: { range: [start, end], text: fixed } }],
      });
    };
    for (let k = 0; k < runs.length; k += 2) {
      const a = runs[k];
      const b = runs[k + 1];
      if (a < reach || b - a > 2) continue;
      // Most digit runs are Gregorian dates and counts: what stands right before or after the digits rules them out
      // without a slice of the text (this runs on every number of a document).
      // (Read on the string pc.masked first: the characters tested are never in a soft span, which holds ASCII only.)
      const prev = pc.masked.charCodeAt(a - 1);
      const next = pc.masked.charCodeAt(b);
      const reignYear = next === 0x5e74 /* 年 */ && REIGN_LAST.has(prev);
      const lunar = prev === 0x5386 /* 历 */ || prev === 0x6708 /* 月 */ || prev === 0x5e74 /* 年 */ || prev === 0x521d /* 初 */;
      if (!reignYear && !lunar && next !== 0x6708 /* 月 */) continue;
      const before = s.slice(Math.max(0, a - 8), a);
      // 光绪26年: a reign year, and the month that follows it (光绪26年（1900年）8月初).
      if (reignYear && REIGN_BEFORE.test(before)) {
        report(a, b + 1, 'reign');
        let at = b + 1;
        GREGORIAN_NOTE.lastIndex = at;
        if (GREGORIAN_NOTE.test(pc.at(at, 8, 64))) at = GREGORIAN_NOTE.lastIndex;
        MONTH_AT.lastIndex = at;
        const m = MONTH_AT.exec(pc.at(at, 8, 64));
        if (m) {
          const month = /^[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}(?:日|号)?)?/.exec(m[0])![0];
          report(at, at + month.length, 'reign');
        }
        continue;
      }
      // 农历11月24日, 正月15: a lunar date.
      if (lunar && LUNAR_BEFORE.test(before)) {
        DATE_AT.lastIndex = a;
        const m = DATE_AT.exec(pc.at(a, 8, 64));
        if (m) report(a, a + m[0].length, 'lunar');
        continue;
      }
      // 8月15中秋节: a month and day before a lunar festival (the day's next run, then a festival's first character).
      if (next === 0x6708 /* 月 */ && k + 2 < runs.length && runs[k + 2] === b + 1) {
        const dayEnd = runs[k + 3];
        const after = s.charCodeAt(dayEnd) === 0x65e5 /* 日 */ || s.charCodeAt(dayEnd) === 0x53f7 /* 号 */ ? dayEnd + 1 : dayEnd;
        if (!FESTIVAL_FIRST.has(s.charCodeAt(after))) continue;
        DATE_AT.lastIndex = a;
        const m = DATE_AT.exec(pc.at(a, 8, 64));
        if (m && /月[0-9０-９]/.test(m[0]) && FESTIVAL_AFTER.test(s.slice(a + m[0].length, a + m[0].length + 3))) report(a, a + m[0].length, 'lunar');
      }
    }
  },
};
