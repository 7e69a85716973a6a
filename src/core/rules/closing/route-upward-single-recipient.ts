import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleDefinition } from '../types';

/** The bodies of a 主送 line: split on 、，,；; (a trailing colon removed). */
export function recipientBodies(text: string, start: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[^、，,；;：:\s\u3000]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export const routeUpwardSingleRecipient: RuleDefinition = {
  meta: {
    id: 'route-upward-single-recipient',
    title: '上行文主送一个上级机关',
    description:
      '请示、报告、议案的主送机关列了两个以上机关。条例第十五条（一）规定向上级机关行文原则上主送一个上级机关，根据需要抄送相关上级机关和同级机关。' +
      '请示报警告（请示不得多头主送）；报告、议案报提示（实务中报告可以主送几个相关的上级机关）。',
    category: 'route',
    basis: '条例',
    source: '条例第十五条（一）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    if (id !== '请示' && id !== '报告' && id !== '议案') return;
    const rec = ctx.doc.recipients;
    if (!rec) return;
    const bodies = recipientBodies(rec.text, rec.start);
    if (bodies.length < 2) return;
    const first = bodies[0];
    const last = bodies[bodies.length - 1];
    const list = bodies.map((b) => b.text).join('、');
    const suggestions: Suggestion[] = bodies.slice(0, 3).map((b) => ({
      title: t('route-upward-single-recipient.suggest', { body: b.text }),
      fix: { range: [first.start, last.end], text: b.text },
    }));
    ctx.report({
      range: [first.start, last.end],
      message: id === '请示'
        ? t('route-upward-single-recipient.request', { count: bodies.length, list, first: first.text })
        : t('route-upward-single-recipient.report', { genre: id, count: bodies.length, list, first: first.text }),
      severity: id === '请示' ? 'warning' : 'info',
      suggestions,
    });
  },
};
