/**
 * A reviewed copy of a received .docx (issue 14): each finding as a 批注 (comment) anchored on the text it is about,
 * and — with trackChanges — each certain fix as a 修订 (a deletion and an insertion, author and date set), to accept
 * or reject in Word, WPS or LibreOffice. Runs are split where a finding starts or ends (the split halves keep the
 * run's formatting); nothing else in the package changes: only word/document.xml, word/comments.xml, the document's
 * relationships and [Content_Types].xml are written, every other part goes back byte for byte.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { t as msg } from '../core/messages';
import type { Finding } from '../core/types';
import { partText, writePackage, type DocxPackage } from './package';
import { children, isW, paragraphAt, W, type DocxParagraph, type DocxText, type Segment } from './text';

export interface ReviewOptions {
  author: string;
  /** ISO date-time written on the comments and the tracked changes. */
  date: string;
  trackChanges: boolean;
}

export interface ReviewResult {
  bytes: Uint8Array;
  comments: number;
  changes: number;
}

const R_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Splits the runs of a paragraph so that `offset` (in the paragraph's text) falls between two segments, and returns
 * the node to insert before there (null: at the paragraph's end). A generated numbering marker has no node: an offset
 * inside it goes to the paragraph's first content.
 */
function boundary(doc: Document, para: DocxParagraph, offset: number): Node | null {
  const i = para.segments.findIndex((s) => s.node && s.text && offset > s.start && offset < s.start + s.length);
  if (i >= 0) splitSegment(doc, para, i, offset - para.segments[i].start);
  const seg = para.segments.find((s) => s.node && s.length > 0 && s.start >= offset);
  return seg ? insertionPoint(seg) : null;
}

/** Before the run of a segment (before the w:del a 修订 wrapped it in), or before the segment's element. */
function insertionPoint(seg: Segment): Node {
  const run = seg.run ?? seg.node!;
  const parent = run.parentNode as Element | null;
  return parent && isW(parent, 'del') && parent.getAttributeNS(W, 'author') !== null && parent.childNodes.length === 1 ? parent : run;
}

/** Splits segment i's w:t (and its run) at k characters: the run is cloned, each half keeps its formatting. */
function splitSegment(doc: Document, para: DocxParagraph, i: number, k: number): void {
  const seg = para.segments[i];
  const t = seg.node!;
  const run = seg.run!;
  const text = t.textContent ?? '';
  const clone = run.cloneNode(true) as Element;
  const kids = children(run);
  const cloneKids = children(clone);
  const twin = new Map(kids.map((c, j) => [c, cloneKids[j]]));
  // The original run keeps this w:t's first k characters and nothing after it; the clone the rest of it and what
  // followed it (its rPr kept).
  const idx = kids.indexOf(t);
  for (let j = idx + 1; j < kids.length; j++) run.removeChild(kids[j]);
  for (let j = 0; j < idx; j++) if (!isW(cloneKids[j], 'rPr')) clone.removeChild(cloneKids[j]);
  const cloneT = cloneKids[idx];
  setText(doc, t, text.slice(0, k));
  setText(doc, cloneT, text.slice(k));
  run.parentNode!.insertBefore(clone, run.nextSibling);
  const first: Segment = { ...seg, length: k };
  const second: Segment = { node: cloneT, run: clone, start: seg.start + k, length: seg.length - k, text: true };
  const later = para.segments.slice(i + 1).map((s) => (s.run === run && s.node ? { ...s, run: clone, node: twin.get(s.node) ?? s.node } : s));
  para.segments.splice(i, para.segments.length - i, first, second, ...later);
}

function setText(doc: Document, t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text));
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

function wEl(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
  const e = doc.createElementNS(W, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `w:${k}`, v);
  return e;
}

function insertAt(para: DocxParagraph, node: Node, before: Node | null): void {
  if (before) before.parentNode!.insertBefore(node, before);
  else para.p.appendChild(node);
}

/** The run of the body that refers to the note holding a note's paragraph (w:footnoteReference / w:endnoteReference). */
function noteReference(doc: Document, para: DocxParagraph): { run: Element; kind: 'footnote' | 'endnote' } | undefined {
  let e: Node | null = para.p;
  while (e && !(e.nodeType === 1 && (isW(e as Element, 'footnote') || isW(e as Element, 'endnote')))) e = e.parentNode;
  if (!e) return undefined;
  const note = e as Element;
  const kind = note.localName === 'footnote' ? 'footnote' : 'endnote';
  const id = note.getAttributeNS(W, 'id');
  const refs = doc.getElementsByTagNameNS(W, `${kind}Reference`);
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k];
    if (ref.getAttributeNS(W, 'id') === id && ref.parentNode && isW(ref.parentNode as Element, 'r')) return { run: ref.parentNode as Element, kind };
  }
  return undefined;
}

