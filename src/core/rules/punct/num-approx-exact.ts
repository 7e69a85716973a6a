import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

/** After a decimal of two places or more: its unit, then 余 or 多 (110.53万余元). */
const APPROX_AFTER = /^[万亿]?[余多]/;

export const numApproxExact: RuleDefinition = {
  meta: {
    id: 'num-approx-exact',
    title: '精确数不加概数词',
    description:
      '精确到两位小数以上的数值后面又加“余”“多”（“110.53万余元”），精确数与概数自相矛盾：写精确数就删去“余”“多”，写概数就取整（“110万余元”）。一位小数的“2.4万余人”是常见的概数写法，不在此列。',
    category: 'number',
    basis: '实务',
    scope: 'unit',
    source: '实务（精确数与概数不混用）；GB/T 15835—2011（概数的表示）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    for (let k = 0; k + 2 < runs.length; k += 2) {
      const b = runs[k + 1];
      const c = runs[k + 2];
      const d = runs[k + 3];
      const dot = s.charCodeAt(b);
      if (c !== b + 1 || (dot !== 0x2e && dot !== 0xff0e) || d - c < 2) continue;
      const m = APPROX_AFTER.exec(s.slice(d, d + 2));
      if (!m) continue;
      const a = runs[k];
      const end = d + m[0].length;
      if (ctx.isQuoted(a, end)) continue;
      const found = s.slice(a, end);
      const at = end - 1;
      ctx.report({
        range: [a, end],
        message: t('num-approx-exact.found', { found, approx: s.charAt(at) }),
        suggestions: [{ title: t('num-approx-exact.suggest', { approx: s.charAt(at) }), fix: { range: [at, end], text: '' } }],
      });
    }
  },
};
