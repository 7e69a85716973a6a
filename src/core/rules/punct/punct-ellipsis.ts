import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { isCjk, isDigit, isStrongCjk, isTransparent, punctContext } from './context';

/** Runs that stand for an ellipsis: ... / 。。。 / ．．． / ··· / a single or odd … / ⋯ / 、、、 */
const RUNS = /\.{3,}|。{3,}|．{3,}|[·・]{3,}|…+|⋯+|、{2,}/g;

export const punctEllipsis: RuleDefinition = {
  meta: {
    id: 'punct-ellipsis',
    title: '省略号六连点',
    description: '省略号的形式是六连点“……”，占两个字位置；不用“...”“。。。”、单个“…”或连续顿号代替。',
    category: 'punct',
    basis: 'GB/T 15834',
    source: 'GB/T 15834—2011 4.11（省略号）',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
  },
  check(ctx) {
    const s = punctContext(ctx.doc).masked;
    RUNS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUNS.exec(s))) {
      const found = m[0];
      const start = m.index;
      const end = start + found.length;
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

function inChinese(s: string, start: number, end: number): boolean {
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
