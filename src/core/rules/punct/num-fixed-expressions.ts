import { t } from '../../messages';
import { chineseNumeral, toChineseNumeral } from '../../parse/patterns';
import type { RuleDefinition } from '../types';
import { punctContext, type PunctContext } from './context';

const CN_DIGITS = '〇一二三四五六七八九';

/** Set phrases whose numbers are morphemes (GB/T 15835 examples and the political set phrases of 公文). */
const PHRASES: ReadonlyArray<[string, string]> = [
  ['7上8下', '七上八下'], ['3令5申', '三令五申'], ['1把手', '一把手'], ['4书5经', '四书五经'], ['第1书记', '第一书记'],
  ['5四运动', '五四运动'], ['1带1路', '一带一路'], ['3个代表', '三个代表'], ['4个意识', '四个意识'], ['4个自信', '四个自信'],
  ['4个全面', '四个全面'], ['2个维护', '两个维护'], ['2个确立', '两个确立'], ['2个一百年', '两个一百年'], ['3严3实', '三严三实'],
  ['5位1体', '五位一体'], ['1国2制', '一国两制'], ['3重1大', '三重一大'], ['2学1做', '两学一做'], ['8项规定', '八项规定'],
  ['第3世界', '第三世界'], ['8国联军', '八国联军'], ['25000里长征', '二万五千里长征'], ['93学社', '九三学社'],
  ['翻1番', '翻一番'], ['翻2番', '翻两番'], ['翻3番', '翻三番'],
];

function half(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 19 / 十9 / 1十9 → 19; undefined for anything else. */
function mixedNumber(s: string): number | undefined {
  const h = half(s);
  if (/^[0-9]+$/.test(h)) return Number(h);
  if (!/^[0-9一二三四五六七八九十]+$/.test(h)) return undefined;
  return chineseNumeral(h.replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]));
}

/** The phrases after their first digit: 7(上8下), 3(令5申) …; digits match either width. */
const PHRASE_TAIL = new RegExp(
  PHRASES.filter(([w]) => /^[0-9][^0-9]/.test(w))
    .map(([w]) => w.slice(1).replace(/[0-9]/g, (d) => `[${d}${String.fromCharCode(0xff10 + Number(d))}]`))
    .join('|'),
  'y',
);
const FIVE_YEAR_TAIL = /五(?=规划|时期|期间|计划|”|’)/y;
const PLENUM_TAIL = /届[0-9０-９一二三四五六七八九]中全会/y;
const PLENUM_AFTER = /中全会/y;
/** The phrases that open with a number of several digits (25000里长征): the number → the words after it. */
const LONG_PHRASES = new Map(PHRASES.filter(([w]) => /^[0-9]{2,}/.test(w)).map(([w]) => [/^[0-9]+/.exec(w)![0], w.replace(/^[0-9]+/, '')]));
/** The phrases that open with one character before their digit (第1书记, 第3世界, 翻2番): that character, and the words after the digit. */
const PREFIXED = PHRASES.filter(([w]) => /^[^0-9][0-9]/.test(w));
const PREFIX_CHARS = new Set(PREFIXED.map(([w]) => w.charCodeAt(0)));
const ORDINAL_TAIL = new RegExp(`(?:${[...new Set(PREFIXED.map(([w]) => w.slice(2)))].join('|')})`, 'y');
/** 11届全国人大1次会议, 12届市人大常委会第3次会议: the 届 and 次 of a congress or a committee session. */
const SESSION_TAIL = /届(?:[\u4e00-\u9fff]{0,6}?)(?:人大|人民代表大会|政协|委员会|党代会|代表大会)(?:常委会|常务委员会)?第?[0-9０-９一二三四五六七八九十]{1,3}次(?:全体)?会议/y;
const NUMERAL = /[0-9０-９一二三四五六七八九十]/;
/** The characters that can follow the digits of a finding (上 of 7上8下, 五 of 14五, 大, 届, 书 …). */
const AFTER_DIGIT = new Set<number>([
  ...PHRASES.filter(([w]) => /^[0-9]/.test(w)).map(([w]) => w.replace(/^[0-9]+/, '').charCodeAt(0)),
  ...Array.from('五大届书', (c) => c.charCodeAt(0)),
]);
/** …or precede them (第1书记, 星期5, 届4中全会, 十3届). */
const AROUND_DIGIT = new Set<number>([...Array.from('第期届十', (c) => c.charCodeAt(0)), ...PHRASES.filter(([w]) => /^[^0-9][0-9]/.test(w)).map(([w]) => w.charCodeAt(0))]);

export interface FixedExpression {
  start: number;
  end: number;
  found: string;
  fixed: string;
}

