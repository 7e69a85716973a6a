import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { enclosingRange } from '../../parse/quotes';
import { flatBookTitles, punctContext } from './context';

/**
 * The names that are no work (GB/T 15834—2011 4.15): a meeting, an activity or a contest, a training class, an award or a
 * title of honour. A name in 书名号 ending so (《全市安全生产工作会议》) takes no 书名号; a work about one ends otherwise
 * (《……会议纪要》, 《在……会议上的讲话》, 《……活动方案》).
 */
const NO_WORK = /(?:工作会议|专题会议|推进会|座谈会|研讨会|动员会|现场会|表彰会|部署会|培训会|交流会|联席会议|代表大会|论坛|峰会|年会|博览会|展览会|展销会|交易会|运动会|主题活动|专项活动|系列活动|宣传月活动|宣传周活动|活动|大赛|竞赛|比赛|评选|培训班|训练营|奖章|奖状|荣誉称号|称号)$/;
const LAST_OF_NO_WORK = new Set(Array.from('议会坛动赛选班营章状号', (c) => c.charCodeAt(0)));
/** A work whose own name ends in one of those words: a programme, a report on one (……大赛获奖作品集 ends otherwise). */
const WORK_AFTER = /^(?:节目|栏目|一书|杂志|文件|讲话|纪要|报告|方案|通知)/;

export const punctBookTitleName: RuleDefinition = {
  meta: {
    id: 'punct-book-title-name',
    title: '书名号不标示会议、活动名称',
    description:
      '书名号标示书名、篇名、报刊名、文件名和作品名（GB/T 15834—2011 4.15）；会议、活动、比赛、培训班、奖项、荣誉称号等不是作品，其名称不用书名号（“参加《全市安全生产工作会议》”）。' +
      '需要突出名称时用引号，或直接写出。会议的文件（《……会议纪要》）、讲话（《在……会议上的讲话》）、方案（《……活动方案》）是作品，照用书名号。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.15 及其说明（不能视为作品的课程、课题、奖品奖状、商标、证照、组织机构、会议、活动等名称，不应用书名号）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    // Flat pairs only: a nested title is not a name of this kind.
    const pairs = flatBookTitles(pc);
    for (let k = 0; k < pairs.length; k += 2) {
      const open = pairs[k];
      const close = pairs[k + 1];
      if (close - open < 4 || close - open > 60) continue;
      // (By the last character first: 议 会 坛 动 赛 选 班 营 章 状 号.)
      if (!LAST_OF_NO_WORK.has(s.charCodeAt(close - 1))) continue;
      const name = s.slice(open + 1, close);
      if (!NO_WORK.test(name) || /[\n，。；]/.test(name) || WORK_AFTER.test(s.slice(close + 1, close + 3))) continue;
      // The pair is itself a quoted span; a wider one around it is a quotation that holds it.
      const around = enclosingRange(ctx.doc.quoted, open, close + 1);
      if (around && (around[0] < open || around[1] > close + 1)) continue;
      ctx.report({
        range: [open, close + 1],
        message: t('punct-book-title-name.found', { found: s.slice(open, close + 1) }),
        suggestions: [
          { title: t('punct-book-title-name.suggestPlain', { name }), fix: { range: [open, close + 1], text: name } },
          { title: t('punct-book-title-name.suggestQuotes', { name }), fix: { range: [open, close + 1], text: `“${name}”` } },
        ],
      });
    }
  },
};
