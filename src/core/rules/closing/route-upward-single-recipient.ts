import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleDefinition } from '../types';

/** The bodies of a 主送 line: split on 、，,；; outside brackets (a trailing colon removed). */
export function recipientBodies(text: string, start: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + from + lead, end: start + from + lead + body.length });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[、，,；;：:\r\n]/.test(c)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
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
