import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

/** After the first number of 15~30% / 9~16亿 / 5-10万元 / 3至5万人: the separator, the second number and its unit. */
const RANGE_TAIL = /([ \u3000]*(?:[~～〜\-－—]|至|到)[ \u3000]*)([0-9０-９]+(?:[.．][0-9０-９]+)?)(%|％|‰|万|亿)/y;
const DECIMAL_TAIL = /[.．][0-9０-９]+/y;
const NOT_BEFORE = new Set(Array.from('.．%％‰-－~～', (c) => c.charCodeAt(0)));
/** What may follow the first number of a range: a space or a separator. */
const SEPARATOR_START = new Set(Array.from(' \u3000~～〜-－—至到', (c) => c.charCodeAt(0)));

export const numRangeUnit: RuleDefinition = {
  meta: {
    id: 'num-range-unit',
    title: '数值范围不省略附加符号或单位',
    description: '数值范围前后两个数值的“%”“万”“亿”相同时，省略前一个会造成歧义，不应省略：“15%～30%”不写“15～30%”，“9亿～16亿”不写“9～16亿”。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（数值范围：会造成歧义时附加符号或计量单位不应省略）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '数值范围的前一个数补上单位（5万—10万元）', han: '万亿千百' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    if (!/[%％‰万亿]/.test(pc.masked)) return;
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      let firstEnd = runs[k + 1];
      let next = s.charCodeAt(firstEnd);
      if (next === 0x2e || next === 0xff0e) {
        DECIMAL_TAIL.lastIndex = firstEnd;
        if (DECIMAL_TAIL.test(pc.at(firstEnd, 8, 64))) firstEnd = DECIMAL_TAIL.lastIndex;
        next = s.charCodeAt(firstEnd);
      }
      // Most numbers are not followed by a separator: test that first.
      if (!SEPARATOR_START.has(next) || NOT_BEFORE.has(s.charCodeAt(start - 1))) continue;
      RANGE_TAIL.lastIndex = firstEnd;
      const m = RANGE_TAIL.exec(pc.at(firstEnd, 8, 64));
      if (!m) continue;
      const end = RANGE_TAIL.lastIndex;
      if (ctx.isQuoted(start, end)) continue;
      const first = s.slice(start, firstEnd);
      const [, sep, second, unit] = m;
      // A 4-digit first number with a hyphen is a year or a code (2023-2025万…), not a range of amounts.
      if (/^[\-－]$/.test(sep.trim()) && first.length === 4 && !/[.．]/.test(first)) continue;
      const fixed = first + unit + sep + second + unit;
      ctx.report({
        range: [start, end],
        message: t('num-range-unit.found', { found: s.slice(start, end), fixed, unit }),
        fix: { range: [firstEnd, firstEnd], text: unit },
      });
    }
  },
};
