import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { hasHan, hitsByUnit, isAsciiAlnum, isCjk, isLatinLetter, isTransparent, onlyFlatPairs, punctContext, type PunctContext, assignNestingDepths, type Chars } from './context';

interface Token {
  at: number;
  ch: string;
  open: boolean;
  straight: boolean;
  /** Nesting depth once paired (0 = outermost); undefined while unpaired. */
  depth?: number;
}

export interface QuoteFix {
  at: number;
  found: string;
  /** Undefined for a lone straight quote that cannot be paired (reported without a fix). */
  fixed?: string;
  nested: boolean;
  /** A single quote at the outer level (‘十佳’ not inside “”): GB/T 15834 4.8 puts double quotes outside. */
  outerSingle?: boolean;
}

/** Degrees and minutes before the seconds of a longitude or latitude (113°51'25). */
const DMS_SECONDS = /[°º][ ]?[0-9]{1,3}(?:\.[0-9]+)?['′][ ]?[0-9]{1,2}(?:\.[0-9]+)?$/;

/** Every quotation mark to rewrite, by offset (shared with punct-no-dunhao-between-marks, which sees ”、“ after these fixes). */
export function findQuoteFixes(pc: PunctContext): QuoteFix[] {
  return pc.memo('punct-quotes', () => {
    const s = pc.chars;
    const out: QuoteFix[] = [];
    hitsByUnit(pc, pc.index().quotes, ([start, end], hits, from, to) => {
      if (onlyFlatPairs(s, hits, from, to, 0x201c /* “ */, 0x201d /* ” */)) return;
      const tokens: Token[] = [];
      const straightDouble: number[] = [];
      let singleOpen = -1;
      for (let h = from; h < to; h++) {
        const i = hits[h];
        const ch = s.charAt(i);
        const prev = i > start ? s.charCodeAt(i - 1) : -1;
        const next = i + 1 < end ? s.charCodeAt(i + 1) : -1;
        // 113°51'25": the seconds of an angle, not a quotation mark.
        if (ch === '"' && prev >= 0x30 && prev <= 0x39 && DMS_SECONDS.test(s.slice(Math.max(start, i - 20), i))) continue;
        if (ch === '"') straightDouble.push(i);
        else if (ch === "'") {
          // Straight single quotes are only taken as quotation marks around Chinese text: it's, don't stay.
          if (singleOpen < 0) {
            if (!isAsciiAlnum(prev)) singleOpen = i;
          } else if (!isLatinLetter(next) && hasHan(s.slice(singleOpen + 1, i))) {
            tokens.push({ at: singleOpen, ch: "'", open: true, straight: true }, { at: i, ch: "'", open: false, straight: true });
            singleOpen = -1;
          }
        } else if (ch === '’' && isLatinLetter(prev) && isLatinLetter(next)) continue; // apostrophe
        else tokens.push({ at: i, ch, open: ch === '“' || ch === '‘', straight: false });
      }
      // Straight double quotes pair up in order; a pair is converted when it sits in Chinese text.
      for (let k = 0; k < straightDouble.length; k += 2) {
        const a = straightDouble[k];
        const b = straightDouble[k + 1];
        if (b === undefined) {
          if (nearCjk(s, a, start, end)) out.push({ at: a, found: '"', nested: false });
          continue;
        }
        if (!hasHan(s.slice(a + 1, b)) && !nearCjk(s, a, start, end) && !nearCjk(s, b, start, end)) continue;
        tokens.push({ at: a, ch: '"', open: true, straight: true }, { at: b, ch: '"', open: false, straight: true });
      }
      if (straightDouble.length || tokens.some((x, k) => k > 0 && x.at < tokens[k - 1].at)) tokens.sort((x, y) => x.at - y.at);
      assignNestingDepths(tokens);
      for (const tok of tokens) {
        if (tok.depth === undefined) continue;
        const fixed = tok.depth % 2 === 0 ? (tok.open ? '“' : '”') : tok.open ? '‘' : '’';
        if (tok.ch === fixed) continue;
        // Straight quotes always; curly double quotes inside double quotes; single quotes outside are left alone.
        if (tok.straight || tok.ch === '“' || tok.ch === '”') out.push({ at: tok.at, found: tok.ch, fixed, nested: !tok.straight });
        // ‘十佳’ at the outer level: single quotes belong inside double ones (the corpus's published documents use
        // ‘’ only nested).
        else if ((tok.ch === '‘' || tok.ch === '’') && tok.depth % 2 === 0) out.push({ at: tok.at, found: tok.ch, fixed, nested: false, outerSingle: true });
      }
    });
    return out.sort((x, y) => x.at - y.at);
  });
}

export const punctQuotes: RuleDefinition = {
  meta: {
    id: 'punct-quotes',
    title: '引号形式与嵌套',
    description: '中文里的直引号"…"\'…\'应改为弯引号“…”‘…’；引号里面还要用引号时，外层用双引号，内层用单引号；单引号不单独用在外层。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.8（引号的形式与嵌套）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '直引号改为弯引号，嵌套引号改为单引号，外层单引号改为双引号' },
  },
  check(ctx) {
    for (const f of findQuoteFixes(punctContext(ctx.doc, ctx.window))) {
      if (f.fixed === undefined) ctx.report({ range: [f.at, f.at + 1], message: t('punct-quotes.lone') });
      else {
        ctx.report({
          range: [f.at, f.at + 1],
          message: t(f.outerSingle ? 'punct-quotes.outerSingle' : f.nested ? 'punct-quotes.nested' : 'punct-quotes.straight', { found: f.found, fixed: f.fixed }),
          fix: { range: [f.at, f.at + 1], text: f.fixed },
        });
      }
    }
  },
};

/** The nearest non-space neighbour of a straight quote is Chinese (or a Chinese mark). */
function nearCjk(s: Chars, i: number, start: number, end: number): boolean {
  let a = i - 1;
  while (a >= start && isTransparent(s.charCodeAt(a))) a--;
  let b = i + 1;
  while (b < end && isTransparent(s.charCodeAt(b))) b++;
  return (a >= start && isCjk(s.charCodeAt(a))) || (b < end && isCjk(s.charCodeAt(b)));
}
