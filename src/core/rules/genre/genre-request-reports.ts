import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { genreWordFix, titleBody, titleRange } from './title-tools';

/** A 事由 that names a report: 工作情况, 进展, 总结, 汇报, 调查结果… at its end. */
const REPORT_MATTER = /(?:工作|执行|落实|完成|进展|开展|实施|运行|整改|检查|调查|自查|督查|推进|学习|培训|安全|生产|教学|处理)?(?:情况|进展情况|进展|总结|汇报|成效|经验|结果|事故|事件|灾情|运行分析|形势分析|分析)$/;
/** 报送/上报……数据（材料、报表）: sending something up is a 报告's work (or a 函's, with the material attached). */
const SENDS_UP = /^(?:报送|上报|呈报|呈送)/;
/** A request word used as a noun inside what is reported (调查处理结果, 审批情况): the matter is still a report. */
const DONE = /(?:处理|审批|调整|整改|处置)(?:结果|情况)$/;
/** Words of a request inside the 事由: then 情况 is the ground of the request, not its subject. */
const ASKS = /申请|请求|要求|恳请|拟|批准|审批|核准|同意|拨|追加|增加|补助|解决|购置|设立|成立|组建|撤销|调整|变更|延长|延期|免除|减免|给予|核定|明确|确定|列入|纳入|配备|招聘|借用|划转|支持|帮助|指导|报废|处理|处置|认定/;

export const genreRequestReports: RuleDefinition = {
  meta: {
    id: 'genre-request-reports',
    title: '请示只汇报情况',
    description:
      '标题为“关于……工作情况（进展、总结）的请示”、事由里没有任何请求事项的，实为汇报工作，应当用“报告”；批复的事由是某项工作情况的（对报告作批复），也报告。条例第八条：请示适用于向上级机关请求指示、批准；' +
      '报告适用于向上级机关汇报工作、反映情况。事由里写明请求（申请、拨付、批准、设立……）的不报。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十）（十一）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    // 关于××县上半年安全生产工作情况的批复: a 批复 answers a 请示; a 报告 on how work went asks nothing to answer.
    if (g?.genre.id === '批复' && g.source === 'title' && !g.doubled && g.word) {
      const body = titleBody(ctx);
      const matter = body?.matter ?? '';
      const m = REPORT_MATTER.exec(matter);
      if (body && m && !ASKS.test(matter.replace(DONE, '')) && !/^(?:原则)?(?:同意|批准|不同意)/.test(matter) && /(?:工作|进展|开展|执行|落实|完成)?情况$|总结$|进展$/.test(m[0])) {
        const at = body.matterAt + m.index;
        ctx.report({ range: titleRange(ctx.doc, at, at + m[0].length), message: t('genre-request-reports.replyToReport', { found: m[0] }) });
      }
      return;
    }
    if (!g || g.genre.id !== '请示' || g.source !== 'title' || g.doubled || !g.word) return;
    const body = titleBody(ctx);
    if (!body) return;
    const { matter } = body;
    const sends = SENDS_UP.exec(matter);
    const m = REPORT_MATTER.exec(matter) ?? sends;
    if (!m || ASKS.test(sends ? matter.slice(sends[0].length) : matter.replace(DONE, ''))) return;
    const at = body.matterAt + m.index;
    const fix = genreWordFix(ctx, '报告');
    ctx.report({
      range: titleRange(ctx.doc, at, at + m[0].length),
      message: t('genre-request-reports.found', { found: m[0] }),
      suggestions: fix ? [{ title: t('genre-request-reports.suggest'), fix }] : [],
    });
  },
};
