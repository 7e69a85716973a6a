/** Splits text into lines with offsets, and finds each line's content (without indentation or Markdown marks). */
import type { Line } from './model';

const INDENT = /^[ \t\u3000\u00a0\ufeff]*/;
const MD_HEADING = /^(#{1,6})[ \t\u3000]+/;
const MD_QUOTE = /^(?:>[ \t\u3000]?)+/;
const TRAILING = /[ \t\u3000\u00a0]+$/;
const COMMENT_LINE = /^<!--[\s\S]*-->$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  let index = 0;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
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

function makeLine(text: string, index: number, start: number, end: number): Line {
  const raw = text.slice(start, end);
  let s = 0;
  let e = raw.length;
  let mdHeading = 0;
  let m = INDENT.exec(raw);
  if (m) s = m[0].length;
  const rest = raw.slice(s);
  m = MD_QUOTE.exec(rest);
  if (m) s += m[0].length;
  m = MD_HEADING.exec(raw.slice(s));
  if (m) {
    mdHeading = m[1].length;
    s += m[0].length;
  }
  const tm = TRAILING.exec(raw);
  if (tm) e = Math.max(s, tm.index);
  // A closing "#" run of an ATX heading.
  if (mdHeading) {
    const closing = /[ \t]+#+$/.exec(raw.slice(s, e));
    if (closing) e = s + closing.index;
  }
  // A whole line in **bold** (Markdown) counts as its inner text.
  if (e - s > 4 && raw.startsWith('**', s) && raw.endsWith('**', e) && raw.indexOf('**', s + 2) === e - 2) {
    s += 2;
    e -= 2;
  }
  const content = raw.slice(s, e);
  return {
    index,
    start,
    end,
    raw,
    content,
    contentStart: start + s,
    contentEnd: start + e,
    blank: content.length === 0,
    comment: COMMENT_LINE.test(content),
    mdHeading,
  };
}
