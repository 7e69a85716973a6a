import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import type { OffsetRange } from '../../types';
import { isCjk, isDigit, isStrongCjk, isTransparent, punctContext, type Chars } from './context';

/**
 * Runs of one character from the sorted offsets of that kind of character: ... (3+), 、、 (2+), … and ⋯
 * (any), ．．． ··· ・・・ (3+), pushed as [start, end).
 */
function collectRuns(s: Chars, offsets: readonly number[], code: number, min: number, out: OffsetRange[]): void {
  for (let k = 0; k < offsets.length; k++) {
    const start = offsets[k];
    if (s.charCodeAt(start) !== code) continue;
    let end = start + 1;
    while (k + 1 < offsets.length && offsets[k + 1] === end && s.charCodeAt(end) === code) {
      end++;
      k++;
    }
    if (end - start >= min) out.push([start, end]);
  }
}

export const punctEllipsis: RuleDefinition = {
  meta: {
    id: 'punct-ellipsis',
    title: '省略号六连点',
    description: '省略号的形式是六连点“……”，占两个字位置；不用“...”“。。。”、单个“…”或连续顿号代替；省略号后不再用“等”“等等”。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.11（省略号）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '省略号改为“……”' },
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const { ascii, dunhao, dots } = pc.index();
    // Candidate runs from the character index (dots, 、, …⋯．·・) and from 。。 (rare, so indexOf is quick).
    const candidates: OffsetRange[] = [];
    collectRuns(s, ascii, 46 /* . */, 3, candidates);
    collectRuns(s, dunhao, 0x3001 /* 、 */, 2, candidates);
    for (const c of [0x2026, 0x22ef, 0xff0e, 0x00b7, 0x30fb]) collectRuns(s, dots, c, c === 0x2026 || c === 0x22ef ? 1 : 3, candidates);
    // (From the index's doubled marks: 。 followed by 。.)
    let after = -1;
    for (const at of pc.index().repeats) {
      if (at < after || s.charCodeAt(at) !== 0x3002) continue;
      let end = at;
      while (s.charCodeAt(end) === 0x3002) end++;
      if (end - at >= 3) candidates.push([at, end]);
      after = end;
    }
    candidates.sort((a, b) => a[0] - b[0]);
    // 燃气、电力、供水……等: the ellipsis already says the list goes on; 等 says it twice (GB/T 15834 4.11).
    let next = -1;
    for (const p of pc.positionsOf('等')) {
      const at = p - 2;
      if (at < pc.from || at < next || !s.startsWith('……等', at)) continue;
      next = at + 3;
      const end = s.startsWith('等等', at + 2) ? at + 4 : at + 3;
      if (ctx.isQuoted(at, end)) continue;
      ctx.report({
        range: [at, end],
        message: t('punct-ellipsis.withDeng', { found: s.slice(at, end) }),
        suggestions: [
          { title: t('punct-ellipsis.dropDeng', { deng: s.slice(at + 2, end) }), fix: { range: [at + 2, end], text: '' } },
          { title: t('punct-ellipsis.dropEllipsis'), fix: { range: [at, at + 2], text: '' } },
        ],
      });
    }
    for (const [start, end] of candidates) {
      const found = s.slice(start, end);
      const ch = found[0];
      let fixed: string | undefined = '……';
      if (ch === '…') {
        // …… and ………… (a whole paragraph left out) are right; an odd run is not.
        if (found.length % 2 === 0) continue;
        if (found.length > 3) fixed = undefined;
      } else if (ch === '⋯') {
        if (found.length > 2) fixed = found.length === 4 ? '…………' : undefined;
      } else if (ch === '.') {
        // Dots in English text or between numbers (1...10) are not a Chinese ellipsis.
        if (!inChinese(s, start, end)) continue;
      } else if (ch === '、' && found.length === 2) {
        // 、、 is as likely a doubled 顿号 as an ellipsis: offer both.
        ctx.report({
          range: [start, end],
          message: t('punct-ellipsis.doubledDunhao'),
          suggestions: [
            { title: t('punct-ellipsis.suggest', { fixed: '……' }), fix: { range: [start, end], text: '……' } },
            { title: t('punct-ellipsis.suggest', { fixed: '、' }), fix: { range: [start, end], text: '、' } },
          ],
        });
        continue;
      }
      ctx.report({
        range: [start, end],
        message: t('punct-ellipsis.found', { found }),
        fix: fixed === undefined ? undefined : { range: [start, end], text: fixed },
      });
    }
  },
};

function inChinese(s: Chars, start: number, end: number): boolean {
  const prev = start > 0 ? s.charCodeAt(start - 1) : -1;
  const next = end < s.length ? s.charCodeAt(end) : -1;
  if (isDigit(prev) && isDigit(next)) return false;
  let a = start - 1;
  while (a >= 0 && isTransparent(s.charCodeAt(a))) a--;
  let b = end;
  while (b < s.length && isTransparent(s.charCodeAt(b))) b++;
  const lc = a >= 0 ? s.charCodeAt(a) : -1;
  const rc = b < s.length ? s.charCodeAt(b) : -1;
  return isStrongCjk(lc) || isStrongCjk(rc) || (isCjk(lc) && (rc === -1 || rc === 10 || rc === 13));
}
