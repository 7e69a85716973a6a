import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { digitsValue, punctContext } from './context';

/** The marks between the parts of a whole date in numbers: - · / (and the dot, read with its context below). */
const SEPARATORS = new Set(Array.from('-－·・/／.．', (c) => c.charCodeAt(0)));
/** What comes before a date in running text: 于|12.22|前, 截至|3.31, 在|5.1|之前. */
const BEFORE = /(?:于|在|至|到|截至|截止|截止到|定于|延至|推迟至|提前至)$/;
/** …and after it: a time limit or 日. */
const AFTER = /^(?:前|之前|以前|当天|当日|截止|后|之后|以后|上午|下午|中午|晚上|凌晨|早上|[0-9０-９]{1,2}(?:时|点|[:：])|起|开始|至|到|印发|发布|召开|举行|施行|《|[，,。；、）)]|$)/;

export const numDateDotted: RuleDefinition = {
  meta: {
    id: 'num-date-dotted',
    title: '正文日期写作“×月×日”',
    description:
      '正文中的日期写作“×年×月×日”，不用“12.22”“2024.4.5”“2024-07-01”“2024·07·01”这类全数字的写法（“请于12.22前报送”写作“请于12月22日前报送”）。只有月日的圆点写法，只在由“于”“在”“截至”等引出、后接“前”“当天”等时报告，小数不在此列。修改作为候选提供。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（公历年月日用阿拉伯数字，示例“1994年10月1日”；全数字式日期只用于表格、索引等并以“-”分隔，按 GB/T 7408）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    // 2024-07-01, 2024·07·01, 2024/7/1 in running text: a whole date in numbers, whatever stands around it (a year,
    // a month and a day with the same mark between them can be nothing else). The dotted form is read below.
    // (Quick rejects read pc.masked, a string: the soft spans it does not blank are ASCII, and every test below is
    // made again on s.)
    const masked = pc.masked;
    for (let k = 0; k + 4 < runs.length; k += 2) {
      const y0 = runs[k];
      const y1 = runs[k + 1];
      if (y1 - y0 !== 4 || runs[k + 2] !== y1 + 1 || !SEPARATORS.has(masked.charCodeAt(y1))) continue;
      const m0 = runs[k + 2];
      const m1 = runs[k + 3];
      const d0 = runs[k + 4];
      const d1 = runs[k + 5];
      const sep = s.charCodeAt(y1);
      if (y1 - y0 !== 4 || m0 !== y1 + 1 || d0 !== m1 + 1 || s.charCodeAt(m1) !== sep || !SEPARATORS.has(sep) || sep === 0x2e || sep === 0xff0e) continue;
      if (m1 - m0 > 2 || d1 - d0 > 2 || /[0-9０-９A-Za-z\-/.·]/.test(s.charAt(y0 - 1)) || /[0-9０-９\-/.·:]/.test(s.charAt(d1))) continue;
      const year = digitsValue(s, y0, y1);
      const month = digitsValue(s, m0, m1);
      const day = digitsValue(s, d0, d1);
      if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31 || ctx.isQuoted(y0, d1)) continue;
      const fixed = `${year}年${month}月${day}日`;
      ctx.report({
        range: [y0, d1],
        message: t('num-date-dotted.found', { found: s.slice(y0, d1), fixed }),
        suggestions: [{ title: t('num-date-dotted.suggest', { fixed }), fix: { range: [y0, d1], text: fixed } }],
      });
    }
    for (let k = 0; k + 2 < runs.length; k += 2) {
      const b = runs[k + 1];
      const c = runs[k + 2];
      if (c !== b + 1) continue;
      const a = runs[k];
      const d = runs[k + 3];
      const dot = s.charCodeAt(b);
      if (c !== b + 1 || (dot !== 0x2e && dot !== 0xff0e) || b - a > 2 || d - c > 2) continue;
      const month = digitsValue(s, a, b);
      const day = digitsValue(s, c, d);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      // 2024.4.5: the year before it makes it a whole date.
      let from = a;
      let year = '';
      const prev = s.charCodeAt(a - 1);
      if ((prev === 0x2e || prev === 0xff0e) && k >= 2 && runs[k - 1] === a - 1 && runs[k - 1] - runs[k - 2] === 4) {
        from = runs[k - 2];
        year = String(digitsValue(s, from, a - 1));
        if (!/^(?:19|20)[0-9]{2}$/.test(year)) continue;
      }
      // 3.5.2 (a section number), 1.2.3.4: not a date.
      const before = s.charCodeAt(from - 1);
      if (before === 0x2e || before === 0xff0e || (before >= 48 && before <= 57) || s.charCodeAt(d) === 0x2e || s.charCodeAt(d) === 0xff0e) continue;
      // A month and a day need both sides to be read as a date; with its year, either side will do.
      const before2 = BEFORE.test(s.slice(Math.max(0, from - 4), from));
      const after2 = AFTER.test(s.slice(d, d + 3));
      if (year ? !before2 && !after2 : !before2 || !after2) continue;
      if (ctx.isQuoted(from, d)) continue;
      const found = s.slice(from, d);
      const fixed = `${year ? `${year}年` : ''}${month}月${day}日`;
      ctx.report({
        range: [from, d],
        message: t('num-date-dotted.found', { found, fixed }),
        suggestions: [{ title: t('num-date-dotted.suggest', { fixed }), fix: { range: [from, d], text: fixed } }],
      });
    }
  },
};
