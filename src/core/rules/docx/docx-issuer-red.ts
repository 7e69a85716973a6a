import { t } from '../../messages';
import type { DocxLayoutFinding, DocxRule } from './types';

/** Red enough: the red channel well above green and blue (FF0000, C00000, E60012 …). */
function isRed(hex: string): boolean {
  if (!/^[0-9A-F]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
  return r >= 0xa0 && g <= 0x60 && b <= 0x60;
}

export const docxIssuerRed: DocxRule = {
  meta: {
    id: 'docx-issuer-red',
    title: '发文机关标志红色',
    description: '版头的发文机关标志应为红色（推荐红色小标宋体字）。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.2.4',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt, text, paragraphs }) {
    const out: DocxLayoutFinding[] = [];
    for (const mark of doc.header.issuerMarks) {
      const i = paragraphAt(mark.start);
      const color = layout.paragraphs[i]?.color ?? '000000';
      if (!isRed(color)) out.push({ paragraph: i, message: t('docx-issuer-red.found', { text: text.slice(paragraphs[i].start, paragraphs[i].end).trim(), color: color === 'AUTO' ? '自动（黑色）' : `#${color}` }) });
    }
    return out;
  },
};
