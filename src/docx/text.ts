/**
 * The text of a .docx as its reader sees it (issue 14), for the same rules as a plain-text draft: paragraphs in order
 * (tables cell by cell, text boxes after the paragraph that holds them), tracked changes in their accepted view
 * (insertions in, deletions out), field results rather than field codes, and the markers Word generates from its
 * numbering definitions (一、 （一） 1.) written before their paragraph's text as if typed. Every character of the text
 * keeps where it came from (its w:t element and offset), so that a finding can be anchored back on the runs.
 *
 * XML is read and written with @xmldom/xmldom (a DOM parser and serialiser, Node and browsers); never with regular
 * expressions.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { t } from '../core/messages';
import { lineOfOffset } from '../core/text';
import { DocxError, partText, type DocxPackage } from './package';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Where a stretch of a paragraph's text comes from: a w:t (or w:tab, w:br) element, or nothing (a numbering marker). */
export interface Segment {
  /** The element the characters are in; undefined for a generated marker. */
  node?: Element;
  /** The run (w:r) holding `node`. */
  run?: Element;
  /** Offset in the paragraph's text. */
  start: number;
  length: number;
  /** Whether the characters are the element's text (w:t), which can be split; a tab or break is one character. */
  text: boolean;
}

export interface DocxParagraph {
  p: Element;
  /** Offsets of the paragraph's text in DocxText.text. */
  start: number;
  end: number;
  segments: Segment[];
  /** Whether it is in a table cell. */
  inTable?: boolean;
  /** The part it is in, when not word/document.xml: a footnote's or an endnote's paragraph. */
  part?: string;
}

export interface DocxText {
  /** The body's text, then (after a blank line) the footnotes' and endnotes' paragraphs. */
  text: string;
  paragraphs: DocxParagraph[];
  document: Document;
  /** Where the body's text ends: the notes (if any) come after it. */
  bodyEnd: number;
  /** Where the notes' text starts (text.length when there are none). */
  notesStart: number;
  /** The notes' parts as read (footnotes.xml, endnotes.xml), edited in place by the review like the body. */
  notes: Array<{ part: string; document: Document }>;
}

/** The note parts read after the body, and the notes in them that are no separator. */
const NOTE_PARTS = [['word/footnotes.xml', 'footnote'], ['word/endnotes.xml', 'endnote']] as const;

const ONE_CHAR: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-', softHyphen: '' };

/** The element children of a node (shared with review.ts). */
export function children(n: Node): Element[] {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** Whether an element is w:<name> (WordprocessingML). */
export const isW = (e: Element, name: string) => e.namespaceURI === W && e.localName === name;

function parseXml(xml: string, name: string): Document {
  let failed: string | undefined;
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level === 'fatalError' || level === 'error') failed ??= msg;
    },
  }).parseFromString(xml, 'text/xml');
  if (failed || !doc.documentElement) throw new DocxError('corrupt', t('docx.badXml', { part: name, reason: failed ?? '空文档' }));
  return doc;
}