/** The largest w:id in the document (comments, tracked changes, bookmarks share the id space in practice). */
function maxId(doc: Document): number {
  let max = 0;
  const walk = (e: Element) => {
    const id = e.getAttributeNS(W, 'id');
    if (id && /^\d+$/.test(id)) max = Math.max(max, Number(id));
    for (const c of children(e)) walk(c);
  };
  walk(doc.documentElement!);
  return max;
}

export function reviewDocx(pkg: DocxPackage, model: DocxText, findings: readonly Finding[], opts: ReviewOptions): ReviewResult {
  const doc = model.document;
  let nextId = Math.max(maxId(doc), ...model.notes.map((n) => maxId(n.document))) + 1;
  // A note's paragraph is edited in its own part (footnotes.xml, endnotes.xml), written back when touched.
  const touched = new Set<string>();
  const docOf = (para: DocxParagraph): Document => {
    if (para.part) touched.add(para.part);
    return (para.p.ownerDocument as Document | null) ?? doc;
  };
  const parser = new DOMParser();
  const commentsXml = partText(pkg, 'word/comments.xml');
  const commentsDoc = commentsXml
    ? parser.parseFromString(commentsXml, 'text/xml')
    : parser.parseFromString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"/>`, 'text/xml');
  for (const c of children(commentsDoc.documentElement!)) {
    const id = c.getAttributeNS(W, 'id');
    if (id && /^\d+$/.test(id)) nextId = Math.max(nextId, Number(id) + 1);
  }
  const attrs = () => ({ id: String(nextId++), author: opts.author, date: opts.date });
  // The fixes first (they split and wrap runs), then the comments' anchors around them.
  let changes = 0;
  if (opts.trackChanges) {
    let reach = -1;
    const fixes = findings.filter((f) => f.fix).map((f) => f.fix!).sort((a, b) => a.range[0] - b.range[0]);
    for (const full of fixes) {
      // The smallest change: what the fix keeps at either end is no 修订 (府: → 府： deletes ":" and inserts "：").
      const was = model.text.slice(full.range[0], full.range[1]);
      let head = 0;
      while (head < was.length && head < full.text.length && was[head] === full.text[head]) head++;
      let tail = 0;
      while (tail < was.length - head && tail < full.text.length - head && was[was.length - 1 - tail] === full.text[full.text.length - 1 - tail]) tail++;
      const fix = { range: [full.range[0] + head, full.range[1] - tail] as [number, number], text: full.text.slice(head, full.text.length - tail) };
      const [s, e] = fix.range;
      if (s < reach) continue;
      const pi = paragraphAt(model, s);
      const para = model.paragraphs[pi];
      // Within one paragraph, and not in a generated numbering marker.
      if (e > para.end || s < para.start) continue;
      const a = s - para.start;
      const b = e - para.start;
      if (para.segments.some((x) => !x.node && x.start < Math.max(b, a + 1) && x.start + x.length > a)) continue;
      if (trackFix(docOf(para), para, a, b, fix.text, attrs)) {
        changes++;
        reach = e;
      }
    }
  }
  let comments = 0;
  for (const f of findings) {
    const [s, e0] = f.range;
    const pi = paragraphAt(model, s);
    const para = model.paragraphs[pi];
    const a = Math.max(0, s - para.start);
    const b = Math.max(a, Math.min(e0, para.end) - para.start);
    const id = String(nextId++);
    let text = `【${f.ruleId}】${f.message}`;
    const note = para.part ? noteReference(doc, para) : undefined;
    if (para.part && note) {
      // A note's comment is anchored on its reference mark in the body (LibreOffice does not open a file with comments
      // inside footnotes.xml): the comment says which note and which words.
      const startMark = wEl(doc, 'commentRangeStart', { id });
      const endMark = wEl(doc, 'commentRangeEnd', { id });
      note.run.parentNode!.insertBefore(startMark, note.run);
      note.run.parentNode!.insertBefore(endMark, note.run.nextSibling);
      const refRun = wEl(doc, 'r');
      refRun.appendChild(wEl(doc, 'commentReference', { id }));
      endMark.parentNode!.insertBefore(refRun, endMark.nextSibling);
      text = `【${f.ruleId}】${msg('docx.noteComment', { kind: msg(note.kind === 'footnote' ? 'docx.footnote' : 'docx.endnote'), words: model.text.slice(s, Math.max(s + 1, Math.min(e0, para.end))), message: f.message })}`;
    } else {
      const pdoc = docOf(para);
      const startMark = wEl(pdoc, 'commentRangeStart', { id });
      const endMark = wEl(pdoc, 'commentRangeEnd', { id });
      insertAt(para, startMark, boundary(pdoc, para, a));
      const endAt = boundary(pdoc, para, b);
      insertAt(para, endMark, endAt);
      const refRun = wEl(pdoc, 'r');
      refRun.appendChild(wEl(pdoc, 'commentReference', { id }));
      insertAt(para, refRun, endMark.nextSibling);
    }
    const comment = commentsDoc.createElementNS(W, 'w:comment');
    comment.setAttributeNS(W, 'w:id', id);
    comment.setAttributeNS(W, 'w:author', opts.author);
    comment.setAttributeNS(W, 'w:date', opts.date);
    comment.setAttributeNS(W, 'w:initials', 'WM');
    const p = commentsDoc.createElementNS(W, 'w:p');
    const r = commentsDoc.createElementNS(W, 'w:r');
    const t = commentsDoc.createElementNS(W, 'w:t');
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(commentsDoc.createTextNode(text));
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
    commentsDoc.documentElement!.appendChild(comment);
    comments++;
  }
  const serializer = new XMLSerializer();
  const changed: Record<string, string> = { 'word/document.xml': serializer.serializeToString(doc) };
  for (const n of model.notes) if (touched.has(n.part)) changed[n.part] = serializer.serializeToString(n.document);
  if (comments) {
    changed['word/comments.xml'] = serializer.serializeToString(commentsDoc);
    if (!commentsXml) {
      const rels = ensureRelationship(partText(pkg, 'word/_rels/document.xml.rels'));
      if (rels) changed['word/_rels/document.xml.rels'] = rels;
      const types = ensureOverride(partText(pkg, '[Content_Types].xml')!);
      if (types) changed['[Content_Types].xml'] = types;
    }
  }
  return { bytes: writePackage(pkg, changed), comments, changes };
}

