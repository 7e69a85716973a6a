import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { hitsByUnit, isLatinLetter, punctContext } from './context';

/** Opening mark → closing mark, by char code: （） “” ‘’ 《》 〈〉 〔〕. */
const CLOSE_OF = new Map<number, number>(['（）', '“”', '‘’', '《》', '〈〉', '〔〕'].map((p) => [p.charCodeAt(0), p.charCodeAt(1)]));
const OPEN_OF = new Map<number, number>([...CLOSE_OF].map(([o, c]) => [c, o]));
const HALF_OPEN = 40; // (
const HALF_CLOSE = 41; // )
const FULL_OPEN = 0xff08; // （
const FULL_CLOSE = 0xff09; // ）
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’

export const punctPaired: RuleDefinition = {
  meta: {
    id: 'punct-paired',
    title: '成对标号闭合',
    description: '同一段落内的括号（）、引号“”‘’、书名号《》〈〉和六角括号〔〕必须成对出现、正确嵌套。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.8（引号）、4.9（括号）、4.15（书名号）：标在相应项目的两端',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const report = (at: number, key: 'punct-paired.unclosed' | 'punct-paired.unopened', mark: number, pair: number) =>
      ctx.report({ range: [at, at + 1], message: t(key, { mark: String.fromCharCode(mark), pair: String.fromCharCode(pair) }) });
    // The open marks of a unit as parallel stacks: code and offset. A half-width "(" may be closed by "）" and
    // "）" may close a "(" (punct-halfwidth-in-cjk reports their form); a "(" is never reported here.
    const codes: number[] = [];
    const offsets: number[] = [];
    let top = 0;
    const unclosed = (j: number) => {
      if (codes[j] !== HALF_OPEN) report(offsets[j], 'punct-paired.unclosed', codes[j], CLOSE_OF.get(codes[j])!);
    };
    const hasOpenSingle = () => {
      for (let j = 0; j < top; j++) if (codes[j] === LEFT_SINGLE) return true;
      return false;
    };
    hitsByUnit(pc, pc.index().paired, (_unit, hits, from, to) => {
      top = 0;
      for (let h = from; h < to; h++) {
        const i = hits[h];
        const c = s.charCodeAt(i);
        if (c === HALF_OPEN || CLOSE_OF.has(c)) {
          codes[top] = c;
          offsets[top++] = i;
          continue;
        }
        // ’ inside or after an English word is an apostrophe (don’t, teachers’).
        if (c === RIGHT_SINGLE && isLatinLetter(s.charCodeAt(i - 1)) && (isLatinLetter(s.charCodeAt(i + 1)) || !hasOpenSingle())) continue;
        const wanted = c === HALF_CLOSE ? FULL_OPEN : OPEN_OF.get(c)!;
        const halfOk = c === HALF_CLOSE || c === FULL_CLOSE;
        let k = top - 1;
        while (k >= 0 && !(codes[k] === wanted || (halfOk && codes[k] === HALF_OPEN))) k--;
        if (k < 0) {
          if (c !== HALF_CLOSE) report(i, 'punct-paired.unopened', c, OPEN_OF.get(c)!);
          continue;
        }
        // Marks opened inside the pair and never closed (crossing: 《…“…》…”).
        for (let j = top - 1; j > k; j--) unclosed(j);
        top = k;
      }
      for (let j = 0; j < top; j++) unclosed(j);
    });
  },
};