/** The document's text, its paragraphs and where each character came from. */
export function readDocxText(pkg: DocxPackage): DocxText {
  const document = parseXml(partText(pkg, 'word/document.xml')!, 'word/document.xml');
  const numbering = numberingOf(pkg);
  const styleNum = styleNumbering(pkg);
  const body = children(document.documentElement!).find((e) => isW(e, 'body'));
  const paragraphs: DocxParagraph[] = [];
  let text = '';
  let tableDepth = 0;
  let part: string | undefined;
  let gap = false;
  const addParagraph = (p: Element) => {
    const segments: Segment[] = [];
    let ptext = '';
    const push = (s: string, seg: Omit<Segment, 'start' | 'length'>) => {
      if (!s) return;
      segments.push({ ...seg, start: ptext.length, length: s.length });
      ptext += s;
    };
    const marker = numbering.marker(p, styleNum);
    if (marker) push(marker, { text: false });
    const boxes: Element[] = [];
    const walk = (e: Element, run?: Element) => {
      for (const c of children(e)) {
        if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
          // Text boxes: the Choice's (the Fallback repeats it), read after this paragraph.
          const choice = children(c).find((x) => x.namespaceURI === MC && x.localName === 'Choice');
          if (choice) collectBoxes(choice, boxes);
          continue;
        }
        if (c.namespaceURI !== W) continue;
        switch (c.localName) {
          case 'pPr': case 'rPr': case 'del': case 'moveFrom': case 'instrText': case 'delText': case 'commentReference':
          case 'footnoteReference': case 'endnoteReference': case 'fldChar': case 'proofErr': case 'bookmarkStart': case 'bookmarkEnd':
            continue;
          case 'drawing': case 'pict':
            collectBoxes(c, boxes);
            continue;
          case 'r':
            walk(c, c);
            continue;
          case 't':
            push(c.textContent ?? '', { node: c, run, text: true });
            continue;
          default:
            if (c.localName && c.localName in ONE_CHAR) {
              // A page break is no line of text.
              if (c.localName === 'br' && c.getAttributeNS(W, 'type') === 'page') continue;
              push(ONE_CHAR[c.localName], { node: c, run, text: false });
              continue;
            }
            // ins, moveTo, hyperlink, fldSimple, smartTag, customXml, sdt/sdtContent, dir, bdo: their runs count.
            walk(c, run);
        }
      }
    };
    walk(p);
    // (The first note after the body is set off by a blank line.)
    const sep = paragraphs.length ? (gap ? '\n\n' : '\n') : '';
    gap = false;
    const start = text.length + sep.length;
    text += sep + ptext;
    paragraphs.push({ p, start, end: start + ptext.length, segments, ...(tableDepth ? { inTable: true } : {}), ...(part ? { part } : {}) });
    for (const box of boxes) for (const inner of paragraphsIn(box)) addParagraph(inner);
  };
  const walkBlocks = (e: Element) => {
    for (const c of children(e)) {
      if (isW(c, 'p')) addParagraph(c);
      else if (isW(c, 'tbl')) {
        tableDepth++;
        walkBlocks(c);
        tableDepth--;
      } else if (isW(c, 'tr') || isW(c, 'tc') || isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) walkBlocks(c);
    }
  };
  if (body) walkBlocks(body);
  const bodyEnd = text.length;
  // Footnotes and endnotes, as the reader sees them at the foot of the page or the end: their paragraphs after the body.
  const notes: DocxText['notes'] = [];
  let notesStart = -1;
  for (const [name, kind] of NOTE_PARTS) {
    const xml = partText(pkg, name);
    if (!xml) continue;
    const notesDoc = parseXml(xml, name);
    notes.push({ part: name, document: notesDoc });
    part = name;
    for (const note of children(notesDoc.documentElement!).filter((e) => isW(e, kind))) {
      const type = note.getAttributeNS(W, 'type');
      if (type && type !== 'normal') continue;
      if (notesStart < 0) gap = paragraphs.length > 0;
      const before = paragraphs.length;
      walkBlocks(note);
      if (notesStart < 0 && paragraphs.length > before) notesStart = paragraphs[before].start;
    }
  }
  return { text, paragraphs, document, bodyEnd, notesStart: notesStart < 0 ? text.length : notesStart, notes };
}

/** The text, or a DocxError('empty') when the document has none to check (only pictures, a scan). */
export function requireText(model: DocxText): DocxText {
  if (!/[^\s\u3000]/.test(model.text)) throw new DocxError('empty', t('docx.empty'));
  return model;
}

/** The paragraph holding text offset `at` (binary search over the paragraphs' starts). */
export function paragraphAt(model: DocxText, at: number): number {
  let starts = STARTS.get(model);
  if (!starts) STARTS.set(model, (starts = model.paragraphs.map((p) => p.start)));
  return lineOfOffset({ starts }, at);
}

const STARTS = new WeakMap<DocxText, number[]>();

function collectBoxes(e: Element, out: Element[]): void {
  for (const c of children(e)) {
    if (isW(c, 'txbxContent')) out.push(c);
    else if (!(c.namespaceURI === MC && c.localName === 'Fallback')) collectBoxes(c, out);
  }
}

function paragraphsIn(box: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (isW(c, 'p')) out.push(c);
      else if (isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc') || isW(c, 'sdt') || isW(c, 'sdtContent')) walk(c);
    }
  };
  walk(box);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Automatic numbering: the marker Word shows before a numbered paragraph (一、 （一） 1. ①).

interface Level {
  start: number;
  format: string;
  text: string;
}

