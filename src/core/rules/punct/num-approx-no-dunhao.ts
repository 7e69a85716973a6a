import { t } from '../../messages';
import { isInside } from '../../parse/quotes';
import type { RuleDefinition } from '../types';
import { toChineseNumeral } from '../../parse/patterns';
import { digitsValue, punctContext, type PunctContext } from './context';

/**
 * Two neighbouring numbers joined by 、 before a counting word — an approximate number (概数), written
 * 三四天. Not 缩略 (6、7月, 三、四季度, 一、二等奖, 三、四年级) and not 第三、四条.
 */
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const FIRST = codes('一两二三四五六七八2345678２３４５６７８');
const SECOND = codes('二三四五六七八九3456789３４５６７８９');
/** Before the first number: 第三、四条, 一、二、三 (a list), 十三、四 are not approximations. */
const NOT_BEFORE = codes('第0123456789０１２３４５６７８９一二三四五六七八九十百千万两.．、');
/** The counting word after the pair (月, 季度, 等奖, 年级 are 缩略 of named items, not counts). */
const COUNTED = /十|百|千|万|个|天|年(?![级度])|人|名|次|倍|岁|家|位|项(?!目)|件|遍|种|米|公里|里|斤|元|小时|分钟|周(?!年)|户|座|台|辆|本|篇|页|条|所(?![属在有])|处(?![理置长])|份(?![额子])|起(?![草])|场(?![所地])|张|套|间|株|棵|头|只|支/y;
/** After 一、二 only a magnitude makes a 概数 (一、二百米); 一、二次分配, 一、二等奖 name two items. */
const MAGNITUDE = codes('十百千万');
const VALUE: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '〇一二三四五六七八九';
const CN_NUMERAL = codes('〇零一二两三四五六七八九十百千');

export interface Approx {
  start: number;
  end: number;
  found: string;
  fixed: string;
  /** A 概数 with 几 (20几), not two numbers side by side. */
  ji?: boolean;
}

function value(ch: string): { n: number; arabic: boolean } {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return { n: c - 0xff10, arabic: true };
  if (c >= 48 && c <= 57) return { n: c - 48, arabic: true };
  return { n: VALUE[ch] ?? -1, arabic: false };
}

export function findApprox(pc: PunctContext): Approx[] {
  return pc.memo('num-approx-no-dunhao', () => {
    const s = pc.chars;
    const out: Approx[] = [];
    // Two neighbouring numbers joined by 、 before a counting word: 三、四天, 3、4个, 两、三次.
    for (const d of pc.index().dunhao) {
      // (Most 、 stand between words: two table look-ups rule them out first.)
      if (!FIRST.has(s.charCodeAt(d - 1)) || !SECOND.has(s.charCodeAt(d + 1))) continue;
      // 二十七、八岁: the pair after a 十 (not 第十三、四条, an ordinal list).
      let head = d - 1;
      if (s.charCodeAt(d - 2) === 0x5341 /* 十 */ && !/[0-9０-９]/.test(s.charAt(d - 1))) {
        head = d - 2;
        while (head > 0 && CN_NUMERAL.has(s.charCodeAt(head - 1))) head--;
        if (s.charCodeAt(head - 1) === 0x7b2c /* 第 */ || NOT_BEFORE.has(s.charCodeAt(head - 1))) continue;
      } else if (NOT_BEFORE.has(s.charCodeAt(d - 2))) continue;
      const x = s.charAt(d - 1);
      const y = s.charAt(d + 1);
      COUNTED.lastIndex = d + 2;
      if (!COUNTED.test(pc.at(d + 2, 8, 64))) continue;
      const a = value(x);
      const b = value(y);
      if (a.n === 1 && !MAGNITUDE.has(s.charCodeAt(d + 2))) continue;
      // Same script, neighbours (三四) or the set phrase 三五.
      if (a.arabic !== b.arabic || !(b.n === a.n + 1 || (a.n === 3 && b.n === 5))) continue;
      const start = head;
      const end = d + 2;
      // 三、四天内完成: a heading ordinal at the start of a line, not a number.
      if (pc.lineAt(start).contentStart === start) continue;
      if (isInside(pc.doc.quoted, start, end)) continue;
      const fixed = s.slice(head, d - 1) + (a.arabic ? CN[a.n] + CN[b.n] : x + y);
      out.push({ start, end, found: s.slice(start, end), fixed });
    }
    // 20几斤 (a 概数 with 几), 27~8岁 (two neighbouring numbers as a range): Chinese numerals, 二十几斤, 二十七八岁.
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      const end = runs[k + 1];
      if (end - start !== 2) continue;
      const next = s.charCodeAt(end);
      if (next !== 0x51e0 /* 几 */ && next !== 0x7e && next !== 0xff5e && next !== 0x301c) continue;
      if (/[0-9０-９.．]/.test(s.charAt(start - 1))) continue;
      const n = digitsValue(s, start, end);
      if (next === 0x51e0 /* 几 */ && n % 10 === 0 && n >= 10) {
        if (isInside(pc.doc.quoted, start, end + 1)) continue;
        out.push({ start, end: end + 1, found: s.slice(start, end + 1), fixed: `${toChineseNumeral(n)}几`, ji: true });
        continue;
      }
      if (next !== 0x7e && next !== 0xff5e && next !== 0x301c) continue;
      const second = value(s.charAt(end + 1));
      if (!second.arabic || /[0-9０-９]/.test(s.charAt(end + 2)) || second.n !== (n % 10) + 1) continue;
      COUNTED.lastIndex = end + 2;
      if (!COUNTED.test(pc.at(end + 2, 8, 64)) || isInside(pc.doc.quoted, start, end + 2)) continue;
      out.push({ start, end: end + 2, found: s.slice(start, end + 2), fixed: toChineseNumeral(n) + CN[second.n] });
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  });
}

export const numApproxNoDunhao: RuleDefinition = {
  meta: {
    id: 'num-approx-no-dunhao',
    title: '概数用汉字且不加顿号',
    description: '相邻两数连用表示概数时用汉字、中间不用顿号，如“三四天”“两三次”，不写“三、四天”“3、4天”。缩略形式（“6、7月”“一、二等奖”）不在此列。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（概数用汉字数字，两数之间不用顿号）；GB/T 15834—2011 4.5.3.4',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    for (const a of findApprox(punctContext(ctx.doc, ctx.window))) {
      ctx.report({
        range: [a.start, a.end],
        message: t(a.ji ? 'num-approx-no-dunhao.ji' : 'num-approx-no-dunhao.found', { found: a.found, fixed: a.fixed }),
        // 3、4号楼 are two buildings, 3、4天 an estimate: only the drafter can tell, so it is offered, not applied.
        suggestions: [{ title: t('num-approx-no-dunhao.suggest', { fixed: a.fixed }), fix: { range: [a.start, a.end], text: a.fixed } }],
      });
    }
  },
};