function toChinese(found: string): string | undefined {
  const h = half(found);
  const phrase = PHRASES.find(([w]) => w === h);
  if (phrase) return phrase[1];
  let m = /^(十?[0-9]{1,2}|十[0-9])五$/.exec(h);
  if (m) {
    const n = mixedNumber(m[1]);
    return n && n >= 6 && n <= 20 ? toChineseNumeral(n) + '五' : undefined;
  }
  m = /^([0-9]{1,2})大$/.exec(h);
  if (m) return toChineseNumeral(Number(m[1])) + '大';
  m = /^([0-9一二三四五六七八九十]{1,3})届([0-9一二三四五六七八九])中全会$/.exec(h);
  if (m) {
    const a = mixedNumber(m[1]);
    const b = mixedNumber(m[2]);
    return a && b ? `${toChineseNumeral(a)}届${toChineseNumeral(b)}中全会` : undefined;
  }
  m = /^([0-9一二三四五六七八九十]{1,3})(届.*?第?)([0-9一二三四五六七八九十]{1,3})(次(?:全体)?会议)$/.exec(h);
  if (m) {
    const a = mixedNumber(m[1]);
    const b = mixedNumber(m[3]);
    return a && b ? `${toChineseNumeral(a)}${m[2]}${toChineseNumeral(b)}${m[4]}` : undefined;
  }
  m = /^十([0-9])届$/.exec(h);
  if (m) return `十${CN_DIGITS[Number(m[1])]}届`;
  m = /^星期([1-6])$/.exec(h);
  if (m) return '星期' + CN_DIGITS[Number(m[1])];
  return undefined;
}

export function findFixedExpressions(pc: PunctContext): FixedExpression[] {
  return pc.memo('num-fixed-expressions', () => {
    const s = pc.chars;
    const out: FixedExpression[] = [];
    if (!pc.index().digitRuns.length) return out;
    const push = (start: number, end: number) => {
      // 19届4中全会 is found from both of its digit runs.
      if (out.length && start < out[out.length - 1].end) return;
      const found = s.slice(start, end);
      const fixed = toChinese(found);
      if (fixed && fixed !== found) out.push({ start, end, found, fixed });
    };
    const at = (re: RegExp, i: number) => {
      re.lastIndex = i;
      return re.test(pc.at(i, 8, 64)) ? re.lastIndex : -1;
    };
    // Every finding holds an Arabic digit: look around each digit run.
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      const end = runs[k + 1];
      const next = s.charCodeAt(end);
      const prevCode = s.charCodeAt(start - 1);
      // Most digit runs are plain counts: only a few characters around one can start a finding.
      if (!AFTER_DIGIT.has(next) && !AROUND_DIGIT.has(prevCode)) continue;
      const before = s.charAt(start - 1);
      const len = end - start;
      let e: number;
      const long = len > 1 ? LONG_PHRASES.get(half(s.slice(start, end))) : undefined;
      if (long && s.startsWith(long, end)) push(start, end + long.length);
      else if (len === 1 && (e = at(PHRASE_TAIL, end)) > 0) push(before === '第' && s.charAt(end) === '书' ? start - 1 : start, e);
      else if (len === 1 && PREFIX_CHARS.has(prevCode) && (e = at(ORDINAL_TAIL, end)) > 0 && PHRASES.some(([w]) => w === before + half(s.slice(start, e)))) push(start - 1, e);
      else if (len === 1 && s.slice(start - 2, start) === '星期' && /[1-6１-６]/.test(s.charAt(start))) push(start - 2, end);
      else if (len <= 2 && (e = at(FIVE_YEAR_TAIL, end)) > 0) {
        // 14五, 十4五 (十 before the digit), not 2014五.
        const from = before === '十' ? start - 1 : start;
        if (!NUMERAL.test(s.charAt(from - 1))) push(from, e);
      } else if (len <= 2 && s.charAt(end) === '大' && /^(?:党的|中共)$/.test(s.slice(start - 2, start))) push(start, end + 1);
      else if ((e = at(PLENUM_TAIL, end)) > 0 || (before === '届' && len === 1 && (e = at(PLENUM_AFTER, end)) > 0)) {
        // 19届4中全会 / 十九届4中全会: the number before 届 runs back over numerals.
        let from = before === '届' ? start - 1 : start;
        let n = 0;
        while (from > 0 && n < 3 && NUMERAL.test(s.charAt(from - 1))) {
          from--;
          n++;
        }
        if (before !== '届' || n > 0) push(before === '届' ? from : Math.min(from, start), e);
      } else if (len <= 2 && s.charAt(end) === '届' && !NUMERAL.test(before) && !/[0-9０-９.．]/.test(before) && (e = at(SESSION_TAIL, end)) > 0) {
        push(start, e); // 11届全国人大1次会议
      } else if (len === 1 && before === '十' && s.charAt(end) === '届' && !NUMERAL.test(s.charAt(start - 2))) {
        push(start - 1, end + 1); // 十3届
      }
    }
    return out;
  });
}

export const numFixedExpressions: RuleDefinition = {
  meta: {
    id: 'num-fixed-expressions',
    title: '定型词语中的数字用汉字',
    description: '定型的词语、惯用语、缩略语中的数字用汉字，如“七上八下”“一把手”“‘十四五’规划”“党的二十大”“十九届四中全会”“星期五”。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（定型的词语、惯用语、缩略语中作为语素的数字用汉字数字）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '固定用法中的数字改为汉字（“十四五”“二万五千里长征”“翻两番”）', han: '〇一二三四五六七八九十百千万两' },
  },
  check(ctx) {
    for (const f of findFixedExpressions(punctContext(ctx.doc, ctx.window))) {
      ctx.report({
        range: [f.start, f.end],
        message: t('num-fixed-expressions.found', { found: f.found, fixed: f.fixed }),
        fix: { range: [f.start, f.end], text: f.fixed },
      });
    }
  },
};
