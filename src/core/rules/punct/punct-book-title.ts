import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { hasHan, hitsByUnit, isAsciiAlnum, onlyFlatPairs, punctContext, type PunctContext, assignNestingDepths } from './context';

/** Angle brackets used as title marks: <中华人民共和国公务员法>. */
const ANGLE = /[<＜]([^<>＜＞\n]{1,100})[>＞]/y;

/** Each mark and the code of its partner, to recognise an empty pair. */
const PAIR_OF = new Map<string, number>(['《》', '〈〉', '<>', '＜＞'].flatMap((p) => [[p[0], p.charCodeAt(1)], [p[1], p.charCodeAt(0)]] as Array<[string, number]>));

interface Token {
  at: number;
  ch: string;
  open: boolean;
  depth?: number;
}

export interface MarkFix {
  at: number;
  found: string;
  fixed: string;
  key: 'punct-book-title.angle' | 'punct-book-title.singleOuter' | 'punct-book-title.nested';
  /** Nesting depth: 0 for an outer mark (《》), 1 for an inner one (〈〉). */
  depth: number;
}

/** Every title mark to rewrite, by offset (shared with punct-no-dunhao-between-marks, which sees 》、《 after these fixes). */
export function findBookTitleFixes(pc: PunctContext): MarkFix[] {
  return pc.memo('punct-book-title', () => {
    const s = pc.chars;
    const out: MarkFix[] = [];
    hitsByUnit(pc, pc.index().titles, ([, end], hits, from, to) => {
      if (onlyFlatPairs(s, hits, from, to, 0x300a /* 《 */, 0x300b /* 》 */)) return;
      const tokens: Token[] = [];
      for (let h = from; h < to; h++) {
        const i = hits[h];
        const ch = s.charAt(i);
        if (ch === '<' || ch === '＜') {
          ANGLE.lastIndex = i;
          const a = ANGLE.exec(pc.at(i, 0, 110));
          const inner = a?.[1] ?? '';
          const close = a ? i + a[0].length - 1 : -1;
          // Only a Chinese name between them, not a comparison (x < y) or markup.
          if (
            // (××, the placeholder drafters and textbooks write for a name, counts as a name.)
            a && close < end && (hasHan(inner) || /^[×○Ｘ]+$/.test(inner)) && !/^\s|\s$|[=;{}]/.test(inner) &&
            !isAsciiAlnum(s.charCodeAt(i - 1)) && !isAsciiAlnum(s.charCodeAt(close + 1))
          ) {
            tokens.push({ at: i, ch, open: true }, { at: close, ch: s.charAt(close), open: false });
          }
          continue;
        }
        if (ch === '>' || ch === '＞') continue; // taken with its "<", or not a title mark
        tokens.push({ at: i, ch, open: ch === '《' || ch === '〈' });
      }
      if (!tokens.length) return;
      if (tokens.some((x, k) => k > 0 && x.at < tokens[k - 1].at)) tokens.sort((x, y) => x.at - y.at);
      assignNestingDepths(tokens);
      for (const tok of tokens) {
        // An empty pair (书名号《》〈〉 named in running text) marks no title.
        if (tok.depth === undefined || (tok.open ? s.charCodeAt(tok.at + 1) : s.charCodeAt(tok.at - 1)) === PAIR_OF.get(tok.ch)) continue;
        const fixed = tok.depth % 2 === 0 ? (tok.open ? '《' : '》') : tok.open ? '〈' : '〉';
        if (tok.ch === fixed) continue;
        const key = tok.ch === '<' || tok.ch === '>' || tok.ch === '＜' || tok.ch === '＞'
          ? 'punct-book-title.angle'
          : tok.depth === 0 ? 'punct-book-title.singleOuter' : 'punct-book-title.nested';
        out.push({ at: tok.at, found: tok.ch, fixed, key, depth: tok.depth });
      }
    });
    return out;
  });
}

