import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import { familyName, isFamily, type FontFamily } from './fonts';
import { lookOf, type DocxLayoutFinding, type DocxRule } from './types';

const LEVELS = [
  { level: 1, marker: '一、', role: 'heading1' },
  { level: 2, marker: '（一）', role: 'heading2' },
] as const;

export const docxHeadingFont: DocxRule = {
  meta: {
    id: 'docx-heading-font',
    title: '层次标题字体',
    description: '结构层次序数第一层“一、”用黑体字，第二层“（一）”用楷体字（三号）：检查标题的序数和标题文字（到句号为止）的中文字体和字号，Word 自动编号生成的序数也算。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.3',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt }) {
    const out: DocxLayoutFinding[] = [];
    const want = GBT9704.fontSizesPt['三号'];
    // A heading in the body's wrong size is docx-body-font's finding already: sizes are told here when the body's is right.
    const headingLines = new Set(doc.headings.map((h) => h.line));
    const bodySizes = doc.paragraphs.filter((p) => !headingLines.has(p.line)).map((p) => layout.paragraphs[paragraphAt(p.start)]?.sizePt);
    const bodyWrong = bodySizes.filter((s) => s !== undefined && Math.abs(s - want) > 0.25).length * 2 > bodySizes.length;
    for (const { level, marker, role } of LEVELS) {
      const family = GBT9704.elements[role].font as FontFamily;
      const wrongFont: Array<{ i: number; font: string }> = [];
      const wrongSize: Array<{ i: number; size: number }> = [];
      for (const h of doc.headings) {
        if (h.level !== level) continue;
        const i = paragraphAt(h.marker.start);
        const p = layout.paragraphs[i];
        // The heading itself: its marker and its words up to the 。 of a run-in heading, not the text after it.
        const look = p && lookOf(p, h.marker.start, Math.max(h.text.end, h.marker.end));
        if (!look) continue;
        if (look.font !== undefined && !isFamily(look.font, family)) wrongFont.push({ i, font: look.font });
        if (look.sizePt !== undefined && Math.abs(look.sizePt - want) > 0.25) wrongSize.push({ i, size: look.sizePt });
      }
      if (wrongFont.length) out.push({ paragraph: wrongFont[0].i, message: t('docx-heading-font.family', { marker, found: wrongFont[0].font, count: wrongFont.length, want: familyName(family) }) });
      if (wrongSize.length && !bodyWrong) out.push({ paragraph: wrongSize[0].i, message: t('docx-heading-font.size', { marker, found: wrongSize[0].size, count: wrongSize.length }) });
    }
    return out;
  },
};
