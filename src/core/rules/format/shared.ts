import type { GongwenDocument } from '../../parse/model';
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
  /**
   * 'arabic' 2024年1月5日 (possibly padded), 'chinese' 二〇二四年一月五日, 'mixed' 二〇二四年1月5日 or
   * 2024年一月五日, 'separated' 2024.1.5 / 2024-01-05 / 2024/1/5.
   */
  form: 'arabic' | 'chinese' | 'mixed' | 'separated';
  /** A Chinese-numeral year written with the digit 0, the letter O or 零 for 〇 (二0二四, 二O二四, 二零二四). */
  badZero: boolean;
  fullWidth: boolean;
  padded: boolean;
  spaced: boolean;
}

const YEAR_CHARS = '0-9０-９〇零○ＯOo一二三四五六七八九';
const PART = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** Every 年月日 form: each part Arabic or Chinese, so that mixed dates are recognised too. */
const YMD = new RegExp(`^([${YEAR_CHARS}]{2,4})([ \u3000]*)年([ \u3000]*)(${PART})([ \u3000]*)月([ \u3000]*)(${PART})([ \u3000]*)(日?)$`);
const SEPARATED = /^([0-9]{4})[ \u3000]*([.\-/．])[ \u3000]*([0-9]{1,2})[ \u3000]*\2[ \u3000]*([0-9]{1,2})$/;
/** A year's digit written as a Chinese numeral (or 〇 typed as O, 0, 零) → its Arabic digit. */
export const CN_YEAR_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', Ｏ: '0', O: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const isArabic = (s: string) => /^[0-9０-９]+$/.test(s);
const isChineseYear = (s: string) => /^[〇零○ＯOo0０一二三四五六七八九]+$/.test(s) && /[一二三四五六七八九〇零○]/.test(s);

/** Parses a date as drafters write it (the forms parse/patterns DATE_LINE accepts). */
export function parseDate(s: string): ParsedDate | undefined {
  const m = YMD.exec(s);
  if (m) {
    const [y, mo, d] = [m[1], m[4], m[7]];
    const arabicYear = isArabic(y);
    if (!arabicYear && !isChineseYear(y)) return undefined;
    const parts = [arabicYear, isArabic(mo), isArabic(d)];
    const form = parts.every(Boolean) ? 'arabic' : parts.some(Boolean) ? 'mixed' : 'chinese';
    const num = (x: string) => (isArabic(x) ? Number(halfDigits(x)) : chineseNumeral(x));
    return {
      year: arabicYear ? halfDigits(y) : [...y].map((c) => CN_YEAR_DIGIT[c] ?? halfDigits(c)).join(''),
      month: num(mo),
      day: num(d),
      hasDayMark: !!m[9],
      form,
      badZero: !arabicYear && /[0０OoＯ零]/.test(y),
      fullWidth: hasFullWidthDigit(y + mo + d),
      padded: (isArabic(mo) && /^[0０]/.test(mo)) || (isArabic(d) && /^[0０]/.test(d)),
      spaced: !!(m[2] || m[3] || m[5] || m[6] || m[8]),
    };
  }
  const n = SEPARATED.exec(s);
  if (n) {
    return { year: n[1], month: Number(n[3]), day: Number(n[4]), hasDayMark: false, form: 'separated', badZero: false, fullWidth: false, padded: /^0/.test(n[3]) || /^0/.test(n[4]), spaced: /[ \u3000]/.test(s) };
  }
  return undefined;
}

export interface LooseDate {
  /** The year as digits ('' when the date has none). */
  year: string;
  chineseYear: boolean;
  badZero: boolean;
  /** 年、月、日 not all there (二OO九年, 11月20日, 12.22). */
  incomplete: boolean;
  /** Separated by 、 • · . - / instead of 年月日. */
  separated: boolean;
  /** 元月 for 1月. */
  yuanYue: boolean;
}

