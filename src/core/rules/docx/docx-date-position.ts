import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import type { DocxRule } from './types';

/** Characters of white space at the end of a paragraph's text: a full-width space is one, two half-width ones are one. */
function trailingChars(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x3000) n += 1;
    else if (c === 32 || c === 0xa0) n += 0.5;
    else if (c === 9) n += 2;
    else break;
  }
  return n;
}

export const docxDatePosition: DocxRule = {
  meta: {
    id: 'docx-date-position',
    title: '成文日期右空四字',
    description: '成文日期右对齐，右空四字（加盖印章的公文）或右空二字（不加盖印章的公文）：读段落的对齐方式和右缩进（或行末的全角空格）。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.5',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt, text, paragraphs }) {
    if (!doc.date) return [];
    const i = paragraphAt(doc.date.start);
    const p = layout.paragraphs[i];
    if (!p) return [];
    const size = p.sizePt ?? GBT9704.fontSizesPt['三号'];
    const right = p.align === 'right' || p.align === 'end';
    const para = paragraphs[i];
    const spaces = trailingChars(text.slice(para.start, para.end));
    const indent = (p.rightIndentChars ?? (p.rightIndentPt ?? 0) / size) + spaces;
    const want = GBT9704.elements.date.rightIndentChars;
    // 右空四字, or 右空二字 for a document without a seal (7.3.5.2): either is right.
    if (right && [want, 2].some((w) => Math.abs(indent - w) <= 0.5)) return [];
    if (!right) return [{ paragraph: i, message: t('docx-date-position.align') }];
    return [{ paragraph: i, message: t('docx-date-position.indent', { found: Math.round(indent * 10) / 10 }) }];
  },
};
