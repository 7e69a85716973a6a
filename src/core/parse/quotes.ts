/** Finds quoted and cited spans (《》 “” ‘’ 「」 "…"), so rules can ignore phrases that are not the document's own. */
import type { OffsetRange } from '../types';

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '「': '」', '『': '』', '〈': '〉' };

const MARKS = /[《》“”‘’「」『』〈〉"\n\r]/g;

export function findQuotedRanges(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  let straightOpen = -1;
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Jump from mark to mark: most of a document has none.
  while ((m = MARKS.exec(text))) {
    const ch = m[0];
    const i = m.index;
    if (ch === '\n' || ch === '\r') {
      // Quotes do not run across paragraphs; an unclosed one is punct-paired's business.
      stack.length = 0;
      straightOpen = -1;
      continue;
    }
    const close = PAIRS[ch];
    if (close) {
      stack.push({ close, at: i });
      continue;
    }
    if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push([straightOpen, i + 1]);
        straightOpen = -1;
      }
      continue;
    }
    if (stack.length && stack[stack.length - 1].close === ch) {
      const open = stack.pop()!;
      // Only the outermost span matters for "is this inside a quotation".
      if (stack.length === 0) out.push([open.at, i + 1]);
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  return mergeRanges(out);
}

/** Sorted ranges → sorted, non-overlapping ranges. */
export function mergeRanges(ranges: OffsetRange[]): OffsetRange[] {
  const merged: OffsetRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Whether [start, end) lies inside one quoted range (binary search over sorted ranges). */
export function isInside(ranges: readonly OffsetRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r[1] <= start) lo = mid + 1;
    else if (r[0] > start) hi = mid - 1;
    else return end <= r[1];
  }
  return false;
}
