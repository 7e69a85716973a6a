import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

/** The part of the day before an hour: 下午|14时30分. */
const PART_BEFORE = /(上午|下午|中午|晚上|傍晚|夜间|夜里|凌晨|早上)$/;
/** After the hour: 时, 点, or a colon and the minutes. */
const HOUR_UNIT = /^(?:时|点|[:：][0-5][0-9])/;
const AFTERNOON = new Set(['下午', '晚上', '傍晚', '夜间', '夜里']);
const PART_LAST = new Set(Array.from('午上晚间里晨', (c) => c.charCodeAt(0)));

export const numTimeClock: RuleDefinition = {
  meta: {
    id: 'num-time-clock',
    title: '时刻不混用两种计时制',
    description:
      '“下午14时30分”把十二小时制的“下午”和二十四小时制的“14时”连用，自相矛盾：写作“14时30分”或“下午2时30分”（GB/T 15835—2011 示例“15时40分（下午3点40分）”）。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（时刻的示例：15时40分、下午3点40分）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const a = runs[k];
      const b = runs[k + 1];
      // 下午|14|时: the 午/晚/晨/夜… before and 时/点/: after, by code, before any slice.
      const unitCode = s.charCodeAt(b);
      if (b - a !== 2 || !PART_LAST.has(s.charCodeAt(a - 1)) || (unitCode !== 0x65f6 /* 时 */ && unitCode !== 0x70b9 /* 点 */ && unitCode !== 0x3a && unitCode !== 0xff1a)) continue;
      const hour = Number(s.slice(a, b).replace(/[０-９]/g, (x) => String(x.charCodeAt(0) - 0xff10)));
      if (hour < 13 || hour > 24 || !HOUR_UNIT.test(s.slice(b, b + 3))) continue;
      const part = PART_BEFORE.exec(s.slice(Math.max(0, a - 2), a));
      if (!part) continue;
      const start = a - part[1].length;
      // 下午14时, 晚上18:30 (the minutes with the colon).
      const end = s.charAt(b) === ':' || s.charAt(b) === '：' ? b + 3 : b + 1;
      if (ctx.isQuoted(start, end)) continue;
      const found = s.slice(start, end);
      const unit = s.charAt(b);
      const twelve = AFTERNOON.has(part[1]) ? `${part[1]}${hour - 12}` : undefined;
      const suggestions = [{ title: t('num-time-clock.suggest', { fixed: `${hour}` }), fix: { range: [start, a] as [number, number], text: '' } }];
      if (twelve) suggestions.push({ title: t('num-time-clock.suggest', { fixed: twelve }), fix: { range: [start, b] as [number, number], text: twelve } });
      ctx.report({
        range: [start, end],
        message: t('num-time-clock.found', { found, part: part[1], hour: `${hour}${unit === ':' || unit === '：' ? '' : unit}` }),
        suggestions,
      });
    }
  },
};
