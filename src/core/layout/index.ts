/**
 * GB/T 9704—2012 as data (gbt9704.json: page, grid, fonts and sizes per element, each with its clause) and the layout
 * model over it: a parsed 公文 → styled blocks → lines on A4 pages. Pure. The Word export, the page preview and the
 * .docx layout rules are to read their numbers here, and only here (issue 10).
 */
import type { LayoutSettings } from '../config';
import type { Element, ElementKind, GongwenDocument } from '../parse/model';
import type { OffsetRange } from '../types';
import data from './gbt9704.json';
import { detectGenre } from '../detect';

export const GBT9704 = data;

export type LayoutRole = keyof typeof data.elements;
type SizeName = keyof typeof data.fontSizesPt;
type FontName = keyof typeof data.fonts;

const MM_PER_PT = 25.4 / 72;

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  textWidthMm: number;
  textHeightMm: number;
  linesPerPage: number;
  charsPerLine: number;
  /** The distance from one line to the next that puts 22 lines in the 版心 (about 28.95 pt). */
  linePitchPt: number;
  /** The width of one character cell that puts 28 characters on a line (about 15.79 pt). */
  charPitchPt: number;
}

/** The page of GB/T 9704 5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm, 22 lines of 28 characters. */
export function pageGeometry(): PageGeometry {
  const { page, margins, textArea, grid } = data;
  return {
    widthMm: page.widthMm,
    heightMm: page.heightMm,
    marginTopMm: margins.topMm,
    marginLeftMm: margins.leftMm,
    marginBottomMm: page.heightMm - margins.topMm - textArea.heightMm,
    marginRightMm: page.widthMm - margins.leftMm - textArea.widthMm,
    textWidthMm: textArea.widthMm,
    textHeightMm: textArea.heightMm,
    linesPerPage: grid.linesPerPage,
    charsPerLine: grid.charsPerLine,
    linePitchPt: textArea.heightMm / grid.linesPerPage / MM_PER_PT,
    charPitchPt: textArea.widthMm / grid.charsPerLine / MM_PER_PT,
  };
}

export interface BlockStyle {
  role: LayoutRole;
  /** Font names, the standard's first, then fallbacks found on common systems. */
  fonts: readonly string[];
  sizePt: number;
  align: 'left' | 'center' | 'right' | 'justify' | 'outside';
  /** RGB hex. */
  color: string;
  firstLineIndentChars: number;
  leftIndentChars: number;
  rightIndentChars: number;
  blankLinesBefore: number;
  /** Starts a new page (an 附件, 7.3.7). */
  newPage: boolean;
  /** The clause of GB/T 9704—2012 the style comes from. */
  clause: string;
}

/** A font family's names: the organisation's choice (layout.fonts) or the standard's with its fallbacks. */
export function styleFonts(family: keyof typeof data.fonts, settings?: LayoutSettings): readonly string[] {
  return settings?.fonts?.[family] ?? data.fonts[family];
}

/** How an element of the standard is set: font, size, alignment, indents (GB/T 9704 7.2–7.5). */
export function styleOf(role: LayoutRole, settings?: LayoutSettings): BlockStyle {
  const e = data.elements[role] as Partial<Record<string, unknown>> & { font: FontName; size: SizeName; align: BlockStyle['align']; clause: string };
  const num = (k: string) => (typeof e[k] === 'number' ? (e[k] as number) : 0);
  return {
    role,
    fonts: settings?.fonts?.[e.font] ?? data.fonts[e.font],
    sizePt: data.fontSizesPt[e.size],
    align: e.align,
    color: e.color === 'red' ? headerColor(settings) : data.colors.text,
    firstLineIndentChars: num('firstLineIndentChars'),
    leftIndentChars: num('leftIndentChars'),
    rightIndentChars: num('rightIndentChars'),
    blankLinesBefore: num('blankLinesBefore'),
    newPage: e.newPage === true,
    clause: e.clause,
  };
}

/** A printed rule (line) above or below a block: the 版头's red 分隔线, the 版记's lines, the 信函格式's double line. */
export interface RuleLine {
  /** RGB hex. */
  color: string;
  thicknessMm: number;
  /** A second, thinner line under the first (信函格式: 上粗下细). */
  double?: { thinMm: number };
  /** Longer than the 版心 (信函格式: 170 mm), centred; the 版心's width otherwise. */
  lengthMm?: number;
  /** The distance between the text and the line. */
  gapMm?: number;
  clause: string;
}

