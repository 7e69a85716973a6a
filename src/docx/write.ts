/**
 * The layout model (src/core/layout) written as a Word document with the `docx` package: the page, margins and line
 * grid of GB/T 9704 5.2, each block's font, size, alignment and indents (7.2–7.5), and the page number “— 1 —” in
 * 四号宋体 on the outer side (7.5). Every number comes from the layout data; nothing here is written as XML by hand.
 */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TabStopType, TextRun,
  type IBorderOptions, type IRunOptions,
} from 'docx';
import type { LayoutSettings } from '../core/config';
import type { GongwenDocument } from '../core/parse/model';
import { blocksOf, GBT9704, isLetterFormat, pageGeometry, styleOf, type Block, type BlockStyle, type RuleLine } from '../core/layout';

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
  return new TextRun({
    text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: style.sizePt * 2, color: style.color, characterSpacing: condensed(style), ...extra,
  });
}

/**
 * 28 characters of 三号 to the line (GB/T 9704 5.2.2.3): 156 mm hold 27.6 characters of 16 pt, so the standard's grid
 * sets them 15.79 pt apart. Word's character grid does that but LibreOffice reads it otherwise; a run condensed by the
 * difference (rounded up to whole twips) gives 28 in both.
 */
function condensed(style: BlockStyle): number | undefined {
  const g = pageGeometry();
  if (style.sizePt !== styleOf('paragraph').sizePt) return undefined;
  return -Math.ceil((style.sizePt - g.charPitchPt) * TWIPS_PER_PT);
}

/** A rule as a paragraph border: thickness in eighths of a point, the gap to the text in points (Word's units). */
function border(l: RuleLine): IBorderOptions {
  const eighths = Math.max(2, Math.round(((l.thicknessMm * 72) / 25.4) * 8));
  return {
    style: l.double ? BorderStyle.THICK_THIN_SMALL_GAP : BorderStyle.SINGLE,
    size: l.double ? eighths + Math.round(((l.double.thinMm * 72) / 25.4) * 8) : eighths,
    color: l.color,
    space: Math.round(((l.gapMm ?? 1) * 72) / 25.4),
  };
}

function paragraphsOf(block: Block): Paragraph[] {
  const s = block.style;
  const g = pageGeometry();
  // A character cell of the style's size, in twips (indents are given in characters by the standard).
  const cell = s.sizePt * TWIPS_PER_PT;
  const out: Paragraph[] = [];
  for (let k = 0; k < s.blankLinesBefore && block.role !== 'docNo'; k++) out.push(new Paragraph({ children: [] }));
  block.lines.forEach((line, i) => {
    const first = i === 0;
    const last = i === block.lines.length - 1;
    // A block with a rule above or below it keeps the 版心's full width (the rule follows the paragraph's indents):
    // its left indent is written as full-width spaces, its right one by where the right tab stops.
    const ruled = !!(block.lineAbove || block.lineBelow) && !block.lineAbove?.lengthMm && !block.lineBelow?.lengthMm;
    const lead = ruled && first ? '\u3000'.repeat(s.leftIndentChars) : '';
    const children = block.label && first
      ? [run(line.slice(0, block.label.chars), { ...s, fonts: block.label.fonts }), run(line.slice(block.label.chars), s)]
      : [run(lead + line, s)];
    const cont = !first && block.continuationIndentChars !== undefined;
    // 签发人 at the right edge, one character in (7.2.6): a right tab stop.
    if (block.right && last) children.push(run(`\t${block.right}`, s));
    // A rule longer than the 版心 (信函格式, 170 mm) reaches out on both sides by negative indents.
    const outdent = (l?: RuleLine) => (l?.lengthMm ? -Math.round(((l.lengthMm - g.textWidthMm) / 2) * (1440 / 25.4)) : 0);
    const reach = Math.min(outdent(first ? block.lineAbove : undefined), outdent(last ? block.lineBelow : undefined));
    out.push(
      new Paragraph({
        alignment: ALIGN[s.align],
        // Lines are counted on the page as the layout model counts them: no line moved for widows and orphans.
        widowControl: false,
        pageBreakBefore: first && s.newPage ? true : undefined,
        indent: {
          firstLine: cont ? undefined : s.firstLineIndentChars * cell || undefined,
          left: cont ? block.continuationIndentChars! * cell : (!ruled && s.leftIndentChars * cell) || reach || undefined,
          right: (!ruled && s.rightIndentChars * cell) || reach || undefined,
        },
        tabStops: block.right ? [{ type: TabStopType.RIGHT, position: twips(g.textWidthMm) - s.rightIndentChars * cell }] : undefined,
        border: {
          top: first && block.lineAbove ? border(block.lineAbove) : undefined,
          bottom: last && block.lineBelow ? border(block.lineBelow) : undefined,
        },
        children,
      }),
    );
  });
  return out;
}

/** The page number “— 1 —”, 四号 宋体, outer side: right on odd pages, left on even ones (GB/T 9704 7.5). */
function pageNumberFooter(align: 'left' | 'right', settings?: LayoutSettings): Footer {
  const s = styleOf('pageNumber', settings);
  // layout.pageNumber: "— 1 —" (the standard's), a bare number, or none.
  if (settings?.pageNumber === 'none') return new Footer({ children: [] });
  const dash = settings?.pageNumber === 'plain' ? '' : GBT9704.elements.pageNumber.dash;
  const number = run('', s, { children: [PageNumber.CURRENT] });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: s.sizePt * TWIPS_PER_PT } : { left: s.sizePt * TWIPS_PER_PT },
        children: dash ? [run(`${dash} `, s), number, run(` ${dash}`, s)] : [number],
      }),
    ],
  });
}

/**
 * The line pitch in whole twips, rounded down: 22 lines of 28.99 pt fill the 225 mm 版心 exactly, and 22 of 29.00 pt
 * (580 twips) overflow it by a fifth of a point, so that LibreOffice sets 21 (5.2.2.3).
 */
function linePitchTwips(): number {
  return Math.floor(pageGeometry().linePitchPt * TWIPS_PER_PT);
}

/** A .docx of the document laid out to GB/T 9704. */
export async function writeDocx(doc: GongwenDocument, settings?: LayoutSettings): Promise<Uint8Array> {
  const g = pageGeometry();
  // 信函格式: no page number on the first page (GB/T 9704 10.1).
  const letter = isLetterFormat(doc, settings) && !GBT9704.letter.pageNumberOnFirstPage;
  const body = styleOf('paragraph', settings);
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { eastAsia: body.fonts[0], ascii: body.fonts[0], hAnsi: body.fonts[0] }, size: body.sizePt * 2 },
          // Every line exactly the 版心's line pitch: 22 lines a page (GB/T 9704 5.2.2.3).
          paragraph: { spacing: { line: linePitchTwips(), lineRule: LineRuleType.EXACT } },
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
          grid: { type: DocumentGridType.DEFAULT, linePitch: linePitchTwips() },
          titlePage: letter || undefined,
        },
        footers: { default: pageNumberFooter('right', settings), even: pageNumberFooter('left', settings), ...(letter ? { first: new Footer({ children: [] }) } : {}) },
        children: blocksOf(doc, settings).flatMap(paragraphsOf),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
