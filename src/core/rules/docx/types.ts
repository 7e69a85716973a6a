/**
 * The layout rules read from a .docx (issue 14) are pure: they check the layout that src/docx/layout.ts resolved from the
 * file (as Word resolves it: defaults, styles, direct formatting, theme fonts) against the numbers of the GB/T 9704
 * layout model (src/core/layout), one place for the standard's numbers. The XML is read outside the core.
 */
import type { GongwenDocument } from '../../parse/model';
import type { Severity } from '../../types';
import type { RuleMeta } from '../types';

export interface RunLook {
  /** East-Asian font name, as resolved (theme fonts to their typeface); undefined when nothing sets one. */
  font?: string;
  /** Size in points. */
  sizePt?: number;
  /** RGB hex (upper case), or 'AUTO'. */
  color?: string;
  /** Character spacing added (negative: condensed), in points. */
  spacingPt?: number;
  /** The font of Latin text and digits (w:ascii, or the theme's Latin font): a page number's digits are set in it. */
  asciiFont?: string;
}

/** A paragraph border line: Word's style name and its width in points. */
export interface BorderLook {
  style: string;
  widthPt: number;
}

export interface ParagraphLook extends RunLook {
  /** w:jc as written: left/start, center, right/end, both (justified), distribute … */
  align?: string;
  /** Line spacing: 'exact' / 'atLeast' in points, or 'auto' as a multiple of single spacing. */
  line?: { rule: 'exact' | 'atLeast' | 'auto'; value: number };
  /** Right and left indents in points (w:ind right/end, left/start), and as characters where given so (rightChars). */
  rightIndentPt?: number;
  rightIndentChars?: number;
  leftIndentPt?: number;
  /** Paragraph borders above and below (版记 lines). */
  borderTop?: BorderLook;
  borderBottom?: BorderLook;
  /** The line Word draws between two paragraphs of the same borders (w:between): it draws neither's top nor bottom there. */
  borderBetween?: BorderLook;
  /** The paragraph borders as written (top, bottom, between), to tell whether two paragraphs form one bordered group. */
  bordersKey?: string;
  /** Whether the paragraph holds a drawing or a VML shape (a line may be drawn instead of a border). */
  hasDrawing?: boolean;
  /** Whether the paragraph is in a table cell. */
  inTable?: boolean;
  /** What the characters in [start, end) of the paragraph's text look like, run by run (offsets in the document text). */
  runs: Array<{ start: number; end: number; look: RunLook }>;
}

export interface FooterLook {
  /** default (odd pages when even/odd footers are on), even, first. */
  kind: string;
  /** The footer's text with field results (the PAGE field shown as "#"). */
  text: string;
  /** Whether it holds a PAGE field. */
  hasPageField: boolean;
  align?: string;
  /** The size and font of the page number's run. */
  look: RunLook;
}

export interface DocxLayout {
  /** Page size and margins in millimetres (the body's last section). */
  page?: { widthMm: number; heightMm: number; topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** The section's document grid (w:docGrid): its type and line pitch (points), character spacing (points added). */
  grid?: { type: string; linePitchPt?: number; charSpacePt?: number };
  /** Whether odd and even pages have footers of their own (w:evenAndOddHeaders in settings.xml). */
  evenAndOddFooters: boolean;
  /** Whether the first page has its own (w:titlePg). */
  titlePage: boolean;
  footers: FooterLook[];
  /** Per paragraph of the text (same order): what most of its text looks like. */
  paragraphs: ParagraphLook[];
}

export interface DocxLayoutContext {
  layout: DocxLayout;
  /** The document's text as read (paragraphs joined by line breaks) and each paragraph's offsets in it. */
  text: string;
  paragraphs: ReadonlyArray<{ start: number; end: number }>;
  /** The parsed text (title, 正文 and header elements by offset). */
  doc: GongwenDocument;
  /** The paragraph (index in `paragraphs`) holding a text offset. */
  paragraphAt(offset: number): number;
}

export interface DocxLayoutFinding {
  /** The paragraph (index in DocxText.paragraphs) the finding is about; the first one for the page. */
  paragraph: number;
  message: string;
  severity?: Severity;
}

export interface DocxRule {
  meta: Pick<RuleMeta, 'id' | 'title' | 'description' | 'basis' | 'source' | 'defaultSeverity'>;
  /** The link to its section of docs/rules.md (set by the registry). */
  docs?: string;
  check(ctx: DocxLayoutContext): DocxLayoutFinding[];
}

/** The look of most of the characters of [start, end) in a paragraph (the heading part of a run-in heading). */
export function lookOf(p: ParagraphLook, start: number, end: number): RunLook | undefined {
  const weights = new Map<string, { look: RunLook; n: number }>();
  for (const r of p.runs) {
    const n = Math.min(end, r.end) - Math.max(start, r.start);
    if (n <= 0) continue;
    const key = `${r.look.font}|${r.look.sizePt}|${r.look.color}|${r.look.spacingPt}`;
    const w = weights.get(key) ?? { look: r.look, n: 0 };
    w.n += n;
    weights.set(key, w);
  }
  let best: { look: RunLook; n: number } | undefined;
  for (const w of weights.values()) if (!best || w.n > best.n) best = w;
  return best?.look;
}