export interface Block {
  role: LayoutRole;
  /** The text as it is printed (a title may hold several lines, see titleLines). */
  lines: string[];
  style: BlockStyle;
  range: OffsetRange;
  /** The indent of a block's lines after its first, in characters (an 附件说明's second item under its first, 7.3.4). */
  continuationIndentChars?: number;
  /** The first characters set in another font (纪要's 出席：/列席：/请假： in 黑体, 10.2). */
  label?: { chars: number; fonts: readonly string[] };
  /** Text set on the same line at the right margin (签发人 beside the 发文字号 of a 上行文, GB/T 9704 7.2.6). */
  right?: string;
  lineAbove?: RuleLine;
  lineBelow?: RuleLine;
}

/** The colour of the 发文机关标志 and the 版头's lines: the standard's red, the organisation's, or black (redHeader: false). */
export function headerColor(settings?: LayoutSettings): string {
  if (settings?.redHeader === false) return data.colors.text;
  return settings?.issuerColor?.toUpperCase() ?? data.colors.red;
}

/** Whether the draft has a 发文机关标志 of its own, or the organisation's settings give one. */
function hasIssuerMark(doc: GongwenDocument, settings?: LayoutSettings): boolean {
  return doc.header.issuerMarks.length > 0 || !!settings?.issuerMark;
}

/** Whether the document is laid out in the 信函格式 (GB/T 9704 10.1): a 函 with a 发文机关标志. */
export function isLetterFormat(doc: GongwenDocument, settings?: LayoutSettings): boolean {
  return hasIssuerMark(doc, settings) && detectGenre(doc)?.genre.id === '函';
}

const ROLE_OF: Partial<Record<ElementKind, LayoutRole>> = {
  copyNo: 'copyNo',
  secrecy: 'secrecy',
  urgency: 'urgency',
  issuerMark: 'issuerMark',
  docNo: 'docNo',
  signer: 'signer',
  title: 'title',
  recipients: 'recipients',
  attachmentNote: 'attachmentNote',
  signature: 'signature',
  date: 'date',
  note: 'note',
  cc: 'cc',
  colophonRecipients: 'cc',
  colophonOther: 'cc',
  imprint: 'imprint',
  attachmentLabel: 'attachmentLabel',
  attachmentTitle: 'attachmentTitle',
};

