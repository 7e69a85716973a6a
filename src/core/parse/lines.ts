/** Splits text into lines with offsets, and finds each line's content (without indentation or Markdown marks). */
import type { Line } from './model';

const MD_HEADING = /(#{1,6})[ \t\u3000]+/y;
const MD_QUOTE = /(?:>[ \t\u3000]?)+/y;
const COMMENT_LINE = /^<!--[\s\S]*-->$/;
const TRAILING_MARKER = /^<!--\s*wenmi-[a-z-]+(?:[\s,]+[a-z][a-z0-9-]*)*[\s,]*-->$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  let index = 0;
  // Line feeds found with indexOf (a native scan); a text with carriage returns is walked character by character.
  const cr = text.indexOf('\r') >= 0;
  while (start <= n) {
    let end: number;
    if (cr) {
      end = start;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    } else {
      end = text.indexOf('\n', start);
      if (end < 0) end = n;
    }
    lines.push(makeLine(text, index++, start, end));
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (start === n) {
      lines.push(makeLine(text, index++, n, n));
      break;
    }
  }
  return lines;
}

/**
 * The lines after a change that stays inside one line (no line break removed or added): the lines before it are the
 * old ones, the changed line is read again, and the lines after it are the old ones moved. Undefined otherwise.
 */
export function splitLinesAfter(old: readonly Line[], text: string, c: { start: number; oldEnd: number; newEnd: number }): Line[] | undefined {
  const lo = lineIndexAt(old, c.start);
  const line = old[lo];
  if (!line || c.start < line.start || c.oldEnd > line.end) return undefined;
  for (let i = c.start; i < c.newEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return undefined;
  }
  const delta = c.newEnd - c.oldEnd;
  const lines = old.slice(0, lo);
  lines.push(makeLine(text, lo, line.start, line.end + delta));
  for (let k = lo + 1; k < old.length; k++) {
    const o = old[k];
    // (Every field written out: an object spread of each line costs more than the rest of the update.)
    // ("Not a heading" holds for the same content wherever it moved; a heading's own offsets would not.)
    lines.push(new LineRecord(o.index, o.start + delta, o.end + delta, o.raw, o.content, o.contentStart + delta, o.contentEnd + delta, o.blank, o.comment, o.mdHeading, o.headingCache === null ? null : undefined));
  }
  return lines;
}

/** The index of the line that contains an offset (binary search over the lines' starts). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

function isTrailingSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function makeLine(text: string, index: number, start: number, end: number): Line {
  const raw = text.slice(start, end);
  let s = 0;
  let e = raw.length;
  let mdHeading = 0;
  // Indentation, block-quote marks and heading marks: by character code first, then a sticky regex
  // at the position (no per-line slices: this runs on every line of every keystroke).
  while (s < e && isIndent(raw.charCodeAt(s))) s++;
  let m: RegExpExecArray | null;
  if (raw.charCodeAt(s) === 62 /* > */) {
    MD_QUOTE.lastIndex = s;
    if ((m = MD_QUOTE.exec(raw))) s += m[0].length;
  }
  if (raw.charCodeAt(s) === 35 /* # */) {
    MD_HEADING.lastIndex = s;
    if ((m = MD_HEADING.exec(raw))) {
      mdHeading = m[1].length;
      s += m[0].length;
    }
  }
  // Trailing spaces, scanned by hand: a `[ ]+$` regex is quadratic on a long run of spaces inside a line.
  while (e > s && isTrailingSpace(raw.charCodeAt(e - 1))) e--;
  // A suppression marker at the end of a line (<!-- wenmi-disable-line … -->) is not the line's text.
  if (raw.endsWith('-->', e)) {
    const open = raw.lastIndexOf('<!--', e);
    if (open > s && TRAILING_MARKER.test(raw.slice(open, e))) {
      e = open;
      while (e > s && /[ \t\u3000\u00a0]/.test(raw[e - 1])) e--;
    }
  }
  // A closing "#" run of an ATX heading.
  if (mdHeading) {
    let h = e;
    while (h > s && raw.charCodeAt(h - 1) === 35 /* # */) h--;
    let sp = h;
    while (sp > s && (raw.charCodeAt(sp - 1) === 32 || raw.charCodeAt(sp - 1) === 9)) sp--;
    if (h < e && sp < h) e = sp;
  }
  // A whole line in **bold** (Markdown) counts as its inner text.
  if (e - s > 4 && raw.startsWith('**', s) && raw.endsWith('**', e) && raw.indexOf('**', s + 2) === e - 2) {
    s += 2;
    e -= 2;
  }
  const content = raw.slice(s, e);
  return new LineRecord(index, start, end, raw, content, start + s, start + e, content.length === 0, content.startsWith('<!--') && COMMENT_LINE.test(content), mdHeading, undefined);
}

/**
 * A line, made by a constructor rather than an object literal. Every line of a lint outlives the scavenges that
 * happen during it, and V8 then pretenures an object literal's allocation site (its objects are made in the old
 * generation from then on); a constructor has no such site. Measured in one process against the literal, alternating
 * lints of 100k characters of real text: 0.93× the time of a whole lint.
 */
class LineRecord implements Line {
  constructor(
    public index: number,
    public start: number,
    public end: number,
    public raw: string,
    public content: string,
    public contentStart: number,
    public contentEnd: number,
    public blank: boolean,
    public comment: boolean,
    public mdHeading: number,
    public headingCache: Line['headingCache'],
  ) {}
}
