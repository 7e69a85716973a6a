/** Offset ↔ line/column helpers shared by the CLI and tests (the extension uses document.positionAt). */

export interface LineIndex {
  /** Offsets at which each line starts. */
  starts: number[];
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { starts };
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

/** 1-based line and 1-based column counted in Unicode code points (what a reader counts as characters). */
export function toLineColumn(text: string, index: LineIndex, offset: number): { line: number; column: number } {
  const line = lineOfOffset(index, offset);
  let column = 1;
  for (let i = index.starts[line]; i < offset; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair counts once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return { line: line + 1, column };
}

/** Count of characters a drafter would call 字数: CJK characters, letters and digits, not spaces. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) n++;
  }
  return n;
}
