import { t } from '../../messages';
import { GBT9704, pageGeometry } from '../../layout';
import type { DocxLayoutFinding, DocxRule, ParagraphLook } from './types';

const PT_PER_MM = 72 / 25.4;

/** Grid types under which Word sets lines on the document grid (w:docGrid). */
const LINE_GRID = new Set(['lines', 'linesAndChars', 'snapToChars']);
const CHAR_GRID = new Set(['linesAndChars', 'snapToChars']);

/**
 * The distance from one line of a paragraph to the next, in points, when the file fixes it: exact spacing, at-least
 * spacing above the font's own height, or single-ish spacing snapped to a line grid. Undefined when it depends on the
 * font's metrics (auto spacing without a grid): nothing to say then.
 */
export function linePitchOf(p: ParagraphLook, grid: { type: string; linePitchPt?: number } | undefined): number | undefined {
  const natural = (p.sizePt ?? 10.5) * 1.3;
  const line = p.line ?? { rule: 'auto', value: 1 };
  if (line.rule === 'exact') return line.value;
  if (line.rule === 'atLeast') return line.value >= natural ? line.value : undefined;
  if (grid && LINE_GRID.has(grid.type) && grid.linePitchPt) return grid.linePitchPt * Math.max(1, Math.ceil((natural * line.value) / grid.linePitchPt - 0.05));
  return undefined;
}

export const docxGrid: DocxRule = {
  meta: {
    id: 'docx-grid',
    title: '每页 22 行、每行 28 字',
    description: '正文每面排 22 行，每行排 28 个字：由正文的行距（固定值或文档网格）和字符间距（字符网格或字符缩放）算出，行距取决于字体的“单倍行距”等无法确定时不报。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 5.2.2.3',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt }) {
    const page = layout.page;
    if (!page) return [];
    const g = pageGeometry();
    const headingLines = new Set(doc.headings.map((h) => h.line));
    const body = doc.paragraphs.filter((p) => !headingLines.has(p.line)).map((p) => paragraphAt(p.start));
    if (!body.length) return [];
    const out: DocxLayoutFinding[] = [];
    const heightPt = (page.heightMm - page.topMm - page.bottomMm) * PT_PER_MM;
    const widthPt = (page.widthMm - page.leftMm - page.rightMm) * PT_PER_MM;
    // The most frequent count among the body paragraphs: one odd paragraph is not the page's grid.
    const tally = (values: Array<number | undefined>) => {
      const m = new Map<number, { n: number; first: number }>();
      values.forEach((v, k) => {
        if (v === undefined) return;
        const e = m.get(v) ?? { n: 0, first: body[k] };
        e.n++;
        m.set(v, e);
      });
      let best: { v: number; n: number; first: number } | undefined;
      for (const [v, e] of m) if (!best || e.n > best.n) best = { v, ...e };
      return best;
    };
    const lines = tally(body.map((i) => {
      const pitch = layout.paragraphs[i] && linePitchOf(layout.paragraphs[i], layout.grid);
      return pitch ? Math.floor(heightPt / pitch + 0.02) : undefined;
    }));
    if (lines && lines.v !== g.linesPerPage) out.push({ paragraph: lines.first, message: t('docx-grid.lines', { found: lines.v, want: g.linesPerPage }) });
    // Characters a line: only for 三号 text (another size is docx-body-font's finding, and the count follows from it).
    const want = GBT9704.fontSizesPt['三号'];
    const chars = tally(body.map((i) => {
      const p = layout.paragraphs[i];
      if (!p || p.sizePt === undefined || Math.abs(p.sizePt - want) > 0.25) return undefined;
      const pitch = p.sizePt + (p.spacingPt ?? 0) + (layout.grid && CHAR_GRID.has(layout.grid.type) ? layout.grid.charSpacePt ?? 0 : 0);
      return pitch > 0 ? Math.floor(widthPt / pitch + 0.02) : undefined;
    }));
    if (chars && chars.v !== g.charsPerLine) out.push({ paragraph: chars.first, message: t('docx-grid.chars', { found: chars.v, want: g.charsPerLine }) });
    return out;
  },
};
