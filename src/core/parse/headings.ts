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

/** Whether a line can start with a 层次序号 at all: a numeral, a digit or an opening parenthesis. */
function mayBeHeading(c: string): boolean {
  const ch = c.charCodeAt(0);
  return (ch >= 48 && ch <= 57) || ch === 0xff08 /* （ */ || ch === 40 /* ( */ || CN_NUMERALS.includes(c[0]);
}

// The parser asks about the same line several times (title? 主送? 署名? 正文?): answer once per line.
const memo = new WeakMap<Line, Heading | null>();

export function parseHeading(line: Line): Heading | undefined {
  const c = line.content;
  if (!c || !mayBeHeading(c)) return undefined;
  const known = memo.get(line);
  if (known !== undefined) return known ?? undefined;
  const h = parseHeadingUncached(line, c);
  memo.set(line, h ?? null);
  return h;
}

function parseHeadingUncached(line: Line, c: string): Heading | undefined {
  let level: HeadingLevel | undefined;
  let number = 0;
  let len = 0;
  let m: RegExpExecArray | null;
  if ((m = L2.exec(c))) {
    level = 2; number = chineseNumeral(m[2]); len = m[0].length;
  } else if ((m = L4.exec(c))) {
    level = 4; number = Number(m[2]); len = m[0].length;
  } else if ((m = L1.exec(c))) {
    // "一，" inside a sentence is rare at line start, but "一是" is not a heading: require the mark.
    level = 1; number = chineseNumeral(m[1]); len = m[0].length;
    // 十一月… is not a heading; the regex needs a mark right after the numeral, so only guard ：(time-like "十：").
  } else if ((m = L3.exec(c))) {
    level = 3; number = Number(m[1]); len = m[0].length;
  }
  if (!level || number <= 0 || len >= c.length) return undefined;
  const markerStart = line.contentStart;
  let textStart = markerStart + len;
  const rest = c.slice(len);
  const lead = /^[ \u3000]*/.exec(rest);
  if (lead) textStart += lead[0].length;
  const body = c.slice(textStart - markerStart);
  const stop = body.search(/[。！？]/);
  const runIn = stop >= 0 && stop < body.length - 1;
  const textEnd = stop >= 0 ? textStart + stop : line.contentEnd;
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
