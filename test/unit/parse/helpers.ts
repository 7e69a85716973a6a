/** Helpers for the parser tests: exact offsets of an element, checked against the source text. */
import { strict as assert } from 'node:assert';
import type { GongwenDocument, Span } from '../../../src/core/parse/model';

/** The offset of the nth occurrence (0-based; -1 = the last) of needle in text; fails when it is not there. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  if (nth < 0) {
    const last = text.lastIndexOf(needle);
    assert.ok(last >= 0, `"${needle}" occurs in the text`);
    return last;
  }
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) occurs in the text`);
  }
  return at;
}

/**
 * Asserts that a span is exactly `expected`, found at its nth occurrence in the text: its text, its
 * start and end offsets, and that the text between them is its text.
 */
export function assertSpan(text: string, span: Span | undefined, expected: string, nth = 0, what = 'span'): void {
  assert.ok(span, `${what} is present (expected "${expected}")`);
  const start = offsetOf(text, expected, nth);
  assert.equal(span.text, expected, `${what} text`);
  assert.deepEqual([span.start, span.end], [start, start + expected.length], `${what} offsets of "${expected}"`);
  assert.equal(text.slice(span.start, span.end), span.text, `${what} text is the source between its offsets`);
}

/** Every span of a document model lies inside the text, in order, and (for one-line spans) is its source text. */
export function assertModelConsistent(doc: GongwenDocument): void {
  const { text } = doc;
  const spans: Array<[string, Span]> = [];
  for (const e of doc.header.elements) spans.push([`header.${e.kind}`, e]);
  if (doc.header.signer) spans.push(['signer', doc.header.signer]);
  if (doc.title) {
    spans.push(['title', { ...doc.title, text: doc.title.parts.map((p) => p.text).join('') }]);
    for (const p of doc.title.parts) spans.push(['title.part', p]);
  }
  if (doc.subtitle) spans.push(['subtitle', doc.subtitle]);
  if (doc.recipients) spans.push(['recipients', doc.recipients]);
  for (const p of doc.paragraphs) spans.push(['paragraph', p]);
  for (const h of doc.headings) spans.push(['heading.marker', h.marker], ['heading.text', h.text]);
  if (doc.attachmentNote) {
    spans.push(['attachmentNote.label', doc.attachmentNote.label]);
    for (const it of doc.attachmentNote.items) {
      if (it.marker) spans.push(['attachment.marker', it.marker]);
    }
  }
  for (const s of doc.signatures) spans.push(['signature', s]);
  if (doc.date) spans.push(['date', doc.date]);
  for (const n of doc.notes) spans.push(['note', n]);
  for (const a of doc.attachments) {
    spans.push(['attachment.label', a.label]);
    if (a.title) spans.push(['attachment.title', a.title]);
  }
  for (const c of doc.colophon) if (!/[\r\n]/.test(text.slice(c.start, c.end))) spans.push([`colophon.${c.kind}`, c]);
  for (const [what, s] of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} [${s.start}, ${s.end}) inside the text`);
    if (what === 'title' && doc.title!.parts.length > 1) continue;
    assert.equal(text.slice(s.start, s.end), s.text, `${what} is its source text`);
  }
  for (const [a, b] of doc.quoted) assert.ok(a >= 0 && a < b && b <= text.length, `quoted [${a}, ${b}) inside the text`);
  for (let k = 1; k < doc.paragraphs.length; k++) assert.ok(doc.paragraphs[k - 1].end <= doc.paragraphs[k].start, 'paragraphs in order');
}

/** LF text → CRLF text. */
export function crlf(s: string): string {
  return s.replace(/\n/g, '\r\n');
}
