import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

/** Before the decimal point of .5: nothing that makes it part of a number, a name or a path (1..5, a.5, v.2, ./5). */
const NOT_BEFORE = /[0-9０-９A-Za-z._\-/\\%\u0000]/;
const NOT_AFTER = /[0-9.A-Za-z]/;

export const numLeadingZeroDecimal: RuleDefinition = {
  meta: {
    id: 'num-leading-zero-decimal',
    title: '纯小数写出“0”',
    description: '纯小数必须写出小数点前定位的“0”：“.5个百分点”写作“0.5个百分点”。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（纯小数必须写出小数点前定位的“0”）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '小数点前补0' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      const end = runs[k + 1];
      if (start < 1 || s.charCodeAt(start - 1) !== 0x2e /* . */ || NOT_BEFORE.test(s.charAt(start - 2)) || NOT_AFTER.test(s.charAt(end))) continue;
      const found = s.slice(start - 1, end);
      ctx.report({
        range: [start - 1, end],
        message: t('num-leading-zero-decimal.found', { found, fixed: '0' + found }),
        fix: { range: [start - 1, start - 1], text: '0' },
      });
    }
  },
};
