/** Recognises 层次序号 (一、 （一） 1. （1）) at the start of a 正文 line, including faulty variants. */
import type { Heading, HeadingLevel, Line } from './model';
import { chineseNumeral, HEADING_L1, HEADING_L2, HEADING_L3, HEADING_L4, toChineseNumeral } from './patterns';

export function canonicalMarker(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1: return `${toChineseNumeral(n)}、`;
    case 2: return `（${toChineseNumeral(n)}）`;
    case 3: return `${n}.`;
    case 4: return `（${n}）`;
  }
}

// Module-level copies: read once, not through an import binding on every line.
const L1 = HEADING_L1;
const L2 = HEADING_L2;
const L3 = HEADING_L3;
const L4 = HEADING_L4;
const CN_NUMERALS = '一二三四五六七八九十百';
const SENTENCE_END = /[。！？]/;
/** Chinese numerals as 层次序数 write them: 一…九, 十, 十一…十九, 二十…九十九, 一百…. */
const WELL_FORMED = /^(?:[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|[一二三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?)$/;

/** Whether a line can start with a 层次序号 at all: a numeral, a digit or an opening parenthesis. */
function mayBeHeading(c: string): boolean {
  const ch = c.charCodeAt(0);
  return (ch >= 48 && ch <= 57) || ch === 0xff08 /* （ */ || ch === 40 /* ( */ || ch === 0x3014 /* 〔 */ || ch === 0xff3b /* ［ */ || ch === 91 /* [ */ || ch === 0x3010 /* 【 */ || CN_NUMERALS.includes(c[0]);
}

// The parser asks about the same line several times (title? 主送? 署名? 正文?): answer once per line,
// cached on the line itself (a WeakMap of thousands of short-lived keys costs more in GC than it saves).
export function parseHeading(line: Line): Heading | undefined {
  const known = line.headingCache;
  if (known !== undefined) return known ?? undefined;
  const c = line.content;
  const h = c && mayBeHeading(c) ? parseHeadingUncached(line, c) : undefined;
  line.headingCache = h ?? null;
  return h;
}

function parseHeadingUncached(line: Line, c: string): Heading | undefined {
  let level: HeadingLevel | undefined;
  let number = 0;
  let len = 0;
  let m: RegExpExecArray | null;
  const c0 = c.charCodeAt(0);
  // Dispatch on the first character: one regex per line, not four.
  if (c0 === 0xff08 /* （ */ || c0 === 40 /* ( */ || c0 === 0x3014 /* 〔 */ || c0 === 0xff3b /* ［ */ || c0 === 91 /* [ */ || c0 === 0x3010 /* 【 */) {
    if ((m = L2.exec(c))) {
      level = 2; number = chineseNumeral(m[2]); len = m[0].length;
    } else if ((m = L4.exec(c))) {
      level = 4; number = Number(m[2]); len = m[0].length;
    }
  } else if (c0 >= 48 && c0 <= 57) {
    if ((m = L3.exec(c))) {
      level = 3; number = Number(m[1]); len = m[0].length;
    }
  } else if ((m = L1.exec(c))) {
    // "一是" is not a heading: the regex requires a mark right after the numeral.
    level = 1; number = chineseNumeral(m[1]); len = m[0].length;
  }
  // A marker alone on its line ("一." as a drafter types it, before the heading's words) is a heading too,
  // but only with a mark after the numeral ("一" or "3" alone is no marker).
  // A garbled numeral (（三六）, 一十一、) is no number to renumber by: not taken for a heading, so nothing guesses it.
  if (!level || number <= 0 || ((level === 1 || level === 2) && !WELL_FORMED.test(m![level === 1 ? 1 : 2]))) return undefined;
  // A marker alone on its line is no heading (nothing follows it), unless its mark is faulty (一. 1、 （一）、), so
  // that a drafter who has typed only the marker is told at once.
  if (len >= c.length && (c === canonicalMarker(level, number) || !/[、.．，,:：）)〕］\]】]$/.test(c) || /^[0-9]{3,}[.．]$/.test(c) || /^[0-9]+[.．]$/.test(c))) return undefined;
  const markerStart = line.contentStart;
  let t = len;
  while (t < c.length && (c.charCodeAt(t) === 32 || c.charCodeAt(t) === 0x3000)) t++;
  const textStart = markerStart + t;
  const stop = SENTENCE_END.exec(c.slice(t));
  const runIn = !!stop && t + stop.index < c.length - 1;
  const textEnd = stop ? textStart + stop.index : line.contentEnd;
  return {
    level,
    number,
    marker: { start: markerStart, end: markerStart + len, text: c.slice(0, len) },
    canonical: canonicalMarker(level, number),
    text: { start: textStart, end: textEnd, text: c.slice(textStart - markerStart, textEnd - markerStart) },
    runIn,
    line: line.index,
  };
}
