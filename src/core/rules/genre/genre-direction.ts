import { t } from '../../messages';
import { GOVERNMENT, issuerOf, leads } from '../closing/phrases';
import { listNames } from '../team/org';
import type { RuleDefinition } from '../types';
import { genreWordFix } from './title-tools';

/** Genres a body sends to those it directs or answers (条例第八条). */
const DOWNWARD = new Set(['通知', '通报', '决定', '批复', '命令']);
/** A legislature's standing committee (人大常委会), to which a government submits matters for 审议 by 议案. */
const STANDING_COMMITTEE = /(?:人民代表大会常务委员会|人大常委会)(?:[\u4e00-\u9fff]{0,2}(?:主任|秘书长))?$/;

export const genreDirection: RuleDefinition = {
  meta: {
    id: 'genre-direction',
    title: '行文方向与文种',
    description:
      '通知、通报、决定、批复等下行文主送的是本机关的上级机关（从名称看：本级人民政府、上一级同一系统的部门、上级人民政府）：向上级汇报情况用报告，请求批准用请示；' +
      '人民政府提请人大常委会审议事项用议案，不用请示、报告。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（九）（十）（十一）（十二）；第十五条',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const rec = ctx.doc.recipients;
    if (!g || g.source !== 'title' || !g.word || g.doubled) return;
    const id = g.genre.id;
    const issuer = issuerOf(ctx).trim();
    // 南渚市司法局关于提请审议……的议案: only a people's government submits a 议案 (条例第八条（九）).
    if (id === '议案' && issuer && !/人民政府$|政府$/.test(issuer)) {
      ctx.report({ range: [g.word.start, g.word.end], message: t('genre-direction.motionIssuer', { issuer }) });
      return;
    }
    if (!rec) return;
    const names = listNames(rec, ctx.text).map((n) => ({ ...n, text: n.text.replace(/[:：，,。]$/, '') }));
    if (!names.length) return;
    const title = ctx.doc.title?.text ?? '';
    // ××县人民政府关于提请审议……预算调整方案的请示 sent to the 人大常委会: a 议案 (条例第八条（九）).
    // (Its general office, which drafts it, or the committee's chairman as the addressee, change nothing.)
    if ((id === '请示' || id === '报告') && /人民政府(?:办公室|办公厅)?$|政府(?:办公室|办公厅)?$/.test(issuer) && names.some((n) => STANDING_COMMITTEE.test(n.text)) && /提请|审议/.test(title)) {
      const fix = genreWordFix(ctx, '议案');
      ctx.report({
        range: [g.word.start, g.word.end],
        message: t('genre-direction.motion', { genre: id }),
        suggestions: fix ? [{ title: t('genre-direction.suggest', { genre: '议案' }), fix }] : [],
      });
      return;
    }
    // ××市中级人民法院关于……的请示 to ××市人民政府: a court or a procuratorate is not under the government.
    if (id === '请示' && /人民法院$|人民检察院$|法院$|检察院$/.test(issuer) && names.every((n) => GOVERNMENT.test(n.text))) {
      const fix = genreWordFix(ctx, '函');
      ctx.report({
        range: [g.word.start, g.word.end],
        message: t('genre-direction.notUnderGovernment', { issuer, recipient: names[0].text }),
        suggestions: fix ? [{ title: t('genre-direction.suggest', { genre: '函' }), fix }] : [],
      });
      return;
    }
    if (!DOWNWARD.has(id) || !issuer) return;
    if (!names.every((n) => leads(issuer, n.text))) return;
    const instead = id === '批复' ? '函' : '报告';
    const fix = id === '批复' ? undefined : genreWordFix(ctx, '报告');
    ctx.report({
      range: [g.word.start, g.word.end],
      message: t('genre-direction.toSuperior', { genre: id, recipient: names[0].text, instead }),
      suggestions: fix ? [{ title: t('genre-direction.suggest', { genre: '报告' }), fix }] : [],
    });
  },
};
