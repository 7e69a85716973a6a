/** Offset ↔ line/column helpers shared by the CLI and tests (the extension uses document.positionAt). */

export interface LineIndex {
  /** Offsets at which each line starts. */
  starts: number[];
  /**
   * Surrogate pairs before each offset (only when the text has any): a column is then the distance from
   * the line start less the pairs in between, found in constant time however many findings share a line.
   */
  pairsBefore?: Uint32Array;
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  let pairs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c >= 0xdc00 && c <= 0xdfff) pairs = true;
  }
  if (!pairs) return { starts };
  const pairsBefore = new Uint32Array(text.length + 1);
  for (let i = 0, n = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    // A low surrogate right after a high one closes a pair: it adds no column.
    if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) n++;
    pairsBefore[i + 1] = n;
  }
  return { starts, pairsBefore };
}

/** 0-based line of an offset (binary search). */
export function lineOfOffset(index: LineIndex, offset: number): number {
  const s = index.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * 1-based line and 1-based column counted in Unicode code points (what a reader counts as characters).
 * O(log lines): no counting from the line start, so 80,000 findings on one pasted line cost no more than
 * 80,000 on 80,000 lines.
 */
export function toLineColumn(_text: string, index: LineIndex, offset: number): { line: number; column: number } {
  const line = lineOfOffset(index, offset);
  const start = index.starts[line];
  const p = index.pairsBefore;
  // An offset between the two halves of a pair counts as after the pair's first half.
  const pairs = p ? p[offset] - p[start] : 0;
  return { line: line + 1, column: offset - start - pairs + 1 };
}

/** Count of characters a drafter would call 字数: CJK characters, letters and digits, not spaces. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) n++;
  }
  return n;
}

/**
 * The matches of a sticky regex tried only where one of `needles` starts in [from, to) — every alternative of the
 * regex begins with one of them — in text order, each after the end of the one before: what a global scan finds,
 * without running the regex over the whole text. The search for the needles stays inside the range.
 */
export function matchesAtNeedles(text: string, needles: readonly string[], sticky: RegExp, from = 0, to = text.length): RegExpExecArray[] {
  const whole = from === 0 && to >= text.length;
  const base = whole ? 0 : from;
  const hay = whole ? text : text.slice(from, to + Math.max(0, ...needles.map((n) => n.length)));
  const starts: number[] = [];
  for (const n of needles) for (let p = hay.indexOf(n); p >= 0 && p + base < to; p = hay.indexOf(n, p + 1)) starts.push(p + base);
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let reach = from;
  for (const at of starts) {
    if (at < reach) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    reach = at + m[0].length;
  }
  return out;
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
