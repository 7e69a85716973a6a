import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { genreWordFix, titleBody, titleRange } from './title-tools';

/** Rewards and sanctions that take effect (授予称号, 记功, 给予处分): the work of a 决定, not of a 通报. */
const AWARD = /^(?:(?:授予|追授|追认|命名)(?=[^的]{0,40}?(?:称号|荣誉|奖章|模范|先进|标兵|示范))|记(?:大|一等|二等|三等)?功|嘉奖|给予[^的]{0,24}?(?:处分|记[^的，]{0,4}功|嘉奖|奖励))/;

export const genreAwardDecision: RuleDefinition = {
  meta: {
    id: 'genre-award-decision',
    title: '奖惩用决定',
    description:
      '通报或通知的事由是授予称号、记功、嘉奖或给予处分。条例第八条：决定适用于“奖惩有关单位和人员”，通报适用于“表彰先进、批评错误、传达重要精神和告知重要情况”；' +
      '授予称号、给予处分是有效力的奖惩，用决定；表彰先进、通报批评用通报。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（三）（十）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    // A 通知 that grants a title (关于授予……称号的通知) is the same fault: a 通知 announces, a 决定 rewards.
    if (!g || (g.genre.id !== '通报' && g.genre.id !== '通知') || g.source !== 'title' || g.doubled || !g.word) return;
    const body = titleBody(ctx);
    if (!body) return;
    const m = AWARD.exec(body.matter);
    if (!m) return;
    const at = body.matterAt;
    const fix = genreWordFix(ctx, '决定');
    ctx.report({
      range: titleRange(ctx.doc, at, at + m[0].length),
      message: t('genre-award-decision.found', { found: m[0], genre: g.word.text }),
      suggestions: fix ? [{ title: t('genre-award-decision.suggest'), fix }] : [],
    });
  },
};
