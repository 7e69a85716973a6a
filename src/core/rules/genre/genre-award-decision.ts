import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { genreWordFix, titleBody, titleRange } from './title-tools';

/** Rewards and sanctions that take effect (授予称号, 记功, 给予处分): the work of a 决定, not of a 通报. */
const AWARD = /^(?:(?:授予|追授|追认|命名)(?=[^的]{0,40}?(?:称号|荣誉|奖章|模范|先进|标兵|示范))|记(?:大|一等|二等|三等)?功|嘉奖|给予[^的]{0,24}?(?:处分|记[^的，]{0,4}功|嘉奖|奖励))/;

/** Praise at the head of a 通知's 事由 (关于表彰……, 关于表扬……, 关于通报表扬……). */
const PRAISE = /^(?:通报)?(?:表彰|表扬|嘉奖)/;

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
    // 关于对王某某同志给予警告处分的通知: the person named after 对 is the object of the sanction.
    const dui = /^对[^的，]{1,24}?(?=给予|予以|记)/.exec(body.matter);
    const matter = dui ? body.matter.slice(dui[0].length) : body.matter;
    const m = AWARD.exec(matter) ?? (g.genre.id === '通知' ? PRAISE.exec(body.matter) : null);
    if (!m) return;
    const at = body.matterAt + (m.input === matter && dui ? dui[0].length : 0) + (m.index ?? 0);
    if (m.input !== matter || PRAISE.test(m[0])) {
      // 关于表彰××的通知: a 通知 neither rewards (决定) nor praises (通报).
      if (!AWARD.test(matter)) {
        ctx.report({
          range: titleRange(ctx.doc, at, at + m[0].length),
          message: t('genre-award-decision.praiseNotice', { found: m[0] }),
          suggestions: (['决定', '通报'] as const).flatMap((genre) => {
            const fix = genreWordFix(ctx, genre);
            return fix ? [{ title: t('genre-award-decision.suggestGenre', { genre }), fix }] : [];
          }),
        });
        return;
      }
    }
    const fix = genreWordFix(ctx, '决定');
    ctx.report({
      range: titleRange(ctx.doc, at, at + m[0].length),
      message: t('genre-award-decision.found', { found: m[0], genre: g.word.text }),
      suggestions: fix ? [{ title: t('genre-award-decision.suggest'), fix }] : [],
    });
  },
};
