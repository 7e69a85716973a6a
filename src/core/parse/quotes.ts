/** Finds quoted and cited spans (《》 “” ‘’ 「」 "…"), so rules can ignore phrases that are not the document's own. */
import type { OffsetRange } from '../types';

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '「': '」', '『': '』', '〈': '〉' };

const OPEN_TO_CLOSE = new Map<number, number>([...Object.entries(PAIRS)].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSERS = new Set<number>([...OPEN_TO_CLOSE.values()]);
const STRAIGHT = 34; // "
/** The characters the scan stops at: quotation marks and line breaks (one table look-up per character). */
const MARK = new Uint8Array(0x10000);
for (const ch of '《》“”‘’「」『』〈〉"\n\r') MARK[ch.charCodeAt(0)] = 1;

/** Opening mark → its closing mark (0: not an opening mark), and closing marks; one table look-up per mark. */
const CLOSE_OF = new Uint16Array(0x10000);
for (const [o, c] of OPEN_TO_CLOSE) CLOSE_OF[o] = c;
const IS_CLOSER = new Uint8Array(0x10000);
for (const c of CLOSERS) IS_CLOSER[c] = 1;

export function findQuotedRanges(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  // The open marks of the paragraph (their closing mark and where each opened), as a stack.
  const closeStack: number[] = [];
  const atStack: number[] = [];
  let depth = 0;
  let straightOpen = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (MARK[ch] === 0) continue;
    if (ch === 10 || ch === 13) {
      // Quotes do not run across paragraphs; an unclosed one is punct-paired's business.
      depth = 0;
      straightOpen = -1;
      continue;
    }
    if (ch === STRAIGHT) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push([straightOpen, i + 1]);
        straightOpen = -1;
      }
      continue;
    }
    const close = CLOSE_OF[ch];
    if (close !== 0) {
      if (depth === closeStack.length) {
        closeStack.push(close);
        atStack.push(i);
        depth++;
      } else {
        closeStack[depth] = close;
        atStack[depth++] = i;
      }
      continue;
    }
    if (depth > 0 && IS_CLOSER[ch] === 1 && closeStack[depth - 1] === ch) {
      depth--;
      // Only the outermost span matters for "is this inside a quotation".
      if (depth === 0) out.push([atStack[0], i + 1]);
    }
  }
  // The spans are this function's own arrays: sorted (only when a straight pair closed inside a longer span put them
  // out of order) and merged in place, without a copy of each.
  let sorted = true;
  for (let k = 1; k < out.length && sorted; k++) sorted = out[k - 1][0] <= out[k][0];
  if (!sorted) out.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    if (w > 0 && r[0] <= out[w - 1][1]) out[w - 1][1] = Math.max(out[w - 1][1], r[1]);
    else out[w++] = r;
  }
  out.length = w;
  return out;
}

/**
 * The quoted spans after a change inside the line [lineStart, lineEnd) of the new text: quotations do not run across
 * lines, so the others are the old ones (moved by `delta` after the line).
 */
export function quotedAfter(old: readonly OffsetRange[], text: string, lineStart: number, lineEnd: number, delta: number): OffsetRange[] {
  const out: OffsetRange[] = [];
  let k = 0;
  while (k < old.length && old[k][1] <= lineStart) out.push(old[k++]);
  for (const [s, e] of findQuotedRanges(text.slice(lineStart, lineEnd))) out.push([s + lineStart, e + lineStart]);
  const oldLineEnd = lineEnd - delta;
  while (k < old.length && old[k][0] < oldLineEnd) k++;
  for (; k < old.length; k++) out.push([old[k][0] + delta, old[k][1] + delta]);
  return out;
}

export function mergeRanges(ranges: OffsetRange[]): OffsetRange[] {
  const merged: OffsetRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The quoted range that contains [start, end), or undefined (binary search over sorted ranges). */
export function enclosingRange(ranges: readonly OffsetRange[], start: number, end: number): OffsetRange | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r[1] <= start) lo = mid + 1;
    else if (r[0] > start) hi = mid - 1;
    else return end <= r[1] ? r : undefined;
  }
  return undefined;
}

/** Whether [start, end) lies inside one quoted range. */
export function isInside(ranges: readonly OffsetRange[], start: number, end: number): boolean {
  return enclosingRange(ranges, start, end) !== undefined;
}
