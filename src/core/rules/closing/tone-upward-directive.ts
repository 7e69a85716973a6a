import { t, type MessageKey } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches, closingZone, standardClosing } from './phrases';

/** Phrases that require a subordinate to act (psknlr/GONGWEN DOWNWARD_DIRECTIVES); 我局认真组织实施了 is a report, not an order. */
const DIRECTIVE = /(?:请|望)(?:各单位)?(?:认真)?(?:遵照|贯彻)执行|(?:请|望)(?:认真)?贯彻落实|请(?:认真)?组织实施|请遵照办理/g;

const ADVICE: Record<string, MessageKey> = {
  请示: 'tone-upward-directive.advice.request',
  报告: 'tone-upward-directive.advice.report',
  议案: 'tone-upward-directive.advice.other',
};

export const toneUpwardDirective: RuleDefinition = {
  meta: {
    id: 'tone-upward-directive',
    title: '上行文不用要求性用语',
    description:
      '请示、报告、议案中出现“请遵照执行”“请认真贯彻执行”“请贯彻落实”等要求下级执行的用语。上行文是向上级机关行文，实务通常不用指令性用语；' +
      '出现在结尾时，候选修改给出本文种的结束语。',
    category: 'tone',
    basis: '实务',
    source: '实务（上行文用语）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    if (!id || !ADVICE[id]) return;
    const matches = bodyMatches(ctx, DIRECTIVE);
    if (!matches.length) return;
    const zone = closingZone(ctx.doc, 2);
    const closing = standardClosing(id, ctx.doc, g) ?? g!.genre.closings[0];
    for (const m of matches) {
      const s = zone.find((z) => z.start <= m.start && m.end <= z.end);
      const suggestions = s && closing
        ? [{ title: t('tone-upward-directive.suggest', { text: closing }), fix: { range: [s.start + (s.text.length - s.text.trimStart().length), s.end] as [number, number], text: closing } }]
        : [];
      ctx.report({
        range: [m.start, m.end],
        message: t('tone-upward-directive.found', { genre: id, found: m.text, advice: t(ADVICE[id]) }),
        suggestions,
      });
    }
  },
};