/** The printed blocks of a parsed 公文, in document order, each with its GB/T 9704 style. */
export function blocksOf(doc: GongwenDocument, settings?: LayoutSettings): Block[] {
  const out: Block[] = [];
  const headingAt = new Map(doc.headings.map((h) => [h.line, h.level]));
  const add = (role: LayoutRole, start: number, end: number, text: string) => {
    const t = text.trim();
    if (!t) return;
    // A title is broken again (7.3.1); other elements keep their own line breaks (an 附件说明's items, a long 抄送).
    const lines = role === 'title' ? titleLines(t.replace(/\s*\n\s*/g, '')) : t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const b: Block = { role, lines, style: styleOf(role, settings), range: [start, end] };
    const cont = (data.elements[role] as { continuationIndentChars?: number }).continuationIndentChars;
    if (cont !== undefined && lines.length > 1) b.continuationIndentChars = cont;
    out.push(b);
  };
  const elements = [
    ...doc.header.elements,
    ...(doc.title ? [doc.title] : []),
    ...(doc.recipients ? [doc.recipients] : []),
    ...doc.paragraphs,
    ...(doc.attachmentNote ? [doc.attachmentNote] : []),
    ...doc.signatures,
    ...(doc.date ? [doc.date] : []),
    ...doc.notes,
    ...doc.colophon,
    ...doc.attachments.flatMap((a) => [a.label, ...(a.title ? [a.title] : [])]),
    ...attachmentBodies(doc),
  ].sort((a, b) => a.start - b.start);
  const letter = isLetterFormat(doc, settings);
  const minutes = detectGenre(doc)?.genre.id === '纪要';
  const m = data.minutes;
  const attendance = new RegExp(`^(?:${m.attendanceLabels.join('|')})[：:]`);
  const signer = doc.header.signer;
  const lastIssuer = doc.header.issuerMarks[doc.header.issuerMarks.length - 1];
  const headerDocNos = doc.header.docNos;
  const lastDocNo = headerDocNos[headerDocNos.length - 1];
  const thick = data.rules.colophonThickMm;
  const thin = data.rules.colophonThinMm;
  const red = headerColor(settings);
  for (const e of elements) {
    if (e.kind === 'paragraph' || e.kind === 'attachmentBody') {
      const level = headingAt.get(e.line);
      add(level ? (`heading${level}` as LayoutRole) : 'paragraph', e.start, e.end, e.text);
      const b = out[out.length - 1];
      // 纪要: 出席：/列席：/请假： in 黑体 (10.2).
      const label = minutes && b?.range[0] === e.start ? attendance.exec(b.lines[0]) : null;
      if (label) b.label = { chars: label[0].length, fonts: styleFonts(m.attendanceLabelFont as keyof typeof data.fonts, settings) };
      continue;
    }
    // 纪要标志 in red (10.2).
    if (e.kind === 'title' && minutes) {
      add('title', e.start, e.end, doc.text.slice(e.start, e.end));
      const b = out[out.length - 1];
      if (b?.range[0] === e.start) b.style = { ...b.style, color: red, clause: m.clause };
      continue;
    }
    // 签发人 is set on the 发文字号's line (7.2.6).
    if (e.kind === 'signer' && lastDocNo) continue;
    const role = ROLE_OF[e.kind];
    if (!role) continue;
    add(role, e.start, e.end, doc.text.slice(e.start, e.end));
    const b = out[out.length - 1];
    if (!b || b.range[0] !== e.start) continue;
    if (e === lastIssuer && letter) {
      // 信函格式: a red double line (上粗下细) 4 mm under the 发文机关标志, 170 mm long (10.1).
      const l = data.letter;
      b.lineBelow = { color: red, thicknessMm: l.thickMm, double: { thinMm: l.thinMm }, lengthMm: l.lineLengthMm, gapMm: l.doubleLineBelowIssuerMm, clause: l.clause };
    }
    // 印发机关 居左空一字, 印发日期 居右空一字, on one line (7.4.3).
    if (e.kind === 'imprint') {
      const m = /^(.+?)[ \t\u3000]{2,}(\S.*印发)$/.exec(b.lines.join(''));
      if (m) (b.lines = [m[1]]), (b.right = m[2]);
    }
    if (e === lastDocNo) {
      if (letter) b.style = { ...b.style, align: 'right', blankLinesBefore: 0, clause: data.letter.clause };
      else if (signer) {
        // 发文字号 居左空一字, 签发人 居右空一字 on the same line (7.2.6).
        b.style = { ...b.style, align: 'left', leftIndentChars: data.elements.docNo.withSignerLeftIndentChars, rightIndentChars: 1, clause: data.elements.signer.clause };
        b.right = doc.text.slice(signer.start, signer.end).trim();
        // Written on the same line as the 发文字号: the 发文字号 is the text before it.
        if (signer.start > e.start && signer.start < e.end) b.lines = [doc.text.slice(e.start, signer.start).trim()];
      }
      // The red 分隔线 4 mm under the 发文字号, as wide as the 版心 (7.2.7): only under a 版头 with its 发文机关标志.
      const sep = data.rules.headerSeparator;
      if (!letter && hasIssuerMark(doc, settings)) b.lineBelow = { color: red, thicknessMm: sep.thicknessMm, gapMm: sep.belowDocNoMm, clause: sep.clause };
    }
  }
  // The organisation's 发文机关标志 when the draft has none (layout.issuerMark): after 份号, 密级 and 紧急程度 (7.2.4).
  if (settings?.issuerMark && !doc.header.issuerMarks.length) {
    const at = out.findIndex((b) => b.role !== 'copyNo' && b.role !== 'secrecy' && b.role !== 'urgency');
    const b: Block = { role: 'issuerMark', lines: [settings.issuerMark.trim()], style: styleOf('issuerMark', settings), range: [0, 0] };
    if (letter) {
      const l = data.letter;
      b.lineBelow = { color: red, thicknessMm: l.thickMm, double: { thinMm: l.thinMm }, lengthMm: l.lineLengthMm, gapMm: l.doubleLineBelowIssuerMm, clause: l.clause };
    }
    out.splice(at < 0 ? out.length : at, 0, b);
  }
  // 版记 (7.4.1): its first and last lines thick (0.35 mm), the lines between its elements thin (0.25 mm).
  const colophon = out.filter((b) => b.role === 'cc' || b.role === 'imprint');
  colophon.forEach((b, i) => {
    b.lineAbove = { color: data.colors.text, thicknessMm: i === 0 ? thick : thin, clause: data.rules.colophonClause };
    if (i === colophon.length - 1) b.lineBelow = { color: data.colors.text, thicknessMm: thick, clause: data.rules.colophonClause };
  });
  return out;
}

