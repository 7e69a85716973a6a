import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { digitsValue, punctContext } from './context';

/** The part of the day before an hour: 下午|14时30分. */
const PART_BEFORE = /(上午|下午|中午|晚上|傍晚|夜间|夜里|凌晨|早上)$/;
/** After the hour: 时, 点, or a colon and the minutes. */
const HOUR_UNIT = /^(?:时|点|[:：][0-5][0-9])/;
/** Around a time: 于|11∶15|结束, 在9∶30召开. */
const TIME_BEFORE = /(?:于|在|至|到|从|自|定于|上午|下午|晚上|凌晨)$/;
const TIME_AFTER = /^(?:结束|开始|前|后|召开|举行|出发|集合|到达|截止|起|整|左右)/;
const AFTERNOON = new Set(['下午', '晚上', '傍晚', '夜间', '夜里']);
const PART_LAST = new Set(Array.from('午上晚间里晨', (c) => c.charCodeAt(0)));

export const numTimeClock: RuleDefinition = {
  meta: {
    id: 'num-time-clock',
    title: '时刻不混用两种计时制',
    description:
      '“下午14时30分”把十二小时制的“下午”和二十四小时制的“14时”连用，自相矛盾：写作“14时30分”或“下午2时30分”（GB/T 15835—2011 示例“15时40分（下午3点40分）”）。时分之间用冒号“:”（15:40），不用比号“∶”。',
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
    // 于11∶15结束: the ratio sign ∶ between hour and minutes, where the time takes the colon (15:40).
    const masked = pc.masked;
    for (let k = 0; k + 2 < runs.length; k += 2) {
      const b = runs[k + 1];
      // (A quick reject on the string pc.masked: ∶ is never in a soft span, which holds ASCII only.)
      if (masked.charCodeAt(b) !== 0x2236 /* ∶ */) continue;
      const a = runs[k];
      const c = runs[k + 2];
      const d = runs[k + 3];
      if (c !== b + 1 || d - c !== 2 || b - a > 2) continue;
      const hour = digitsValue(s, a, b);
      const minute = digitsValue(s, c, d);
      if (hour > 24 || minute > 59 || /[0-9０-９∶:]/.test(s.charAt(a - 1))) continue;
      if (!TIME_BEFORE.test(s.slice(Math.max(0, a - 3), a)) && !TIME_AFTER.test(s.slice(d, d + 2))) continue;
      if (ctx.isQuoted(a, d)) continue;
      ctx.report({
        range: [b, b + 1],
        message: t('num-time-clock.ratioSign', { found: s.slice(a, d) }),
        suggestions: [{ title: t('num-time-clock.suggest', { fixed: `${s.slice(a, b)}:${s.slice(c, d)}` }), fix: { range: [b, b + 1], text: ':' } }],
      });
    }
    for (let k = 0; k < runs.length; k += 2) {
      const a = runs[k];
      const b = runs[k + 1];
      // 下午|14|时: the 午/晚/晨/夜… before and 时/点/: after, by code, before any slice.
      if (b - a !== 2 || !PART_LAST.has(masked.charCodeAt(a - 1))) continue;
      const unitCode = s.charCodeAt(b);
      if (!PART_LAST.has(s.charCodeAt(a - 1)) || (unitCode !== 0x65f6 /* 时 */ && unitCode !== 0x70b9 /* 点 */ && unitCode !== 0x3a && unitCode !== 0xff1a)) continue;
      const hour = digitsValue(s, a, b);
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
