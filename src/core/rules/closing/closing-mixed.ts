import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleDefinition } from '../types';
import { closingZone, ownText, standardClosing } from './phrases';

/**
 * 报告's closing words: 以上报告, 特此报告 (特此请示报告), 专此报告, 报告如上. 现将……报告如下 opens a 报告, it
 * does not close one, and a 报告 named in passing (关于……请示的办理情况) is no closing word.
 */
const REPORT_WORD = /(?:以上|上述)报告|(?:特此|专此|谨此)(?:请示)?报告|报告如上/;
/**
 * 请示's words: a request (妥否, 当否, 请批示, 请予批准, 请从速批示…; 报请/呈请 describe, they do not ask) or the
 * 请示 named as the closing (以上请示, 特此请示, 请示如上).
 */
const REQUEST_WORD =
  /妥否|当否|可否|是否妥当|(?<![报呈提申转])请[^，。,；;！？!?、]{0,4}?(?:批示|批复|批准|审批|审示|核示|审定|示复)|恳请|(?:以上|上述|特此|专此)请示|请示如上/;

const REQUEST_CLOSING = '妥否，请批示。';
const REPORT_CLOSING = '特此报告。';

export const closingMixed: RuleDefinition = {
  meta: {
    id: 'closing-mixed',
    title: '结束语混用报告和请示',
    description:
      '一句结束语同时用了报告和请示的用语，如“以上报告妥否，请批示”“特此报告，请予批准”“以上请示，特此报告”“特此请示报告”。' +
      '实务中报告以“特此报告。”结尾，请示以“妥否，请批示。”等请求语结尾，两者不能合用；条例第十五条（四）规定不得在报告中夹带请示事项。' +
      '不论文种（无标题的片段也查），只看正文最后三句；“现将有关情况报告如下”是开头语，不报。只提供候选修改：请示改为“妥否，请批示。”，报告改为“特此报告。”。',
    category: 'closing',
    basis: '实务',
    source: '实务（报告、请示结束语）；条例第十五条（四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc } = ctx;
    const sentences: Array<{ start: number; end: number }> = closingZone(doc, 3);
    // A fragment of one closing line that the parser took for a title (请示如上，特此报告。): its “文种” is no genre.
    const fragment = !doc.paragraphs.length && !!doc.title && doc.title.parts.length === 1 && /[，,]/.test(doc.title.text);
    if (fragment) sentences.push({ start: doc.title!.start, end: doc.title!.end });
    const g = ctx.genre;
    // The genre as the title or front matter names it; a genre read off the closing itself is no evidence here.
    const id = g && !g.doubled && g.source !== 'content' && !fragment ? g.genre.id : undefined;
    // One finding per fault: in a 报告 the request is genre-report-contains-request's (an error there).
    if (id === '报告') return;
    let reported = false;
    for (const s of sentences) {
      const own = ownText(doc, s.start, s.end);
      if (/如下/.test(own)) continue;
      const report = REPORT_WORD.exec(own);
      if (!report) continue;
      const request = REQUEST_WORD.exec(own);
      if (!request) continue;
      // 特此报告，妥否，请批示。 in a 请示: closing-mismatch deletes the 特此报告 (a certain fix).
      if (id === '请示' && /^\s*(?:特此|专此)报告[，,]/.test(own)) continue;
      const lead = own.length - own.trimStart().length;
      const trail = own.length - own.trimEnd().length;
      const start = s.start + lead;
      const end = s.end - trail;
      if (end <= start) continue;
      const found = ctx.text.slice(start, end);
      const offer: string[] = [];
      let advice: string;
      if (id === '请示') {
        offer.push(REQUEST_CLOSING);
        advice = t('closing-mixed.advice.request');
      } else if (id) {
        const c = standardClosing(id, doc, g);
        if (c) offer.push(c);
        advice = t('closing-mixed.advice.other', { genre: id });
      } else {
        offer.push(REQUEST_CLOSING, REPORT_CLOSING);
        advice = t('closing-mixed.advice.unknown');
      }
      const suggestions: Suggestion[] = offer
        .filter((c) => c !== found)
        .map((c) => ({ title: t('closing-mixed.suggest', { closing: c }), fix: { range: [start, end], text: c } }));
      ctx.report({ range: [start, end], message: t('closing-mixed.found', { found, advice }), suggestions });
      reported = true;
    }
    // 妥否，请批示。特此报告。 under a doubled 文种 (……的请示报告): the two closings in two sentences, side by side. (In a
    // 请示 closing-mismatch deletes the 特此报告, in a 报告 genre-report-contains-request reports the request.)
    if (reported || !g?.doubled) return;
    for (let k = 0; k + 1 < sentences.length; k++) {
      const a = ownText(doc, sentences[k].start, sentences[k].end);
      const b = ownText(doc, sentences[k + 1].start, sentences[k + 1].end);
      const pair = (REQUEST_WORD.test(a) && REPORT_WORD.test(b)) || (REPORT_WORD.test(a) && REQUEST_WORD.test(b));
      // Side by side on one line (妥否，请批示。特此报告。); across paragraphs the doubled title is the finding.
      if (!pair || /如下/.test(a + b) || /\n/.test(ctx.text.slice(sentences[k].start, sentences[k + 1].end))) continue;
      const start = sentences[k].start + (a.length - a.trimStart().length);
      const end = sentences[k + 1].end - (b.length - b.trimEnd().length);
      const found = ctx.text.slice(start, end);
      ctx.report({
        range: [start, end],
        message: t('closing-mixed.found', { found, advice: t('closing-mixed.advice.unknown') }),
        suggestions: [REQUEST_CLOSING, REPORT_CLOSING].map((c) => ({ title: t('closing-mixed.suggest', { closing: c }), fix: { range: [start, end] as [number, number], text: c } })),
      });
      return;
    }
  },
};