/** The lines of each 附件 after its label and title, up to the next 附件 or the 版记: paragraphs of the attachment. */
function attachmentBodies(doc: GongwenDocument): Element[] {
  const out: Element[] = [];
  const stops = [...doc.attachments.map((a) => a.label.start), ...doc.colophon.map((c) => c.start), doc.text.length].sort((a, b) => a - b);
  for (const a of doc.attachments) {
    const from = (a.title ?? a.label).end;
    const to = stops.find((s) => s > from) ?? doc.text.length;
    for (const line of doc.lines) {
      if (line.start < from || line.end > to || line.blank || line.comment) continue;
      out.push({ kind: 'attachmentBody', start: line.contentStart, end: line.contentEnd, text: line.content, line: line.index });
    }
  }
  return out;
}

/** A character's width in character cells: full-width and Han 1, half-width (ASCII, digits) ½. */
export function cellWidth(c: number): number {
  return c < 0x2e80 || (c >= 0xff61 && c <= 0xff9f) ? 0.5 : 1;
}

export function textCells(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += cellWidth(s.charCodeAt(i));
  return w;
}

/** Characters of a given size on one line of the 版心: the grid's 28 of 三号 (5.2.2.3), in proportion for other sizes. */
export function charsPerLineAt(sizePt: number): number {
  return Math.floor((data.grid.charsPerLine * data.fontSizesPt['三号']) / sizePt);
}

/** Word boundaries (Intl.Segmenter where the platform has it; every position otherwise). */
function wordBoundaries(s: string): Set<number> {
  const out = new Set<number>();
  const Segmenter = (Intl as { Segmenter?: new (l: string, o: { granularity: 'word' }) => { segment(t: string): Iterable<{ index: number }> } }).Segmenter;
  if (!Segmenter) {
    for (let i = 1; i < s.length; i++) out.add(i);
    return out;
  }
  for (const seg of new Segmenter('zh', { granularity: 'word' }).segment(s)) if (seg.index > 0) out.add(seg.index);
  return out;
}

/** Where a title line reads best ending: before 关于, after 的 or 、, before 《 or after 》. */
function preferredCut(title: string, at: number): boolean {
  return title.startsWith('关于', at) || '的、》'.includes(title[at - 1]) || title[at] === '《';
}

/** Where a title line must not end: between 的 and the 文种, right after 关于, inside a 《…》 or a quotation. */
const GENRE_TAIL = /的(?:决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)$/;

/**
 * A title broken into lines of at most the 二号 line (GB/T 9704 7.3.1: 回行时词意完整、排列对称、长短适宜, 梯形或菱形):
 * the lines as even as the text allows, growing or shrinking line by line (梯形), or longest in the middle (菱形), never
 * breaking inside a word (Intl.Segmenter), right after 关于, between 的 and the 文种, or inside 《》 “” （）.
 */
