import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { genreWordFix, getBareTitle } from './title-tools';

/** A meeting that passed it: （2024年3月5日××会议通过）, 经……全体会议审议通过. */
const PASSED = /(会议|大会|全会|常委会|代表大会)[^。]{0,40}?(讨论|审议|表决)?通过|通过[^。]{0,20}?(会议|大会)/;

export const genreResolutionVsDecision: RuleDefinition = {
  meta: {
    id: 'genre-resolution-vs-decision',
    title: '决议须经会议通过',
    description:
      '文种为决议，但标题下的题注和正文开头都没有写明经哪次会议讨论通过。条例第八条（一）规定决议适用于“会议讨论通过的重大决策事项”；未经会议通过的决策事项用“决定”。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（一）（二）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    if (g?.genre.id !== '决议') return;
    const { doc } = ctx;
    const where = [doc.subtitle?.text ?? '', ...doc.paragraphs.slice(0, 3).map((p) => p.text), getBareTitle(doc)?.text ?? ''];
    if (where.some((s) => PASSED.test(s))) return;
    const bare = getBareTitle(doc);
    const range: [number, number] | undefined = g.word ? [g.word.start, g.word.end] : bare ? [bare.start, bare.end] : undefined;
    if (!range) return;
    const fix = genreWordFix(ctx, '决定');
    ctx.report({
      range,
      message: t('genre-resolution-vs-decision.found'),
      suggestions: fix ? [{ title: t('genre-resolution-vs-decision.suggestGenre'), fix }] : [],
    });
  },
};
