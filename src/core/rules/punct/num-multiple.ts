import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { clauseStart, punctContext } from './context';

/** What a multiple may be: a figure (2, 1.5, 两, 十), or an unnamed many (几, 好几, 数, 若干). */
const MULTIPLE = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百]+|好几|几|数|若干)';
/**
 * A decrease told in multiples, ending at 倍: 减少了一倍, 降低两倍, 缩短了一倍, 少了一倍, 比上月低一倍. A word of decrease
 * of two characters stands alone; a single 少/低/小/短/慢/轻 only with 了 after it, 要/还/更 before it (票价要低一倍多) or 比…… before it in the clause
 * (至少一倍, 不低于3倍 are no decrease).
 */
const DECREASE = new RegExp(
  `(?:(?:减少|降低|下降|缩小|缩短|缩减|减低|减小|压缩|降)了?|(?<![至多不最])(?:少|低|小|短|慢|轻)了|(?:要|还|更|却)(?:少|低|小|短|慢|轻))${MULTIPLE}倍$|比[^，。；！？\\n]{1,20}?(?<![至多不最])(?:少|低|小|短|慢|轻)${MULTIPLE}倍$`,
);
/** 增加了两倍, 增长3倍, 提高了一倍: an increase told in multiples (the multiple is how much was added). */
const INCREASE = new RegExp(`(?:增加|增长|提高|上升|扩大|翻)了?(${MULTIPLE})倍$`);
/** A figure with its unit: 300家, 50台, 1.2万吨 (the unit is the Han characters after it, up to three). */
const FIGURE = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)([万亿]?)([\u4e00-\u9fff]{0,3})/g;
/** A figure that tells when, not how much: 五年前, 2019年, 3月. */
const TIME_UNIT = /^(?:年|月|日|天|周|个月|小时|时)/;
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a figure in Arabic or Chinese numerals (up to the thousands), or NaN. */
export function figureValue(s: string): number {
  const half = s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^[0-9.]+$/.test(half)) return Number(half);
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else if (c === '十' || c === '百' || c === '千') {
      total += (digit || 1) * (c === '十' ? 10 : c === '百' ? 100 : 1000);
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

/**
 * From A to B in the clause (从50台……到200台, 由300家增加到600家, 从五年前的50台，到今年的200台): the two amounts,
 * when their units agree (figures that tell when, 五年前 or 2019年, are passed over).
 */
function fromTo(clause: string): { from: number; to: number } | undefined {
  const open = clause.search(/[从由]/);
  if (open < 0) return undefined;
  const arrive = clause.indexOf('到', open);
  if (arrive < 0) return undefined;
  let a: RegExpExecArray | undefined;
  let b: RegExpExecArray | undefined;
  for (const m of clause.slice(open).matchAll(FIGURE)) {
    if (TIME_UNIT.test(m[3]) || !Number.isFinite(figureValue(m[1]))) continue;
    const at = open + (m.index ?? 0);
    if (at < arrive && !a) a = m;
    else if (at > arrive && a) {
      b = m;
      break;
    }
  }
  if (!a || !b) return undefined;
  const unit = (x: RegExpExecArray) => x[3].slice(0, 1);
  if (a[2] !== b[2] || unit(a) !== unit(b)) return undefined;
  const scale = (x: RegExpExecArray) => figureValue(x[1]) * (x[2] === '万' ? 1e4 : x[2] === '亿' ? 1e8 : 1);
  return { from: scale(a), to: scale(b) };
}

export const numMultiple: RuleDefinition = {
  meta: {
    id: 'num-multiple',
    title: '倍数的用法',
    description:
      '倍数只用于表示增加，不用于减少：“减少了一倍”“降低两倍”“缩短了一倍”“比上月少一倍”，应改用分数或百分数（减少了一半、降低50%）。' +
      '表示增加时，“增加了N倍”不含原数，“增加到N倍”“是原来的N倍”含原数：从300家增加到600家是“增加了一倍”（或“增加到原来的2倍”），写成“增加了两倍”就多算了原数。',
    category: 'number',
    basis: '实务',
    scope: 'unit',
    source: '实务（倍数只用于增加；增加了与增加到的区别）：《出版物上数字用法》释义；https://blog.sina.com.cn/s/blog_68523ffa0102wsfd.html；https://88622.net/fwc/a/MzI0MDEyNTg1OA==/2653247387/1；http://0u5j96q.cn/e/20090828/4b8bceadc6ea9.shtml',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const text = pc.masked;
    // (Where 倍 stands comes from the punctuation index: no scan of its own.)
    for (const at of pc.positionsOf('倍')) {
      const head = clauseStart(text, at);
      const before = text.slice(Math.max(head, at - 24), at + 1);
      const down = DECREASE.exec(before);
      if (down) {
        const start = at + 1 - down[0].length;
        if (ctx.isQuoted(start, at + 1)) continue;
        ctx.report({ range: [start, at + 1], message: t('num-multiple.decrease', { found: down[0] }) });
        continue;
      }
      const up = INCREASE.exec(before);
      if (!up) continue;
      const n = figureValue(up[1]);
      if (!Number.isFinite(n) || n < 2) continue;
      const span = fromTo(text.slice(head, at + 1));
      if (!span || span.from <= 0 || Math.abs(span.to / span.from - n) > 1e-9) continue;
      const start = at + 1 - up[0].length;
      if (ctx.isQuoted(start, at + 1)) continue;
      ctx.report({
        range: [start, at + 1],
        message: t('num-multiple.increase', { found: up[0], times: String(n), added: String(n - 1) }),
      });
    }
  },
};
