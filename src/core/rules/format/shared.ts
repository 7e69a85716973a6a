/** Helpers shared by the format rules: digits, dates, 发文字号 parts and fix ranges that converge. */
import { chineseNumeral } from '../../parse/patterns';
import type { Fix } from '../../types';

/** Full-width digits ０-９ → 0-9. */
export function halfDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function hasFullWidthDigit(s: string): boolean {
  return /[０-９]/.test(s);
}

/**
 * A replacement of text[start, end) that starts one character earlier and re-emits that character.
 * Why: fix.ts keeps, among fixes that start at the same offset, the shortest; a punctuation or digit
 * rule that rewrites only the first character of this range (`:`→`：`, `(`→`（`, `０`→`0`) would then
 * win and leave half of the fault for a second pass. Starting one character earlier makes this fix the
 * one applied, and it already contains the other rule's change, so one pass converges.
 */
export function replaceFix(text: string, start: number, end: number, replacement: string): Fix {
  if (start <= 0) return { range: [start, end], text: replacement };
  let from = start - 1;
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff && from > 0) from--;
  return { range: [from, end], text: text.slice(from, start) + replacement };
}

/** An insertion at one offset. */
export function insertFix(at: number, text: string): Fix {
  return { range: [at, at], text };
}

export interface ParsedDate {
  /** The year as written, digits only (Arabic, from Chinese numerals converted). */
  year: string;
  month: number;
  day: number;
  /** Whether the 日 is written (2024年1月5 lacks it). */
  hasDayMark: boolean;
  /** 'arabic' 2024年1月5日 (possibly padded), 'chinese' 二〇二四年一月五日, 'separated' 2024.1.5 / 2024-01-05 / 2024/1/5. */
  form: 'arabic' | 'chinese' | 'separated';
  fullWidth: boolean;
  padded: boolean;
  spaced: boolean;
}

const ARABIC = /^([0-9０-９]{2,4})([ \u3000]*)年([ \u3000]*)([0-9０-９]{1,2})([ \u3000]*)月([ \u3000]*)([0-9０-９]{1,2})([ \u3000]*)(日?)$/;
const CHINESE = /^([〇零○Ｏ一二三四五六七八九]{2,4})[ \u3000]*年[ \u3000]*([一二三四五六七八九十]{1,3})[ \u3000]*月[ \u3000]*([一二三四五六七八九十]{1,3})[ \u3000]*(日?)$/;
const SEPARATED = /^([0-9]{4})[ \u3000]*([.\-/．])[ \u3000]*([0-9]{1,2})[ \u3000]*\2[ \u3000]*([0-9]{1,2})$/;
const CN_YEAR_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** Parses a date as drafters write it (the forms parse/patterns DATE_LINE accepts). */
export function parseDate(s: string): ParsedDate | undefined {
  let m = ARABIC.exec(s);
  if (m) {
    const year = halfDigits(m[1]);
    const month = halfDigits(m[4]);
    const day = halfDigits(m[7]);
    return {
      year,
      month: Number(month),
      day: Number(day),
      hasDayMark: !!m[9],
      form: 'arabic',
      fullWidth: hasFullWidthDigit(m[1] + m[4] + m[7]),
      padded: /^0/.test(month) || /^0/.test(day),
      spaced: !!(m[2] || m[3] || m[5] || m[6] || m[8]),
    };
  }
  m = CHINESE.exec(s);
  if (m) {
    return {
      year: [...m[1]].map((c) => CN_YEAR_DIGIT[c]).join(''),
      month: chineseNumeral(m[2]),
      day: chineseNumeral(m[3]),
      hasDayMark: !!m[4],
      form: 'chinese',
      fullWidth: false,
      padded: false,
      spaced: /[ \u3000]/.test(s),
    };
  }
  m = SEPARATED.exec(s);
  if (m) {
    return { year: m[1], month: Number(m[3]), day: Number(m[4]), hasDayMark: false, form: 'separated', fullWidth: false, padded: /^0/.test(m[3]) || /^0/.test(m[4]), spaced: /[ \u3000]/.test(s) };
  }
  return undefined;
}

/** The GB/T 9704 7.3.5.4 form 2024年1月5日, when it can be written with certainty. */
export function canonicalDate(d: ParsedDate): string | undefined {
  if (d.year.length !== 4) return undefined;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return undefined;
  return `${d.year}年${d.month}月${d.day}日`;
}

