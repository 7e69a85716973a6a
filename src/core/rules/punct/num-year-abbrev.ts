import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { docnoFormatCovers, punctContext } from './context';

/**
 * What only a calendar year takes after 年 (年底, 年度, 年初, 年3月, 年上半年…, and the dates of a 简历: 80年出生,
 * 02年参加工作), tested right after a two-digit number + 年. Durations stay: 工作24年, 24年来, 24年间, 24年后 (none of these is in the list).
 */
const YEAR_FOLLOW =
  /年(?:底|度|初|末|上半年|下半年|全年|第?[一二三四1-4１-４]季度|[0-9０-９]{1,2}月|[一二三四五六七八九十]{1,2}月(?![份]?[内间里])|春季|夏季|秋季|冬季|春节|工作要点|工作计划|工作总结|预算|决算|同期|出生|参加工作|入党|入伍|参军|毕业|入学)/y;
/**
 * 24年全市……, 15年全区完成……: at the head of a clause, a two-digit number + 年 + the writer's place (全市, 我县, 本区) opens
 * a year's figures. (A duration at a clause's head reads 24年来 or 工作24年.)
 */
const YEAR_SCOPE = /年(?:全[市区县省国镇乡州盟旗]|我[市区县省镇乡州盟旗局委厅]|本[市区县省])/y;
const CLAUSE_HEAD = /^$|[。；！？，：\n\u3000 ]$/;
/** The marks of a range of years: 2024—2026年, 1950～1980年. */
const RANGE_MARKS = new Set(Array.from('—–-－～~〜', (c) => c.charCodeAt(0)));
/** Before the number: a decimal, a range or a code (3.24年, 2023-24年, v24年), not a year. */
const NOT_BEFORE = /[.．\-—～~/:：A-Za-z]/;
/** Words before a number that make it a count, not a year: 第24年度, 近24年底 (nonsense), 共24年. */
const COUNT_BEFORE = /(?:第|近|共|满|达|约|逾|历时|长达|连续|超过)$/;
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 〇: '0', 零: '0', '○': '0' };

function halfDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The likely full years for a two-digit year, most likely first. */
function fullYears(yy: string): string[] {
  const n = Number(yy);
  return n <= 49 ? [`20${yy}`, `19${yy}`] : [`19${yy}`, `20${yy}`];
}

export const numYearAbbrev: RuleDefinition = {
  meta: {
    id: 'num-year-abbrev',
    title: '年份不简写',
    description: '年份应写全四位，“24年底”写作“2024年底”，“九〇年”写作“1990年”；引用发文字号时年份也写全（〔2024〕）。“工作24年”等表示时长的不在此列。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（年月日：年份不应简写，“1990年”不写为“90年”）；GB/T 9704—2012 7.2.5',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const { doc } = ctx;
    // The 成文日期, the 印发 line and the 版头 发文字号 have their own rules (date-issue-format, imprint-line, docno-format).
    const skip: Array<[number, number]> = [];
    if (doc.date) skip.push([doc.date.start, doc.date.end]);
    for (const c of doc.colophon) if (c.kind === 'imprint') skip.push([c.start, c.end]);
    for (const d of doc.header.docNos) skip.push([d.start, d.end]);
    const skipped = (i: number) => skip.some(([a, b]) => i >= a && i < b);
    const report = (start: number, end: number, written: string, years: string[], key: 'num-year-abbrev.found' | 'num-year-abbrev.docNo') => {
      ctx.report({
        range: [start, end],
        message: t(key, { found: written, fixed: years[0] }),
        suggestions: years.map((y) => ({ title: t('num-year-abbrev.suggest', { fixed: y }), fix: { range: [start, end], text: y } })),
      });
    };
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      const end = runs[k + 1];
      if (end - start !== 2 || s.charCodeAt(end) !== 0x5e74 /* 年 */) continue;
      YEAR_FOLLOW.lastIndex = end;
      // 自01年起, 从98年开始: a year that something starts from (自24年来 is a span: 来 is not in the list).
      const since = /[自从]$/.test(s.charAt(start - 1)) && /^年(?:起|开始|以来)/.test(s.slice(end, end + 3));
      // 2024—26年, 1950～80年: the second year of a range cut to two digits (the first says its century).
      const dash = s.charCodeAt(start - 1);
      if (k >= 2 && RANGE_MARKS.has(dash) && runs[k - 1] === start - 1 && runs[k - 1] - runs[k - 2] === 4) {
        const first = halfDigits(s.slice(runs[k - 2], runs[k - 1]));
        const second = first.slice(0, 2) + halfDigits(s.slice(start, end));
        if (/^(?:19|20)[0-9]{2}$/.test(first) && Number(second) > Number(first) && !skipped(start) && !ctx.isQuoted(start, end + 1)) {
          report(start, end, s.slice(start, end), [second], 'num-year-abbrev.found');
        }
        continue;
      }
      YEAR_SCOPE.lastIndex = end;
      // (关于24年城中村改造……: after 关于 a two-digit number + 年 names a year, unless a span follows: 关于24年来.)
      const opens = !since && ((CLAUSE_HEAD.test(s.charAt(start - 1)) && YEAR_SCOPE.test(pc.at(end, 8, 64))) ||
        (s.slice(Math.max(0, start - 2), start) === '关于' && !/^年(?:来|间|内|前|后|以来|之|的|多|左右)/.test(s.slice(end, end + 3))));
      if ((!since && !opens && !YEAR_FOLLOW.test(pc.at(end, 8, 64))) || NOT_BEFORE.test(s.charAt(start - 1))) continue;
      if (skipped(start) || ctx.isQuoted(start, end + 1)) continue;
      if (COUNT_BEFORE.test(s.slice(Math.max(0, start - 2), start))) continue;
      const written = s.slice(start, end);
      report(start, end, written, fullYears(halfDigits(written)), 'num-year-abbrev.found');
    }
    // 九〇年: from each 〇 (rare) followed by 年; 零八年, 〇五年: a zero, one numeral, 年.
    for (const z of pc.index().zeros) {
      const d2 = CN_DIGIT[s.charAt(z + 1)];
      if (d2 && d2 !== '0' && s.charCodeAt(z + 2) === 0x5e74 /* 年 */ && !/[〇零○一二三四五六七八九十百千万0-9０-９]/.test(s.charAt(z - 1))) {
        if (!skipped(z) && !ctx.isQuoted(z, z + 3)) report(z, z + 2, s.slice(z, z + 2), fullYears('0' + d2), 'num-year-abbrev.found');
        continue;
      }
      if (s.charCodeAt(z + 1) !== 0x5e74 /* 年 */ || s.charCodeAt(z + 2) === 0x4ee3 /* 代 */) continue;
      const start = z - 1;
      const d = CN_DIGIT[s.charAt(start)];
      if (!d || d === '0' || /[〇零一二三四五六七八九十]/.test(s.charAt(start - 1))) continue;
      if (skipped(start) || ctx.isQuoted(start, z + 2)) continue;
      report(start, z + 1, s.slice(start, z + 1), fullYears(d + '0'), 'num-year-abbrev.found');
    }
    for (const n of pc.docNumbers) {
      // docno-format reports a short year in the 发文字号 it checks.
      if (n.year.length !== 2 || ctx.isQuoted(n.start, n.end) || docnoFormatCovers(pc, ctx.config, n)) continue;
      const at = pc.masked.indexOf(n.year, n.open);
      report(at, at + 2, n.year, fullYears(halfDigits(n.year)), 'num-year-abbrev.docNo');
    }
  },
};