const CN_DIGITS = '零一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'taiwaneseCounting': case 'taiwaneseCountingThousand': case 'japaneseCounting':
    case 'koreanCounting': case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return n <= 10 ? '零壹贰叁肆伍陆柒捌玖拾'[n] : String(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter': return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'lowerLetter': return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'upperRoman': case 'lowerRoman': {
      const r = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] ?? String(n);
      return format === 'lowerRoman' ? r.toLowerCase() : r;
    }
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

interface Numbering {
  marker(p: Element, styleNum: Map<string, { numId: string; ilvl: number }>): string;
}

function numberingOf(pkg: DocxPackage): Numbering {
  const xml = partText(pkg, 'word/numbering.xml');
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  if (xml) {
    const doc = parseXml(xml, 'word/numbering.xml');
    for (const e of children(doc.documentElement!)) {
      if (isW(e, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of children(e).filter((x) => isW(x, 'lvl'))) {
          const val = (name: string) => children(lvl).find((x) => isW(x, name))?.getAttributeNS(W, 'val') ?? undefined;
          levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), { start: Number(val('start') ?? 1), format: val('numFmt') ?? 'decimal', text: val('lvlText') ?? '' });
        }
        abstract.set(e.getAttributeNS(W, 'abstractNumId') ?? '', levels);
      } else if (isW(e, 'num')) {
        const abs = children(e).find((x) => isW(x, 'abstractNumId'))?.getAttributeNS(W, 'val') ?? '';
        const overrides = new Map<number, number>();
        for (const o of children(e).filter((x) => isW(x, 'lvlOverride'))) {
          const s = children(o).find((x) => isW(x, 'startOverride'))?.getAttributeNS(W, 'val');
          if (s) overrides.set(Number(o.getAttributeNS(W, 'ilvl') ?? 0), Number(s));
        }
        nums.set(e.getAttributeNS(W, 'numId') ?? '', { abstractId: abs, overrides });
      }
    }
  }
  // Counters per abstract numbering (Word continues a list across numIds that share it).
  const counters = new Map<string, number[]>();
  return {
    marker(p, styleNum) {
      const pPr = children(p).find((x) => isW(x, 'pPr'));
      const numPr = pPr && children(pPr).find((x) => isW(x, 'numPr'));
      let numId = numPr && children(numPr).find((x) => isW(x, 'numId'))?.getAttributeNS(W, 'val');
      let ilvl = Number((numPr && children(numPr).find((x) => isW(x, 'ilvl'))?.getAttributeNS(W, 'val')) ?? 0);
      if (!numId && pPr) {
        const styleId = children(pPr).find((x) => isW(x, 'pStyle'))?.getAttributeNS(W, 'val');
        const s = styleId ? styleNum.get(styleId) : undefined;
        if (s) ({ numId, ilvl } = s);
      }
      if (!numId || numId === '0') return '';
      const num = nums.get(numId);
      const levels = num && abstract.get(num.abstractId);
      const level = levels?.get(ilvl);
      if (!num || !levels || !level) return '';
      const c = counters.get(num.abstractId) ?? [];
      counters.set(num.abstractId, c);
      for (let k = 0; k <= ilvl; k++) if (c[k] === undefined) c[k] = (num.overrides.get(k) ?? levels.get(k)?.start ?? 1) - 1;
      c[ilvl]++;
      c.length = ilvl + 1;
      return level.text.replace(/%([1-9])/g, (_, d: string) => formatNumber(c[Number(d) - 1] ?? 1, levels.get(Number(d) - 1)?.format ?? 'decimal'));
    },
  };
}

/** Paragraph styles that carry a numbering (w:style/w:pPr/w:numPr): styleId → its numId and level. */
function styleNumbering(pkg: DocxPackage): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  const xml = partText(pkg, 'word/styles.xml');
  if (!xml) return out;
  const doc = parseXml(xml, 'word/styles.xml');
  for (const s of children(doc.documentElement!).filter((x) => isW(x, 'style'))) {
    const pPr = children(s).find((x) => isW(x, 'pPr'));
    const numPr = pPr && children(pPr).find((x) => isW(x, 'numPr'));
    const numId = numPr && children(numPr).find((x) => isW(x, 'numId'))?.getAttributeNS(W, 'val');
    if (numId) out.set(s.getAttributeNS(W, 'styleId') ?? '', { numId, ilvl: Number(children(numPr!).find((x) => isW(x, 'ilvl'))?.getAttributeNS(W, 'val') ?? 0) });
  }
  return out;
}