export function titleLines(title: string, max = charsPerLineAt(data.fontSizesPt['二号'])): string[] {
  const n = title.length;
  if (textCells(title) <= max) return [title];
  const tail = GENRE_TAIL.exec(title);
  const tailStart = tail ? tail.index : n;
  const banned = new Set<number>();
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = title[i];
    if ('《“（(〔'.includes(c)) depth++;
    else if ('》”）)〕'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth > 0) banned.add(i + 1);
  }
  for (let i = title.indexOf('关于'); i >= 0; i = title.indexOf('关于', i + 1)) banned.add(i + 2);
  for (let i = tailStart + 1; i < n; i++) banned.add(i);
  const words = wordBoundaries(title);
  const ok = (at: number) => at > 0 && at < n && !banned.has(at) && words.has(at);
  const lines = Math.ceil(textCells(title) / max);
  let best: { cuts: number[]; score: number } | undefined;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, n];
    const lens = bounds.slice(1).map((b, i) => textCells(title.slice(bounds[i], b)));
    if (lens.some((l) => l > max || l === 0)) return;
    const spread = Math.max(...lens) - Math.min(...lens);
    // 梯形: the lines growing or shrinking from top to bottom; 菱形 (three lines): the middle one the longest.
    const trapezoid = lens.every((l, i) => i === 0 || l <= lens[i - 1]) || lens.every((l, i) => i === 0 || l >= lens[i - 1]);
    const diamond = lens.length === 3 && lens[1] >= lens[0] && lens[1] >= lens[2];
    const score = spread + (trapezoid || diamond ? 0 : 100) + cuts.filter((c) => !preferredCut(title, c)).length * 3;
    if (!best || score < best.score) best = { cuts, score };
  };
  const search = (from: number, left: number, cuts: number[]) => {
    if (left === 0) return consider(cuts);
    for (let at = from + 1; at < n; at++) if (ok(at)) search(at, left - 1, [...cuts, at]);
  };
  for (let k = lines; k <= lines + 1 && !best; k++) search(0, k - 1, []);
  if (!best) {
    // Nothing fits the rules: cut where the line is full.
    const out: string[] = [];
    let line = '';
    for (const ch of title) {
      if (textCells(line + ch) > max) (out.push(line), (line = ''));
      line += ch;
    }
    return [...out, line];
  }
  const bounds = [0, ...best.cuts, n];
  return bounds.slice(1).map((b, i) => title.slice(bounds[i], b));
}

export interface PageLine {
  role: LayoutRole;
  text: string;
  /** The index of its block in the list given to paginate (the blank lines before a block carry the block's too). */
  block: number;
  /** Whether the line is the block's first printed line, its last, or a continuation (for indents and rules). */
  first: boolean;
  last: boolean;
  /** Text at the right margin on the same line (the block's `right`, on its last line). */
  right?: string;
  blank?: boolean;
  /** Character cells of indent before the text (first-line, left or continuation indent). */
  indent: number;
}

/**
 * The blocks set on pages of 22 lines: each block's lines broken at the characters that fit (its indents taken off,
 * half-width characters half a cell), the blank lines the standard puts before it, a new page when 22 are full.
 */
export function paginate(blocks: readonly Block[]): PageLine[][] {
  const g = pageGeometry();
  const pages: PageLine[][] = [[]];
  const put = (line: PageLine) => {
    if (pages[pages.length - 1].length >= g.linesPerPage) pages.push([]);
    pages[pages.length - 1].push(line);
  };
  blocks.forEach((b, index) => {
    const width = charsPerLineAt(b.style.sizePt);
    if (b.style.newPage && pages[pages.length - 1].length > 0) pages.push([]);
    for (let k = 0; k < b.style.blankLinesBefore && pages[pages.length - 1].length > 0; k++) {
      put({ role: b.role, text: '', block: index, first: false, last: false, blank: true, indent: 0 });
    }
    const printed: PageLine[] = [];
    for (const [k, text] of b.lines.entries()) {
      let line = '';
      let cells = k > 0 && b.continuationIndentChars !== undefined ? b.continuationIndentChars : b.style.firstLineIndentChars + b.style.leftIndentChars;
      let indent = cells;
      const avail = () => width - b.style.rightIndentChars;
      for (const ch of text) {
        const w = cellWidth(ch.charCodeAt(0));
        if (cells + w > avail() && line) {
          printed.push({ role: b.role, text: line, block: index, first: false, last: false, indent });
          line = '';
          cells = indent = b.style.leftIndentChars;
        }
        line += ch;
        cells += w;
      }
      printed.push({ role: b.role, text: line, block: index, first: false, last: false, indent });
    }
    printed[0].first = true;
    printed[printed.length - 1].last = true;
    if (b.right) printed[printed.length - 1].right = b.right;
    for (const l of printed) put(l);
  });
  return pages;
}
