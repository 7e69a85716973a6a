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

export function parseHeading(line: Line): Heading | undefined {
  const c = line.content;
  let level: HeadingLevel | undefined;
  let number = 0;
  let len = 0;
  let m: RegExpExecArray | null;
  if ((m = HEADING_L2.exec(c))) {
    level = 2; number = chineseNumeral(m[2]); len = m[0].length;
  } else if ((m = HEADING_L4.exec(c))) {
    level = 4; number = Number(m[2]); len = m[0].length;
  } else if ((m = HEADING_L1.exec(c))) {
    // "一，" inside a sentence is rare at line start, but "一是" is not a heading: require the mark.
    level = 1; number = chineseNumeral(m[1]); len = m[0].length;
    // 十一月… is not a heading; the regex needs a mark right after the numeral, so only guard ：(time-like "十：").
  } else if ((m = HEADING_L3.exec(c))) {
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