/** What can be read from a partial or oddly written date (parse/patterns DATE_LOOSE), when parseDate cannot. */
export function parseLooseDate(s: string): LooseDate | undefined {
  // A year typed with the letter O or the digit 0 for 〇 (二O O六), even before its 年.
  const bare = /^[〇零○一二三四五六七八九OoＯ0０](?:[ \u3000]?[〇零○一二三四五六七八九OoＯ0０]){3}$/.test(s) ? [s, s.replace(/[ \u3000]/g, '')] : null;
  const y = bare ?? /^([0-9０-９〇零○ＯOo一二三四五六七八九]{2,4})[ \u3000]*年/.exec(s);
  const sep = /^([0-9]{2,4})[.、•·\-/．]([0-9]{1,2})(?:[.、•·\-/．]([0-9]{1,2}))?$/.exec(s);
  if (!y && !sep && !/^[0-9０-９一二三四五六七八九十元]{1,3}月/.test(s)) return undefined;
  const raw = y?.[1] ?? (sep && sep[3] ? sep[1] : '');
  const chineseYear = !!raw && !/^[0-9０-９]+$/.test(raw);
  return {
    year: chineseYear ? [...raw].map((c) => CN_YEAR_DIGIT[c] ?? halfDigits(c)).join('') : halfDigits(raw),
    chineseYear,
    badZero: chineseYear && /[0０OoＯ零]/.test(raw),
    // 2025年1月 (no day), 2025年, 1月5日 (no year): a 成文日期 has all three parts.
    incomplete: !/年[^月]*月[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}/.test(s) || !raw || (!!sep && !sep[3]),
    separated: !!sep,
    yuanYue: /元月/.test(s),
  };
}

/** The 成文日期 as year · 100 + month (202503), for comparing with a reform's or a law's month; undefined when it does not read. */
export function documentMonth(doc: GongwenDocument): number | undefined {
  const d = doc.date ? parseDate(doc.date.text) : undefined;
  return d && d.year.length === 4 ? Number(d.year) * 100 + (d.month || 1) : undefined;
}

/**
 * Whether the date falls before GB/T 9704—2012 and the 条例 took effect (2012-07-01): until then
 * GB/T 9704—1999 wrote the 成文日期 in Chinese numerals, so a document of that time is right to.
 */
export function beforeArabicDates(d: ParsedDate): boolean {
  const y = Number(d.year);
  return d.year.length === 4 && (y < 2012 || (y === 2012 && d.month < 7));
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
  /** 〔2015年〕: 年 written inside the brackets. */
  yearWord: boolean;
}

const DOC_NO_PARTS = new RegExp(
  `^([${ORG_CODE_CHAR}]+)([ \\u3000]?)([${YEAR_BRACKETS}])([ \\u3000]*)([0-9０-９]{2,4})([ \\u3000]*年?[ \\u3000]*)([${YEAR_BRACKETS_CLOSE}])([ \\u3000]*)(第?)([ \\u3000]*)([0-9０-９]{1,5})([ \\u3000]*)(号?)`,
  'u',
);

/** Splits a 发文字号 at the start of `s` into its parts. */
export function parseDocNo(s: string): DocNoParts | undefined {
  const m = DOC_NO_PARTS.exec(s);
  if (!m) return undefined;
  // Trailing spaces before a missing 号 are not part of the number.
  // (m[2]: a space between the 机关代字 and the bracket, as web pages print 许政办 [2021] 15号.)
  const length = m[13] ? m[0].length : m[0].length - m[12].length;
  return {
    bracketAt: m[1].length + m[2].length,
    code: m[1],
    open: m[3],
    close: m[7],
    year: m[5],
    di: !!m[9],
    seq: m[11],
    hao: !!m[13],
    length,
    spaced: !!(m[2] || m[4] || m[6].replace('年', '') || m[8] || m[10] || (m[13] && m[12])),
    yearWord: m[6].includes('年'),
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

/**
 * Whether the document was issued before GB/T 9704—2012 and the 条例 (2012-07-01), judged by its 成文日期:
 * then 主题词 was required, dates were written in Chinese numerals and the 抄送 line had no final 句号.
 */
/** Whether the document's 成文日期 falls in a year before `year` (false when it has none). */
export function issuedBeforeYear(doc: GongwenDocument, year: number): boolean {
  const text = doc.date?.text;
  if (!text) return false;
  const d = parseDate(text) ?? parseLooseDate(text);
  return !!d && d.year.length === 4 && Number(d.year) < year;
}

export function issuedBefore2012(doc: GongwenDocument): boolean {
  const text = doc.date?.text;
  if (!text) return false;
  const d = parseDate(text);
  if (d) return beforeArabicDates(d);
  const l = parseLooseDate(text);
  return !!l && l.year.length === 4 && Number(l.year) < 2012;
}
