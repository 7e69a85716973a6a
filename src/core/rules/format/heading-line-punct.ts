import { t } from '../../messages';
import type { RuleDefinition } from '../types';

/** Trailing punctuation of a stand-alone heading line. */
const TRAILING = /[。．.，,；;：:]+$/;
const TRAILING_CHARS = '。．.，,；;：:';
/** A run-in heading separated from its body text by spaces instead of 。: "（一）指导思想　坚持……". */
// The gap between a run-in heading and its text: full-width spaces, or half-width ones with Chinese on
// both sides (“Windows 11”, “GB/T 9704”, “登录 https://…” are words, not a gap).
const GAP = /^([^\s，。；：,;:]{1,29}?[\p{Script=Han}）”》])(\u3000+|[ ]+(?=[\p{Script=Han}“《（]))(?=\S)/u;
const MAX_HEADING = 20;

export const headingLinePunct: RuleDefinition = {
  meta: {
    id: 'heading-line-punct',
    title: '层次标题末尾标点',
    description:
      '独立成行的一、二级层次标题末尾不加句号、冒号等标点（引出下文的“……如下：”“……的：”除外）；标题与正文同在一行（“（一）指导思想。坚持……”）时，标题后用句号与正文隔开，不用空格。',
    category: 'body',
    basis: '实务',
    source: '实务（《党政机关公文标准与格式应用指南》常见错误十：换行分段的二级标题使用句号）',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc, text } = ctx;
    const { headings, paragraphs } = doc;
    let i = 0; // index of the heading's paragraph (headings come in paragraph order)
    for (let k = 0; k < headings.length; k++) {
      const h = headings[k];
      while (i < paragraphs.length && paragraphs[i].line < h.line) i++;
      const p = paragraphs[i];
      if (!p || p.line !== h.line) continue;
      const ht = h.text.text;
      // "（一）指导思想　坚持……。": the text after the gap is a sentence of its own, not a title's second half.
      const g = ht.indexOf(' ') >= 0 || ht.indexOf('\u3000') >= 0 ? GAP.exec(ht) : null;
      if (g && ht.length - g[0].length >= 6 && /[。！？]$/.test(p.text)) {
        const start = h.text.start + g[1].length;
        const end = start + g[2].length;
        ctx.report({
          range: [h.text.start, end],
          message: t('heading-line-punct.runIn', { heading: g[1] }),
          suggestions: [{ title: t('heading-line-punct.period'), fix: { range: [start, end], text: '。' } }],
        });
        continue;
      }
      if (h.runIn || h.level > 2 || !TRAILING_CHARS.includes(p.text[p.text.length - 1])) continue;
      const m = TRAILING.exec(p.text);
      const next = paragraphs[i + 1];
      if (!m || !next) continue;
      // A heading stands alone when body text or a deeper heading follows; a sibling right before or
      // after it makes it an item of a list, and a line with inner punctuation is a sentence.
      const prevHeading = headings[k - 1];
      const nextHeading = headings[k + 1];
      const prevIsSibling = i > 0 && !!prevHeading && prevHeading.line === paragraphs[i - 1].line && prevHeading.level === h.level;
      const nextIsShallower = !!nextHeading && nextHeading.line === next.line && nextHeading.level <= h.level;
      const bare = text.slice(h.text.start, p.start + m.index);
      if (prevIsSibling || nextIsShallower || bare.length > MAX_HEADING || /[，,；;：:、]/.test(bare)) continue;
      // 三、符合以下情况之一的： / 二、具体安排如下： lead into a list: the colon belongs there.
      if (/[:：]/.test(m[0]) && /(?:的|如下|以下|下列|包括|为)$/.test(bare)) continue;
      const start = p.start + m.index;
      ctx.report({
        range: [start, p.end],
        message: t('heading-line-punct.trailing', { found: m[0], heading: text.slice(h.marker.start, start) }),
        suggestions: [{ title: t('heading-line-punct.remove', { found: m[0] }), fix: { range: [start, p.end], text: '' } }],
      });
    }
  },
};
