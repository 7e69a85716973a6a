/**
 * Outline and folding of a 公文, as data: the title as the root, the 层次标题 (一、（一）1.（1）) as a
 * tree under it, then the attachments and the 版记; folding ranges for every heading's section, the
 * 版头, the 附件说明, each attachment, the 版记 and the <!-- wenmi-disable --> … <!-- wenmi-enable --> blocks.
 */
import { t } from '../messages';
import type { GongwenDocument, Heading } from '../parse/model';

export type OutlineKind = 'title' | 'heading' | 'header' | 'attachment' | 'colophon';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  /** Shown greyed after the name (the marker's level, e.g. 一级). */
  detail: string;
  /** 1–4 for headings, 0 otherwise. */
  level: number;
  /** The whole section [start, end) (offsets). */
  range: [number, number];
  /** The part to reveal (the heading line's text). */
  selection: [number, number];
  children: OutlineNode[];
}

export interface FoldRange {
  /** 0-based line numbers, inclusive. */
  startLine: number;
  endLine: number;
  kind: 'region' | 'comment';
}

const LEVEL_NAME = ['', '一级', '二级', '三级', '四级'];

/** The last content line (index) of a heading's section: up to the next heading at the same or a higher level. */
function sectionEnds(doc: GongwenDocument): number[] {
  const lastBodyLine = doc.paragraphs.length ? doc.paragraphs[doc.paragraphs.length - 1].line : -1;
  const ends: number[] = [];
  const hs = doc.headings;
  for (let i = 0; i < hs.length; i++) {
    let end = lastBodyLine;
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].level <= hs[i].level) {
        end = hs[j].line - 1;
        break;
      }
    }
    // Skip blank lines at the end of the section.
    while (end > hs[i].line && doc.lines[end].blank) end--;
    ends.push(Math.max(end, hs[i].line));
  }
  return ends;
}

function headingName(h: Heading): string {
  return `${h.marker.text}${h.text.text}`;
}

/** The outline of a parsed document. */
export function buildOutline(doc: GongwenDocument): OutlineNode[] {
  const ends = sectionEnds(doc);
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const headingNodes: OutlineNode[] = [];
  doc.headings.forEach((h, i) => {
    const line = doc.lines[h.line];
    const node: OutlineNode = {
      kind: 'heading',
      name: headingName(h),
      detail: LEVEL_NAME[h.level],
      level: h.level,
      range: [line.start, doc.lines[ends[i]].end],
      selection: [h.marker.start, h.text.end],
      children: [],
    };
    // A heading nests under the nearest preceding heading of a higher level (一、 > （一） > 1. > （1）).
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length) stack[stack.length - 1].children.push(node);
    else headingNodes.push(node);
    stack.push(node);
  });

  const header = doc.header.elements;
  if (header.length) {
    const first = header[0];
    const last = header[header.length - 1];
    roots.push({
      kind: 'header', name: t('drafting.outline.header'), detail: header.map((e) => e.text).join(' ').slice(0, 40),
      level: 0, range: [first.start, last.end], selection: [first.start, first.end], children: [],
    });
  }

  if (doc.title) {
    // The main part: from the title to the 附注 (or whatever comes last before attachments and 版记).
    const ends2 = [
      doc.title.end,
      doc.recipients?.end ?? 0,
      doc.body?.[1] ?? 0,
      doc.attachmentNote?.end ?? 0,
      ...doc.signatures.map((s) => s.end),
      doc.date?.end ?? 0,
      ...doc.notes.map((n) => n.end),
    ];
    roots.push({
      kind: 'title',
      name: doc.title.text,
      detail: doc.subtitle?.text ?? '',
      level: 0,
      range: [doc.title.start, Math.max(...ends2)],
      selection: [doc.title.start, doc.title.end],
      children: headingNodes,
    });
  } else {
    roots.push(...headingNodes);
  }

  doc.attachments.forEach((a, i) => {
    const next = doc.attachments[i + 1]?.label.start ?? doc.colophon[0]?.start;
    const end = next !== undefined ? lastContentEndBefore(doc, next) : doc.text.replace(/\s+$/, '').length;
    roots.push({
      kind: 'attachment',
      name: a.title ? `${a.label.text}　${a.title.text}` : a.label.text,
      detail: '',
      level: 0,
      range: [a.label.start, Math.max(end, a.label.end)],
      selection: [a.label.start, a.label.end],
      children: [],
    });
  });

  if (doc.colophon.length) {
    const first = doc.colophon[0];
    const last = doc.colophon[doc.colophon.length - 1];
    roots.push({
      kind: 'colophon', name: t('drafting.outline.colophon'), detail: '', level: 0,
      range: [first.start, last.end], selection: [first.start, first.end], children: [],
    });
  }
  return roots;
}

function lastContentEndBefore(doc: GongwenDocument, offset: number): number {
  let end = 0;
  for (const l of doc.lines) {
    if (l.start >= offset) break;
    if (!l.blank) end = l.contentEnd;
  }
  return end;
}

function lineOf(doc: GongwenDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const BLOCK_MARKER = /^<!--\s*wenmi-(disable|enable)(?:\s[^>]*)?-->$/;

/** Folding ranges (only multi-line ones). */
export function foldingRanges(doc: GongwenDocument): FoldRange[] {
  const out: FoldRange[] = [];
  const add = (s: number, e: number, kind: FoldRange['kind'] = 'region') => {
    if (e > s) out.push({ startLine: s, endLine: e, kind });
  };
  const visit = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'title') add(lineOf(doc, n.range[0]), lineOf(doc, n.range[1]));
      visit(n.children);
    }
  };
  visit(buildOutline(doc));
  if (doc.attachmentNote) add(doc.attachmentNote.line, lineOf(doc, doc.attachmentNote.end));
  // Suppression blocks.
  const open: number[] = [];
  for (const l of doc.lines) {
    if (!l.comment) continue;
    const m = BLOCK_MARKER.exec(l.content);
    if (!m) continue;
    if (m[1] === 'disable') open.push(l.index);
    else if (open.length) add(open.pop()!, l.index, 'comment');
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
