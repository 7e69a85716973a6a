import { t } from '../../messages';
import type { RuleContext, RuleDefinition } from '../types';

/** A person or a leader's title as 主送: 王市长：, 市领导：, 尊敬的张局长：. */
const LEADER = /^尊敬的|(?:书记|省长|市长|县长|区长|州长|镇长|乡长|厅长|局长|部长|处长|主任|领导|同志)$/;

/**
 * The 主送 text (without its colon) when this rule reports it: a 请示, 报告 or 议案 sent to a leader.
 * recipient-public asks it first, so that a leader named as 主送 gives one finding.
 */
export function leaderRecipient(ctx: RuleContext): { genre: string; text: string } | undefined {
  const id = ctx.genre?.genre.id;
  if (id !== '请示' && id !== '报告' && id !== '议案') return undefined;
  const rec = ctx.doc.recipients;
  if (!rec) return undefined;
  const text = rec.text.replace(/[:：，,]$/, '');
  for (const part of text.split(/[、，,；;]/)) {
    const p = part.trim();
    if (!p || !LEADER.test(p) || /(?:委员会|小组|会议|办公室)$/.test(p)) continue;
    return { genre: id, text };
  }
  return undefined;
}

export const routeNoLeaderRecipient: RuleDefinition = {
  meta: {
    id: 'route-no-leader-recipient',
    title: '不得主送上级机关负责人',
    description:
      '请示、报告、议案主送或抄送了领导个人（“王市长：”“市领导：”“抄送：王××副县长”）。条例第十五条（五）规定，除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文；' +
      '确属直接交办的可在该行用 wenmi-disable-line 标记忽略。',
    category: 'route',
    basis: '条例',
    source: '条例第十五条（五）',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    const found = leaderRecipient(ctx);
    // 抄送：王志强副县长: a copy sent to a leader in person is a document sent to him all the same.
    const id = ctx.genre?.genre.id;
    if (id === '请示' || id === '报告' || id === '议案') {
      for (const el of ctx.doc.colophon) {
        if (el.kind !== 'cc') continue;
        const label = /^(?:抄送(?:单位|机关)?|抄报|报送|分送|报|送)[\s\u3000]*[:：]?[\s\u3000]*/.exec(el.text);
        const list = el.text.slice(label ? label[0].length : 0);
        let at = el.start + (label ? label[0].length : 0);
        for (const part of list.split(/([、，,；;。])/)) {
          const p = part.trim();
          if (p && !/^[、，,；;。]$/.test(p) && LEADER.test(p) && !/(?:委员会|小组|会议|办公室)$/.test(p)) {
            const start = at + part.indexOf(p);
            ctx.report({ range: [start, start + p.length], message: t('route-no-leader-recipient.cc', { genre: id, found: p }), severity: 'warning' });
          }
          at += part.length;
        }
      }
    }
    if (!found) return;
    const rec = ctx.doc.recipients!;
    ctx.report({
      range: [rec.start, rec.start + found.text.length],
      message: t('route-no-leader-recipient.found', { genre: found.genre, found: found.text }),
    });
  },
};