/** 机关代字 characters: Han, Latin letters and the placeholders drafters use (×, ○). */
export const ORG_CODE_CHAR = '\\p{Script=Han}A-Za-z×ＸXx○〇';

/** Opening → closing year brackets, the right one first. */
export const YEAR_BRACKETS = '〔\\[【（(［﹝{';
export const YEAR_BRACKETS_CLOSE = '〕\\]】）)］﹞}';

export interface DocNoParts {
  /** Offset (relative to the parsed string) of the year's opening bracket. */
  bracketAt: number;
  code: string;
  open: string;
  close: string;
  year: string;
  di: boolean;
  seq: string;
  hao: boolean;
  /** Length of the 发文字号 in the parsed string. */
  length: number;
  spaced: boolean;
}

const DOC_NO_PARTS = new RegExp(
  `^([${ORG_CODE_CHAR}]+)([${YEAR_BRACKETS}])([ \\u3000]*)([0-9０-９]{2,4})([ \\u3000]*)([${YEAR_BRACKETS_CLOSE}])([ \\u3000]*)(第?)([ \\u3000]*)([0-9０-９]{1,5})([ \\u3000]*)(号?)`,
  'u',
);

/** Splits a 发文字号 at the start of `s` into its parts. */
export function parseDocNo(s: string): DocNoParts | undefined {
  const m = DOC_NO_PARTS.exec(s);
  if (!m) return undefined;
  // Trailing spaces before a missing 号 are not part of the number.
  const length = m[12] ? m[0].length : m[0].length - m[11].length;
  return {
    bracketAt: m[1].length,
    code: m[1],
    open: m[2],
    close: m[6],
    year: m[4],
    di: !!m[8],
    seq: m[10],
    hao: !!m[12],
    length,
    spaced: !!(m[3] || m[5] || m[7] || m[9] || (m[12] && m[11])),
  };
}

/** One wanted change of a rule, before it becomes a Fix. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Turns a rule's edits into fixes that cannot collide with each other: edits that would overlap
 * once widened are merged into one fix (each of them carries that same fix, which fix.ts applies
 * once), and a fix that replaces text is widened by one character (see replaceFix). Returns the fix
 * of each edit, in the order given.
 */
export function mergedFixes(text: string, edits: readonly Edit[]): Fix[] {
  const order = edits.map((_, i) => i).sort((a, b) => edits[a].start - edits[b].start || edits[a].end - edits[b].end);
  const groups: Array<{ start: number; end: number; parts: number[] }> = [];
  for (const i of order) {
    const e = edits[i];
    const g = groups[groups.length - 1];
    // Merge what would collide once widened: overlapping edits, and a replacement that starts where
    // the previous edit ends. An insertion touching a neighbour, or edits a character apart, apply
    // separately (fix.ts applies an insertion before a replacement that starts at the same offset).
    if (g && (e.start < g.end || (e.start === g.end && e.end > e.start))) {
      g.parts.push(i);
      g.end = Math.max(g.end, e.end);
    } else groups.push({ start: e.start, end: e.end, parts: [i] });
  }
  const fixes: Fix[] = new Array(edits.length);
  for (const g of groups) {
    let out = '';
    let cursor = g.start;
    for (const i of g.parts) {
      const e = edits[i];
      if (e.start < cursor) continue; // Overlapping edits of one rule: the first one wins.
      out += text.slice(cursor, e.start) + e.text;
      cursor = e.end;
    }
    out += text.slice(cursor, g.end);
    const fix = g.end > g.start ? replaceFix(text, g.start, g.end, out) : insertFix(g.start, out);
    for (const i of g.parts) fixes[i] = fix;
  }
  return fixes;
}

/** The date inside an 印发 line: "××办公室　　2024年1月5日印发" (印发 may be missing: imprint-line flags that). */
export const IMPRINT_DATE =
  /(?:[0-9０-９]{2,4}[ \u3000]*年[ \u3000]*[0-9０-９]{1,2}[ \u3000]*月[ \u3000]*[0-9０-９]{1,2}[ \u3000]*日?|[〇零○Ｏ一二三四五六七八九]{2,4}[ \u3000]*年[ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*月[ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*日?|[0-9]{4}[ \u3000]*[.\-/．][ \u3000]*[0-9]{1,2}[ \u3000]*[.\-/．][ \u3000]*[0-9]{1,2})(?=[ \u3000]*(?:印发)?$)/;
