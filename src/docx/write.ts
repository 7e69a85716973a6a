/**
 * The layout model (src/core/layout) written as a Word document with the `docx` package: the page, margins and line
 * grid of GB/T 9704 5.2, each block's font, size, alignment and indents (7.2–7.5), and the page number “— 1 —” in
 * 四号宋体 on the outer side (7.5). Every number comes from the layout data; nothing here is written as XML by hand.
 */
import {
  AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions,
} from 'docx';
import type { GongwenDocument } from '../core/parse/model';
import { blocksOf, pageGeometry, styleOf, type Block, type BlockStyle } from '../core/layout';

const TWIPS_PER_PT = 20;

/** Millimetres to twips, rounded (A4 is 11906 × 16838 twips). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

const ALIGN: Record<BlockStyle['align'], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
  outside: AlignmentType.RIGHT,
};

/** A run in a style: the standard's font for East-Asian text and for Latin text alike. */
function run(text: string, style: BlockStyle, extra: Partial<IRunOptions> = {}): TextRun {
  const font = style.fonts[0];
  return new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: style.sizePt * 2, color: style.color, ...extra });
}

function paragraphsOf(block: Block): Paragraph[] {
  const s = block.style;
  // A character cell of the style's size, in twips (indents are given in characters by the standard).
  const cell = s.sizePt * TWIPS_PER_PT;
  const out: Paragraph[] = [];
  for (let k = 0; k < s.blankLinesBefore && block.role !== 'docNo'; k++) out.push(new Paragraph({ children: [] }));
  for (const line of block.lines) {
    out.push(
      new Paragraph({
        alignment: ALIGN[s.align],
        indent: {
          firstLine: s.firstLineIndentChars * cell || undefined,
          left: s.leftIndentChars * cell || undefined,
          right: s.rightIndentChars * cell || undefined,
        },
        children: [run(line, s)],
      }),
    );
  }
  return out;
}

/** The page number “— 1 —”, 四号 宋体, outer side: right on odd pages, left on even ones (GB/T 9704 7.5). */
function pageNumberFooter(align: 'left' | 'right'): Footer {
  const s = styleOf('pageNumber');
  const dash = '—';
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: s.sizePt * TWIPS_PER_PT } : { left: s.sizePt * TWIPS_PER_PT },
        children: [run(`${dash} `, s), run('', s, { children: [PageNumber.CURRENT] }), run(` ${dash}`, s)],
      }),
    ],
  });
}

/** A .docx of the document laid out to GB/T 9704. */
export async function writeDocx(doc: GongwenDocument): Promise<Uint8Array> {
  const g = pageGeometry();
  const body = styleOf('paragraph');
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { eastAsia: body.fonts[0], ascii: body.fonts[0], hAnsi: body.fonts[0] }, size: body.sizePt * 2 },
          // Every line exactly the 版心's line pitch: 22 lines a page (GB/T 9704 5.2.2.3).
          paragraph: { spacing: { line: Math.round(g.linePitchPt * TWIPS_PER_PT), lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(g.widthMm), height: twips(g.heightMm) },
            margin: {
              top: twips(g.marginTopMm),
              bottom: twips(g.marginBottomMm),
              left: twips(g.marginLeftMm),
              right: twips(g.marginRightMm),
            },
          },
          // 22 lines to the 版心 (GB/T 9704 5.2.2.3): the line grid's pitch.
          grid: { type: DocumentGridType.LINES, linePitch: Math.round(g.linePitchPt * TWIPS_PER_PT) },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: blocksOf(doc).flatMap(paragraphsOf),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
