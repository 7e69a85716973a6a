import { t } from '../../messages';
import type { RuleDefinition } from '../types';

/**
 * 《X》 right before 活动 or 工作 in a title, X not the name of a text (办法, 条例, 方案…): an activity or a task
 * put in title marks (关于举办《全县中小学生读书节》活动的通知).
 */
const MARKED = /《([^《》]{2,40})》(?=活动|工作)/g;
/** What a 书名号 may hold: the name of a law, document, plan, book or work (GB/T 15834 4.15). */
const TEXT_NAME = /(?:法|条例|规定|办法|细则|规则|意见|通知|决定|决议|方案|规划|纲要|计划|标准|规范|目录|指南|报告|制度|公约|章程|准则|守则|清单|要点|手册|读本|指引|大纲|实录|全集|文选|文集|选编|汇编|丛书|杂志|期刊|报|书|歌|曲|剧|片|图|志|史|录|论|集|辞典|词典|名单|公告|通告|通报|批复|函|纪要)$/;

/** “X” in a title where X is a document's title (关于……的规定) or a law's name, or a periodical (“求是”杂志): 书名号 belong there. */
const QUOTED = /[“"]([^“”"《》，。]{2,40})[”"]/g;
/** A document's own title (关于……的X) or a law, rules, plan (……条例, ……办法). */
const DOCUMENT_NAME = /^关于.{2,}的(?:规定|办法|细则|规则|意见|通知|决定|决议|方案|规划|纲要|报告|请示|批复|函|通报|通告|公告)$|^.{3,}(?:法|条例|规定|办法|细则|实施细则|规划纲要)$/;
/** A periodical or a book named in quotes: “求是”杂志, “××日报”. */
const PERIODICAL_AFTER = /^(?:杂志|期刊|报刊|丛书|一书|周刊|月刊|学报)/;
const PERIODICAL_NAME = /(?:日报|晚报|杂志|周刊|月刊|学报)$/;

export const titleBookMarks: RuleDefinition = {
  meta: {
    id: 'title-book-marks',
    title: '标题中的书名号',
    description: '书名号标示书名、篇名、报刊名、文件名等（GB/T 15834—2011 4.15）。标题中把活动、工作的名称放进书名号（关于举办《读书节》活动的通知）是滥用书名号；活动名称不加标点，需要时用引号。删去书名号作为候选修改提供。反过来，标题中用引号标示文件名、法规名或报刊名（批转省财政厅“关于……的规定”，“求是”杂志）的，应改用书名号。',
    category: 'title',
    basis: 'GB/T 15834',
    source: 'GB/T 15834—2011 4.15',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const title = ctx.doc.title;
    if (!title) return;
    for (const part of title.parts) {
      for (const m of part.text.matchAll(QUOTED)) {
        const after = part.text.slice((m.index ?? 0) + m[0].length);
        if (!DOCUMENT_NAME.test(m[1]) && !PERIODICAL_NAME.test(m[1]) && !PERIODICAL_AFTER.test(after)) continue;
        const start = part.start + (m.index ?? 0);
        const end = start + m[0].length;
        ctx.report({
          range: [start, end],
          message: t('title-book-marks.quotedName', { found: m[0], name: m[1] }),
          suggestions: [{ title: t('title-book-marks.suggestBook', { name: m[1] }), fix: { range: [start, end], text: `《${m[1]}》` } }],
        });
      }
      for (const m of part.text.matchAll(MARKED)) {
        if (TEXT_NAME.test(m[1])) continue;
        const start = part.start + (m.index ?? 0);
        const end = start + m[0].length;
        ctx.report({
          range: [start, end],
          message: t('title-book-marks.found', { found: m[0], name: m[1] }),
          suggestions: [
            { title: t('title-book-marks.suggestPlain', { name: m[1] }), fix: { range: [start, end], text: m[1] } },
            { title: t('title-book-marks.suggestQuotes', { name: m[1] }), fix: { range: [start, end], text: `“${m[1]}”` } },
          ],
        });
      }
    }
  },
};