/** A 修订: the runs of [a, b) inside w:del (their w:t as w:delText), the replacement in a w:ins after them. */
function trackFix(doc: Document, para: DocxParagraph, a: number, b: number, text: string, attrs: () => Record<string, string>): boolean {
  const startAt = boundary(doc, para, a);
  const endAt = boundary(doc, para, b);
  const runs: Element[] = [];
  for (const s of para.segments) {
    if (s.start >= a && s.start + s.length <= b && s.length > 0 && s.run && !runs.includes(s.run)) runs.push(s.run);
  }
  // Every deleted character must be in a run wholly inside the range (the split made it so).
  const covered = para.segments.filter((s) => s.start < b && s.start + s.length > a).every((s) => s.run && runs.includes(s.run));
  if (!covered || (!runs.length && !text)) return false;
  const template = runs[0] ?? (startAt && (startAt as Element).localName === 'r' ? (startAt as Element) : undefined);
  for (const run of runs) {
    const del = wEl(doc, 'del', attrs());
    run.parentNode!.insertBefore(del, run);
    del.appendChild(run);
    for (const t of children(run).filter((c) => isW(c, 't'))) {
      const dt = wEl(doc, 'delText');
      dt.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      dt.appendChild(doc.createTextNode(t.textContent ?? ''));
      run.replaceChild(dt, t);
    }
  }
  if (text) {
    const ins = wEl(doc, 'ins', attrs());
    const r = wEl(doc, 'r');
    const rPr = template && children(template).find((c) => isW(c, 'rPr'));
    if (rPr) r.appendChild(rPr.cloneNode(true));
    const t = wEl(doc, 't');
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(doc.createTextNode(text));
    r.appendChild(t);
    ins.appendChild(r);
    // After the deleted runs (their w:del wrappers), before what followed them.
    const after = runs.length ? runs[runs.length - 1].parentNode!.nextSibling : endAt;
    if (after) after.parentNode!.insertBefore(ins, after);
    else if (runs.length) runs[runs.length - 1].parentNode!.parentNode!.appendChild(ins);
    else para.p.appendChild(ins);
  }
  return true;
}

function ensureRelationship(xml: string | undefined): string | undefined {
  const parser = new DOMParser();
  const doc = parser.parseFromString(xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${R_NS}"/>`, 'text/xml');
  const rels = children(doc.documentElement!);
  if (rels.some((r) => r.getAttribute('Type') === COMMENTS_REL)) return undefined;
  const ids = new Set(rels.map((r) => r.getAttribute('Id')));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(R_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', COMMENTS_REL);
  rel.setAttribute('Target', 'comments.xml');
  doc.documentElement!.appendChild(rel);
  return new XMLSerializer().serializeToString(doc);
}

function ensureOverride(xml: string): string | undefined {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  if (children(doc.documentElement!).some((o) => o.getAttribute('PartName') === '/word/comments.xml')) return undefined;
  const o = doc.createElementNS(CT_NS, 'Override');
  o.setAttribute('PartName', '/word/comments.xml');
  o.setAttribute('ContentType', COMMENTS_CT);
  doc.documentElement!.appendChild(o);
  return new XMLSerializer().serializeToString(doc);
}
