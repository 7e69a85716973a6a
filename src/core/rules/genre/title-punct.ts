import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { titleRange } from './title-tools';

/** Sentence punctuation inside a title (its end is title-trailing-punct's): 逗号, 句号, 分号, 冒号, 问号, 叹号. */
const INNER = /[，。；：？！,;:?!]/g;
/** The same with the 顿号, for a house style that keeps every mark out of titles (option dunhao). */
const INNER_AND_DUNHAO = /[，。；：？！,;:?!、]/g;

export const titlePunct: RuleDefinition = {
  meta: {
    id: 'title-punct',
    title: '标题中的标点',
    description:
      '标题中间用了逗号、句号、分号、冒号等点号（“关于进一步加强城市管理，提升城市品质的意见”）。公文标题是一个名词性短语，除书名号、引号、括号和并列词语间的顿号外，一般不用标点符号；' +
      '书名号、引号里引用的名称不算。修改作为候选提供（改为顿号或删去）。' +
      '选项 dunhao 设为 true 时，标题中并列词语间的顿号也提示（有的单位规定标题一律不用标点，沿用 2000 年《国家行政机关公文处理办法》“除法规、规章名称加书名号外，一般不用标点符号”）；默认不提示，2012 年条例已不作此规定，已发布的标题常用顿号。',
    category: 'title',
    basis: '实务',
    source: '实务（公文标题一般不用标点符号）；GB/T 9704—2012 7.3.1',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const title = ctx.doc.title;
    if (!title) return;
    const g = ctx.genre;
    // Only a line that is a title for sure: it ends with its 文种 (a paragraph taken for a title is not judged).
    if (!g || g.source !== 'title' || !g.word) return;
    const text = title.text;
    // Quoted or cited names keep their own marks; so do brackets (（2024—2026年）, （试行）).
    let depth = 0;
    const inside: boolean[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if ('《“‘（(「'.includes(c)) depth++;
      inside.push(depth > 0);
      if ('》”’）)」'.includes(c) && depth > 0) depth--;
    }
    const end = text.replace(/[。，；：！？.,;:!?、\s]+$/, '').length;
    // A 版头 line taken in with the title (项目代码：…, 类　别：B, 签发人：…) is a label and its value, not the title.
    const labelled: Array<[number, number]> = [];
    let offset = 0;
    for (const part of title.parts) {
      // (青溪县民政局：关于……: a body's name before the colon is the title's issuer, not a label.)
      if (/^[\u4e00-\u9fff \u3000]{1,6}[:：]/.test(part.text) && !/(?:局|厅|委|办|院|部|署|府|会|室|中心)[:：]/.test(part.text.slice(0, 8))) labelled.push([offset, offset + part.text.length]);
      offset += part.text.length;
    }
    // A house style that keeps every mark out of titles (the 2000 办法's wording) asks for the 顿号 too.
    const marks = ctx.options.dunhao === true ? INNER_AND_DUNHAO : INNER;
    for (const m of text.matchAll(marks)) {
      const at = m.index ?? 0;
      if (at >= end || inside[at] || labelled.some(([a, b]) => at >= a && at < b)) continue;
      const range = titleRange(ctx.doc, at, at + 1);
      if (m[0] === '、') {
        ctx.report({
          range,
          message: t('title-punct.dunhao'),
          suggestions: [
            { title: t('title-punct.suggestHe'), fix: { range, text: '和' } },
            { title: t('title-punct.suggestDelete', { found: m[0] }), fix: { range, text: '' } },
          ],
        });
        continue;
      }
      const comma = /[，,；;]/.test(m[0]);
      ctx.report({
        range,
        message: t('title-punct.found', { found: m[0] }),
        suggestions: [
          ...(comma ? [{ title: t('title-punct.suggestDunhao'), fix: { range, text: '、' } }] : []),
          { title: t('title-punct.suggestDelete', { found: m[0] }), fix: { range, text: '' } },
        ],
      });
    }
  },
};
