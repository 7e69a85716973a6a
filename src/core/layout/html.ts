/**
 * The page preview (issue 10): the layout model's pages (blocksOf → paginate, the same line breaking as the Word
 * export) as HTML for a webview — A4 pages in millimetres, the 版心 at its margins, 22 lines of the standard's pitch,
 * each line in its element's font, size, colour and indent, the 版头's and 版记's rules, the page numbers on the outer
 * side — with the findings of the draft marked on the lines of the blocks they fall in. Pure: a string out, and no
 * script in it (its Content-Security-Policy allows inline styles and nothing else: no script, no network).
 */
import type { GongwenDocument } from '../parse/model';
import type { Severity } from '../types';
import type { LayoutSettings } from '../config';
import { blocksOf, GBT9704, pageGeometry, paginate, styleFonts, type Block, type PageLine, type RuleLine } from './index';

export interface PreviewFinding {
  range: readonly [number, number];
  severity: Severity;
  message: string;
}

export interface Preview {
  html: string;
  pages: number;
  /** Lines of text (not blank) over all pages. */
  lines: number;
  /** Blocks that carry a finding. */
  marked: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function cssFonts(fonts: readonly string[]): string {
  return [...fonts.map((f) => `"${f}"`), 'serif'].join(', ');
}

function ruleCss(l: RuleLine, side: 'top' | 'bottom'): string {
  const style = l.double ? 'double' : 'solid';
  const width = l.double ? l.thicknessMm + l.double.thinMm + 0.3 : l.thicknessMm;
  const extra = l.lengthMm ? `margin-left:${-(l.lengthMm - pageGeometry().textWidthMm) / 2}mm;margin-right:${-(l.lengthMm - pageGeometry().textWidthMm) / 2}mm;` : '';
  return `border-${side}:${width.toFixed(2)}mm ${style} #${l.color};padding-${side}:${(l.gapMm ?? 0.5).toFixed(1)}mm;${extra}`;
}

/** The preview of a parsed draft, findings marked. */
export function renderPreview(doc: GongwenDocument, findings: readonly PreviewFinding[], title = '', settings?: LayoutSettings): Preview {
  const g = pageGeometry();
  const blocks = blocksOf(doc, settings);
  const pages = paginate(blocks);
  const marks = blocks.map((b) => findingsIn(b, findings));
  const pitch = g.linePitchPt;
  const css = `
  body { background: #e8e8e8; margin: 0; padding: 8mm 0; font-synthesis: none; }
  .page { position: relative; box-sizing: border-box; width: ${g.widthMm}mm; height: ${g.heightMm}mm; margin: 0 auto 8mm;
    padding: ${g.marginTopMm}mm ${g.marginRightMm}mm ${g.marginBottomMm}mm ${g.marginLeftMm}mm; background: #fff; color: #000;
    box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .area { position: relative; height: ${g.textHeightMm}mm; outline: 1px dashed #d0d0d0; }
  .l { height: ${pitch.toFixed(2)}pt; line-height: ${pitch.toFixed(2)}pt; white-space: pre; overflow: visible; box-sizing: border-box; }
  .r { float: right; }
  .mark { text-decoration: underline wavy; text-underline-offset: 3pt; }
  .error { text-decoration-color: #d00; } .warning { text-decoration-color: #c80; } .info { text-decoration-color: #08c; }
  .num { position: absolute; bottom: ${(g.marginBottomMm - GBT9704.elements.pageNumber.belowTextAreaMm - 5).toFixed(1)}mm; font-size: 14pt; }
  .odd { right: ${g.marginRightMm + 5}mm; } .even { left: ${g.marginLeftMm + 5}mm; }
  .summary { width: ${g.widthMm}mm; margin: 0 auto 4mm; font: 12px sans-serif; color: #333; }`;
  let lineCount = 0;
  const htmlPages = pages.map((page, p) => {
    const lines = page.map((l) => {
      const b = blocks[l.block];
      if (l.blank) return '<div class="l"></div>';
      lineCount++;
      return lineHtml(l, b, marks[l.block]);
    });
    const n = p + 1;
    // 信函格式: no page number on the first page (10.1).
    const letterFirst = p === 0 && blocks.some((b) => b.lineBelow?.double) && !GBT9704.letter.pageNumberOnFirstPage;
    const dash = settings?.pageNumber === 'plain' ? '' : GBT9704.elements.pageNumber.dash;
    const label = dash ? `${dash} ${n} ${dash}` : String(n);
    const num = letterFirst || settings?.pageNumber === 'none' ? '' : `<div class="num ${n % 2 ? 'odd' : 'even'}" style="font-family:${escapeHtml(cssFonts(styleFonts('songti', settings)))}">${label}</div>`;
    return `<div class="page" data-page="${n}"><div class="area">${lines.join('')}</div>${num}</div>`;
  });
  const marked = marks.filter((m) => m.length).length;
  const summary = `<div class="summary">${escapeHtml(title)} · ${pages.length} 页 · GB/T 9704—2012 版式预览（与导出的 Word 文档分行分页相同）${marked ? ` · ${marked} 处有检查提示` : ''}</div>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${css}</style></head>
<body>${summary}${htmlPages.join('')}</body></html>`;
  return { html, pages: pages.length, lines: lineCount, marked };
}

function findingsIn(b: Block, findings: readonly PreviewFinding[]): PreviewFinding[] {
  return findings.filter((f) => f.range[0] < b.range[1] && f.range[1] > b.range[0]);
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function lineHtml(l: PageLine, b: Block, marks: readonly PreviewFinding[]): string {
  const s = b.style;
  const style = [
    `font-family:${cssFonts(s.fonts)}`,
    `font-size:${s.sizePt}pt`,
    // 28 characters of 三号 to the 156 mm line: the grid's pitch, as the Word export condenses its runs (5.2.2.3).
    s.sizePt === GBT9704.fontSizesPt['三号'] ? `letter-spacing:${(pageGeometry().charPitchPt - s.sizePt).toFixed(2)}pt` : '',
    `color:#${s.color}`,
    `text-align:${s.align === 'justify' || s.align === 'outside' ? 'left' : s.align}`,
    `padding-left:${l.indent}em`,
    s.align === 'right' || l.right ? `padding-right:${s.rightIndentChars}em` : '',
    l.first && b.lineAbove ? ruleCss(b.lineAbove, 'top') : '',
    l.last && b.lineBelow ? ruleCss(b.lineBelow, 'bottom') : '',
    l.first && b.lineAbove ? 'height:auto' : '',
    l.last && b.lineBelow ? 'height:auto' : '',
  ].filter(Boolean).join(';');
  let text = escapeHtml(l.text);
  if (b.label && l.first) {
    const k = b.label.chars;
    text = `<span style="font-family:${escapeHtml(cssFonts(b.label.fonts))}">${escapeHtml(l.text.slice(0, k))}</span>${escapeHtml(l.text.slice(k))}`;
  }
  if (marks.length) {
    const worst = SEVERITY_ORDER.find((sev) => marks.some((m) => m.severity === sev)) ?? 'info';
    const tip = escapeHtml(marks.map((m) => m.message).join('\n'));
    text = `<span class="mark ${worst}" title="${tip}">${text}</span>`;
  }
  const right = l.right ? `<span class="r">${escapeHtml(l.right)}</span>` : '';
  return `<div class="l" style="${escapeHtml(style)}">${right}${text}</div>`;
}
