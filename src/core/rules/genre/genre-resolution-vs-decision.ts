import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { genreWordFix, getBareTitle } from './title-tools';

/** A meeting that passed it: （2024年3月5日××会议通过）, 经……全体会议审议通过. */
const PASSED = /(会议|大会|全会|常委会|代表大会)[^。]{0,40}?(讨论|审议|表决)?通过|通过[^。]{0,20}?(会议|大会)/;

/** A meeting as the issuer: 中国共产党××市第×次代表大会, ××市第×届人民代表大会第×次会议, 职工代表大会, ××全会. */
const MEETING_ISSUER = /代表大会|全体会议|全会|党员大会|会员大会|代表会议/;
/** The 事由 is a report the meeting heard (关于市委工作报告, 关于政府工作报告): a meeting approves a report by a 决议. */
const ON_REPORT = /报告$/;

export const genreResolutionVsDecision: RuleDefinition = {
  meta: {
    id: 'genre-resolution-vs-decision',
    title: '决议须经会议通过',
    description:
      '文种为决议，但标题下的题注和正文开头都没有写明经哪次会议讨论通过；或者代表大会、全体会议对所听取的工作报告作出“决定”（应为决议）。条例第八条（一）规定决议适用于“会议讨论通过的重大决策事项”；未经会议通过的决策事项用“决定”。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（一）（二）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    if (g?.genre.id === '决定' && g.source === 'title' && g.word) {
      // 中国共产党××市第十二次代表大会关于××市委报告的决定: a meeting approving the report it heard is a 决议.
      const title = getBareTitle(ctx.doc)?.text ?? '';
      const at = title.indexOf('关于');
      const subject = at > 0 ? title.slice(at + 2, title.length - g.word.text.length).replace(/的$/, '') : '';
      if (at > 0 && MEETING_ISSUER.test(title.slice(0, at)) && ON_REPORT.test(subject)) {
        const fix = genreWordFix(ctx, '决议');
        ctx.report({
          range: [g.word.start, g.word.end],
          message: t('genre-resolution-vs-decision.onReport', { report: subject }),
          suggestions: fix ? [{ title: t('genre-resolution-vs-decision.suggestResolution'), fix }] : [],
        });
      }
      return;
    }
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