/** 中华人民共和国……法 / ……条例: the name of a national law or regulation. */
const LAW_NAME = /中华人民共和国[\u4e00-\u9fff]{2,24}?(?:法|条例)/y;
/** Names in 书名号 that are no title: an honorary title (《优秀共产党员》称号), a five-year plan's short name (《十四五》规划). */
const NOT_TITLES: ReadonlyArray<{ re: RegExp; key: 'punct-book-title.honour' | 'punct-book-title.period'; cue: string[] }> = [
  { re: /《([^《》]{2,30})》(?=(?:荣誉)?称号)/g, key: 'punct-book-title.honour', cue: ['》称号', '》荣誉称号'] },
  { re: /《((?:[一二三四五六七八九]|十[一二三四五六七八九]?)五)》(?=[^，。；《》\n]{0,12}?(?:规划|时期|期间|计划))/g, key: 'punct-book-title.period', cue: ['五》'] },
];

export const punctBookTitle: RuleDefinition = {
  meta: {
    id: 'punct-book-title',
    title: '书名号形式与嵌套',
    description: '书名号用《》，书名号里边还要用书名号时内层用〈〉；不用尖括号<>代替书名号，单书名号〈〉不作外层。书名号只标示书名、文件名等，不标示时期或代称（《十四五》规划应为“十四五”规划）。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.15（书名号的形式与嵌套）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '书名号的嵌套与配对' },
    hasSuggestions: true,
  },
  check(ctx) {
    // 书名号 around what is no title, which takes quotes instead: an honorary title (授予……《优秀共产党员》称号) or a
    // period's short name before the plan word (《十四五》规划; the whole title would be 《××市“十四五”规划》).
    const pc = punctContext(ctx.doc, ctx.window);
    const masked = pc.masked;
    for (const { re, key, cue } of NOT_TITLES) {
      // (Each cue holds a 》: looked for at the 》 the character index lists, not by a search of the text.)
      if (!cue.some((c) => pc.index().titles.some((i) => masked.charCodeAt(i) === 0x300b && masked.startsWith(c, i - c.indexOf('》'))))) continue;
      for (const m of pc.matches(re)) {
        const start = m.index ?? 0;
        const end = start + m[1].length + 2;
        ctx.report({
          range: [start, end],
          message: t(key, { found: masked.slice(start, end), name: m[1] }),
          suggestions: [{ title: t('punct-book-title.suggestQuotes', { name: m[1] }), fix: { range: [start, end], text: `“${m[1]}”` } }],
        });
      }
    }
    // 依据中华人民共和国水污染防治法: a law named without 书名号 (a law's own title on a line of its own is left alone).
    let after = -1;
    for (const p of pc.positionsOf('中')) {
      if (p < after || !masked.startsWith('中华人民共和国', p)) continue;
      after = p + 7;
      if (/[《〈<＜]/.test(pc.chars.charAt(p - 1))) continue;
      LAW_NAME.lastIndex = p;
      if (!LAW_NAME.test(masked)) continue;
      let end = LAW_NAME.lastIndex;
      // ……法实施条例 (细则、办法): the regulation that carries the law's name.
      const rules = /^实施(?:条例|细则|办法)/.exec(masked.slice(end, end + 4));
      if (rules) end += rules[0].length;
      // (……法律, ……法院, ……法规: the 法 goes on into another word, no law's name.)
      if (/[》〉>＞律规典院人官制治庭学]/.test(pc.chars.charAt(end)) || ctx.isQuoted(p, end)) continue;
      const line = ctx.doc.lines.find((l) => l.contentStart <= p && p < l.contentEnd);
      if (line && line.contentStart === p && line.contentEnd === end) continue;
      const name = masked.slice(p, end);
      ctx.report({
        range: [p, end],
        message: t('punct-book-title.lawName', { name }),
        suggestions: [{ title: t('punct-book-title.suggestBook', { name }), fix: { range: [p, end], text: `《${name}》` } }],
      });
    }
    for (const f of findBookTitleFixes(punctContext(ctx.doc, ctx.window))) {
      // <> inside 《》 stands where 〈〉 belongs: the ASCII look-alike web pages print for it, a hint only.
      const lookalike = f.key === 'punct-book-title.angle' && f.depth > 0;
      ctx.report({ range: [f.at, f.at + 1], message: t(f.key, { found: f.found, fixed: f.fixed }), fix: { range: [f.at, f.at + 1], text: f.fixed }, severity: lookalike ? 'info' : undefined });
    }
  },
};
