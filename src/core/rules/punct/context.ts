/**
 * What several punctuation, number and wording rules need, computed once per document:
 *
 * - `masked`: the text with everything that is not running prose blanked out (front matter, HTML
 *   comments and so suppression markers, Markdown code, link targets, HTML tags and entities, URLs,
 *   e-mail addresses, escapes), same length and same line breaks, so that each rule runs its global
 *   regexes over one string and gets document offsets back;
 * - `index()`: one table-driven scan of `masked` that lists where the paired marks, the ASCII marks, 、,
 *   〇 and the digit runs are, so that the rules visit those places instead of rescanning the text;
 * - `units()`: paragraph units for paired marks (a line, or an element wrapped over several lines);
 * - `docNumbers`: 发文字号-like references (their brackets belong to docno-format / punct-doc-citation-brackets);
 * - `memo()`: what one rule finds and another must keep out of the way of (so that fixes never compete);
 * - line lookup and character classes.
 *
 * Cached per parsed document (the engine hands every rule the same `doc`).
 */
import type { LintConfig } from '../../config';
import { lineIndexAt } from '../../parse/lines';
import { memoGet, memoKey, memoized, memoSet } from '../../parse/memo';
import type { GongwenDocument, Line } from '../../parse/model';
import { isInside } from '../../parse/quotes';
import { matchesAtNeedles } from '../../text';
import type { OffsetRange } from '../../types';

/** What a rule reads of the masked text: a string, or a view of one with some spans blanked. */
export interface Chars {
  readonly length: number;
  charCodeAt(i: number): number;
  charAt(i: number): string;
  slice(start: number, end?: number): string;
  startsWith(needle: string, position: number): boolean;
}

/** The blank that replaces masked characters: not CJK, not Latin, not punctuation. */
export const MASK = '\u0000';

export interface DocNumberRef {
  /** The whole match, e.g. 国发(2013)1号. */
  start: number;
  end: number;
  open: number;
  close: number;
  year: string;
  /** Whether it is a 版头 发文字号 line (docno-format's) rather than a citation in the text. */
  header: boolean;
}

export interface PunctContext {
  readonly text: string;
  readonly doc: GongwenDocument;
  /**
   * Where the rules look: the whole text, or the window of an incremental lint (whole units). `masked`, `index()` and
   * `docNumbers` hold what lies in it (masked is exact there and may be the plain text elsewhere).
   */
  readonly from: number;
  readonly to: number;
  /** Matches of a global regex over `masked` that start inside [from, to). */
  matches(re: RegExp): RegExpExecArray[];
  /** masked.indexOf(needle, position), for a needle that starts inside [from, to) (-1 otherwise; no search past `to`). */
  indexOf(needle: string, position?: number): number;
  /**
   * The text with its "hard" non-prose spans replaced by U+0000 (line breaks kept): offsets are the document's. Soft
   * spans (see build) are left as they are here: read the text through `chars` or `code()` to see them blanked.
   */
  readonly masked: string;
  /** The masked text with soft spans blanked as well: a view (or `masked` itself when there are none). */
  readonly chars: Chars;
  /** chars.charCodeAt(i). */
  code(i: number): number;
  /**
   * The string for a rule's regular expressions and reads around offset `i`: `masked`, or — where a soft span lies
   * within reach (`before` characters before i, `after` after it) — the text with every span blanked (made once per
   * document, and only then).
   */
  at(i: number, before?: number, after?: number): string;
  /** 发文字号-like references anywhere in the text (版头 or cited). */
  readonly docNumbers: readonly DocNumberRef[];
  /** The line containing an offset. */
  lineAt(offset: number): Line;
  /** Paragraph units: a line, a multi-line title, or a hard-wrapped Markdown paragraph. */
  units(): readonly OffsetRange[];
  /** A per-document memo, for scans that two rules share (one finds, the other keeps out of its way). */
  memo<T>(key: string, compute: () => T): T;
  /** Where the characters the rules look for are, from one table-driven scan of the masked text. */
  index(): CharIndex;
  /** Where one of NAMED_CHARS stands in [from, to) of the masked text, in order (from index()). */
  positionsOf(ch: string): readonly number[];
}

/** Offsets by kind of character (sorted), so that no rule scans the whole text for them again. */
export interface CharIndex {
  /** （）“”‘’《》〈〉〔〕 and ( ): punct-paired. */
  readonly paired: readonly number[];
  /** " ' “ ” ‘ ’: punct-quotes. */
  readonly quotes: readonly number[];
  /** 《》〈〉 < > ＜＞: punct-book-title. */
  readonly titles: readonly number[];
  /** , . ; : ? ! ( ): punct-halfwidth-in-cjk. */
  readonly ascii: readonly number[];
  /** 、 */
  readonly dunhao: readonly number[];
  /** 〇 零 ○ (Chinese-numeral years). */
  readonly zeros: readonly number[];
  /** … ⋯ ． · ・ (what may make up a faulty ellipsis besides dots, 。 and 、). */
  readonly dots: readonly number[];
  /** Runs of Arabic digits of either width, flat: [start, end, start, end, …]. */
  readonly digitRuns: readonly number[];
  /** Where one of 。，、；：？！ is followed by the same mark (严峻。。): the first of the two. */
  readonly repeats: readonly number[];
  /** Where each of NAMED_CHARS stands (see PunctContext.positionsOf). */
  readonly named: ReadonlyArray<readonly number[]>;
}

/**
 * Characters that rules visit one by one (号 of a date, 等 closing a list, the numerals 十百千 and 亿 of an amount, 点 of a
 * decimal, 中 of 中华人民共和国, 世 of 世纪): listed by the same scan, rather than a search of the whole text for each.
 */
export const NAMED_CHARS = '号等点亿十百千中世倍%％';

const PAIRED = 1;
const QUOTE = 2;
const TITLE = 4;
const ASCII = 8;
const DUNHAO = 16;
const ZERO = 32;
const DIGIT = 64;
const DOTS = 128;
const KIND = new Uint16Array(65536);
const REPEAT = 256;
const NAMED = 512;
const SLOT = new Uint8Array(65536);
const mark = (chars: string, bit: number) => {
  for (const ch of chars) KIND[ch.charCodeAt(0)] |= bit;
};
mark('（）“”‘’《》〈〉〔〕()', PAIRED);
mark('"\'“”‘’', QUOTE);
mark('《》〈〉<>＜＞', TITLE);
mark(',.;:?!()', ASCII);
mark('、', DUNHAO);
mark('〇零○', ZERO);
mark('0123456789０１２３４５６７８９', DIGIT);
mark('…⋯．·・', DOTS);
mark('。，、；：？！', REPEAT);
mark(NAMED_CHARS, NAMED);
for (let k = 0; k < NAMED_CHARS.length; k++) SLOT[NAMED_CHARS.charCodeAt(k)] = k;

function buildIndex(s: string, from: number, to: number, soft: readonly OffsetRange[]): CharIndex {
  const paired: number[] = [];
  const quotes: number[] = [];
  const titles: number[] = [];
  const ascii: number[] = [];
  const dunhao: number[] = [];
  const zeros: number[] = [];
  const dots: number[] = [];
  const digitRuns: number[] = [];
  const repeats: number[] = [];
  const named: number[][] = Array.from(NAMED_CHARS, () => []);
  // The text between soft spans, one stretch after another (a run of digits ends where a soft span begins).
  let r = 0;
  for (let a = from; a < to; ) {
    while (r < soft.length && soft[r][1] <= a) r++;
    if (r < soft.length && soft[r][0] <= a) {
      a = soft[r][1];
      continue;
    }
    const n = r < soft.length ? Math.min(to, soft[r][0]) : to;
    for (let i = a; i < n; i++) {
      const k = KIND[s.charCodeAt(i)];
      if (k === 0) continue;
      if (k & DIGIT) {
        const start = i;
        while (i + 1 < n && KIND[s.charCodeAt(i + 1)] & DIGIT) i++;
        digitRuns.push(start, i + 1);
        continue;
      }
      // ，。；：！？ (the most frequent by far) are only ever a doubled mark.
      if (k === REPEAT) {
        if (s.charCodeAt(i + 1) === s.charCodeAt(i)) repeats.push(i);
        continue;
      }
      if (k & PAIRED) paired.push(i);
      if (k & QUOTE) quotes.push(i);
      if (k & TITLE) titles.push(i);
      if (k & ASCII) ascii.push(i);
      if (k & DUNHAO) dunhao.push(i);
      if (k & ZERO) zeros.push(i);
      if (k & DOTS) dots.push(i);
      if (k & REPEAT && s.charCodeAt(i + 1) === s.charCodeAt(i)) repeats.push(i);
      if (k & NAMED) named[SLOT[s.charCodeAt(i)]].push(i);
    }
    a = n;
  }
  return { paired, quotes, titles, ascii, dunhao, zeros, dots, digitRuns, repeats, named };
}

/** The value of a run of Arabic digits of either width, s[start, end) (a run of the index's digitRuns): no slice. */
export function digitsValue(s: Chars, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

/** An Arabic digit of either width. */
export function isAnyDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const CONTEXT = memoKey<PunctContext>('punctContext');
const WINDOWED = memoKey<PunctContext>('punctContext.windowed');

/** The shared context of a document; with `window` (RuleContext.window), the one that looks there only. */
export function punctContext(doc: GongwenDocument, window?: OffsetRange): PunctContext {
  const key = window ? WINDOWED : CONTEXT;
  let c = memoGet(doc, key);
  if (!c || (window && (c.from !== window[0] || c.to !== window[1]))) c = memoSet(doc, key, build(doc, window));
  return c;
}

// ---------------------------------------------------------------------------------------------
// Character classes (UTF-16 code units).

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs, 〇). */
/**
 * The flat 书名号 pairs of the lint's window, as open and close offsets one after another: a 《 whose next title mark is
 * its 》 (a nested 〈〉 or an unclosed 《 makes no pair). Shared by the rules that read what a 《》 names.
 */
export function flatBookTitles(pc: PunctContext): readonly number[] {
  return pc.memo('flatBookTitles', () => {
    const marks = pc.index().titles;
    const out: number[] = [];
    for (let k = 0; k + 1 < marks.length; k++) {
      if (pc.masked.charCodeAt(marks[k]) === 0x300a /* 《 */ && pc.masked.charCodeAt(marks[k + 1]) === 0x300b /* 》 */) out.push(marks[k], marks[k + 1]);
    }
    return out;
  });
}

/** Where the clause that ends at `end` begins: after the last 。；！？ or line break, at most `max` characters back. */
export function clauseStart(text: string, end: number, max = 60): number {
  let i = end;
  while (i > 0 && end - i < max && !'。；！？\n'.includes(text[i - 1])) i--;
  return i;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd87e); // high surrogate of extension B–F ideographs
}

/** Full-width / CJK-only punctuation and full-width forms: 、。〈〉《》「」【】〔〕（），：；！？ and friends. */
export function isCjkPunct(c: number): boolean {
  return (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65) || (c >= 0xfe10 && c <= 0xfe1f) || (c >= 0xfe30 && c <= 0xfe4f);
}

/** A character that only occurs in Chinese text. */
export function isStrongCjk(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

/** Marks shared with Western typography: curly quotes, …, —, ·. */
export function isWeakCjk(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014 || c === 0x00b7;
}

export function isCjk(c: number): boolean {
  return isStrongCjk(c) || isWeakCjk(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isLatinLetter(c);
}

/** Spaces and Markdown emphasis marks, skipped when looking for the text a mark belongs to. */
export function isTransparent(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */;
}

export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Masking.

/** Inline Markdown / HTML syntax, one alternation so the text is scanned once. */
const INLINE = new RegExp(
  [
    '(`{1,3})[^`\\n]+\\1', // inline code
    '<\\/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>\\n]*)?\\/?>', // HTML tag
    '\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"\\n]*"|\'[^\'\\n]*\'))?\\)', // link / image target
    '!(?=\\[)', // image mark
    '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});', // HTML entity
    '\\\\[\\\\`*_{}\\[\\]()#+\\-.!|<>~"\']', // Markdown escape
  ].join('|'),
  'y',
);
const INLINE_START = ['`', '<', '](', '!', '&', '\\'];
/** Reference definitions and footnote labels at the start of a line: [id]: url, [^1]: */
const MD_LINE = /^[ \t]{0,3}(?:\[[^\]\n]+\]:[ \t]*\S+.*|\[\^[^\]\n]+\]:)/;
/** A Markdown list marker followed by a space (1. / 1) / - / * / +). */
const LIST_MARKER = /^[ \t]{0,3}(?:[0-9]{1,9}[.)]|[-*+])[ \t]+/;
const URL_CHARS = /[^\s<>"'`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—]+/y;
const TRAILING_URL_PUNCT = /[.,;:!?'")\]}]+$/;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/** The ranges of `doc.text` that are not running prose (merged, sorted). */
function maskRanges(doc: GongwenDocument): OffsetRange[] {
  return maskIn(doc, doc.lines, 0, doc.text.length);
}

/** The masked ranges that start in [from, to), the lines of which are `lines` (the whole text, or one line). */
function maskIn(doc: GongwenDocument, lines: readonly Line[], from: number, to: number): OffsetRange[] {
  const whole = from === 0 && to === doc.text.length;
  const lineRanges: OffsetRange[] = [];
  if (doc.frontMatter && whole) lineRanges.push([doc.frontMatter.range[0], doc.frontMatter.range[1]]);
  maskLines(lines, doc.text.length, lineRanges);
  // A part of the text (one line) is scanned as a string of its own, so that no search runs on past its end.
  const text = whole ? doc.text : doc.text.slice(from, to);
  const ranges: OffsetRange[] = [];
  maskComments(text, ranges);
  // Every alternative of INLINE starts with one of INLINE_START: tried only where one stands (plain-text 公文 has few).
  for (const m of matchesAtNeedles(text, INLINE_START, INLINE)) {
    // A link target keeps its "]": only "(…)" is masked.
    const s = m[0].charCodeAt(0) === 93 ? m.index + 1 : m.index;
    ranges.push([s, m.index + m[0].length]);
  }
  maskUrls(text, ranges);
  maskEmails(text, ranges);
  if (!whole) for (const r of ranges) (r[0] += from), (r[1] += from);
  return merge([...lineRanges, ...ranges]);
}

/**
 * The masked ranges after a change inside line `index` (session.ts): the old ranges of the other lines, moved, and
 * the changed line's own. Undefined when a masked span may run across lines (front matter, code fences, HTML
 * comments and tags): then they are computed again for the whole text.
 */
export function maskRangesAfter(oldDoc: GongwenDocument, doc: GongwenDocument, index: number, delta: number): OffsetRange[] | undefined {
  if (doc.frontMatter || oldDoc.frontMatter) return undefined;
  const old = rangesOf(oldDoc);
  const line = doc.lines[index];
  const oldLine = oldDoc.lines[index];
  if (/[`~<>]/.test(line.raw) || /[`~<>]/.test(oldLine.raw)) return undefined;
  const out: OffsetRange[] = [];
  let k = 0;
  for (; k < old.length && old[k][1] <= oldLine.start; k++) {
    if (old[k][1] > old[k][0] && oldDoc.text.slice(old[k][0], old[k][1]).search(/[\r\n]/) >= 0) return undefined;
    out.push(old[k]);
  }
  for (const r of maskIn(doc, [line], line.start, line.end)) out.push(r);
  while (k < old.length && old[k][0] < oldLine.end) k++;
  for (; k < old.length; k++) {
    if (oldDoc.text.slice(old[k][0], old[k][1]).search(/[\r\n]/) >= 0) return undefined;
    out.push([old[k][0] + delta, old[k][1] + delta]);
  }
  return memoSet(doc, RANGES, out);
}

const RANGES = memoKey<OffsetRange[]>('maskRanges');
const UNITS = memoKey<OffsetRange[]>('paragraphUnits');

function rangesOf(doc: GongwenDocument): OffsetRange[] {
  return memoized(doc, RANGES, () => maskRanges(doc));
}

/**
 * The paragraph units of a document (see buildUnits), computed once per document and without masking the whole
 * text: the incremental lint compares them before and after an edit.
 */
export function paragraphUnits(doc: GongwenDocument, masked?: string): readonly OffsetRange[] {
  return memoized(doc, UNITS, () => {
    const text = doc.text;
    const ranges = rangesOf(doc);
    return buildUnits(doc, masked !== undefined && masked !== text ? (a, b) => masked.slice(a, b) : (a, b) => maskedPart(text, ranges, a, b));
  });
}

function build(doc: GongwenDocument, window?: OffsetRange): PunctContext {
  const text = doc.text;
  const ranges = rangesOf(doc);
  const from = window ? window[0] : 0;
  const to = window ? window[1] : text.length;
  // Short masked spans of printable ASCII on one line (a URL, an e-mail address, a tag, an entity, an escape) are
  // "soft": the rules' scans step over them (index, matches, indexOf, 发文字号) and read them as blanks through
  // code(). Only the others (code blocks, comments, front matter, spans with spaces or Chinese in them) are blanked
  // in a copy of the text; most documents have none, and so no copy of the whole text is made.
  const soft: OffsetRange[] = [];
  const hard: OffsetRange[] = [];
  for (const r of ranges) (softMasking && isSoft(text, r) ? soft : hard).push(r);
  // In a window, the plain text serves unless something in the window is masked (no copy of the whole text).
  const masked = hard.some(([s, e]) => s < to && e > from) ? applyMask(text, hard) : text;
  // (With the reach of at() around the window: 64 characters before it, 256 after.)
  const softIn = soft.filter(([s, e]) => s < to + 256 && e > from - 64);
  const lines = doc.lines;
  const memo = new Map<string, unknown>();
  let win: string | undefined;
  let exact: string | undefined;
  const ctx: PunctContext = {
    text,
    doc,
    masked,
    from,
    to,
    indexOf(needle, position = from) {
      let i = position;
      for (;;) {
        // In a window, search a copy of the window only: a needle missing from it costs no scan of the rest of the text.
        if (!window) i = masked.indexOf(needle, i);
        else {
          win ??= masked.slice(from, Math.min(masked.length, to + 64));
          const j = win.indexOf(needle, Math.max(0, i - from));
          i = j < 0 || j + from >= to ? -1 : j + from;
        }
        if (i < 0 || !softIn.length) return i;
        const r = softAt(softIn, i, i + needle.length);
        if (!r) return i;
        i = r[1];
      }
    },
    matches(re) {
      const out: RegExpExecArray[] = [];
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(masked)) && m.index < to) {
        if (!softIn.length || !softAt(softIn, m.index, m.index + m[0].length)) out.push(m);
        if (m[0] === '') re.lastIndex++;
      }
      re.lastIndex = 0;
      return out;
    },
    chars: softIn.length ? new SoftView(masked, softIn) : masked,
    code: softIn.length ? (i: number) => (softAt(softIn, i, i + 1) ? 0 : masked.charCodeAt(i)) : (i: number) => masked.charCodeAt(i),
    at(i, before = 64, after = 256) {
      if (!softIn.length || !softAt(softIn, i - before, i + after)) return masked;
      exact ??= applyMask(text, ranges);
      return exact;
    },
    get docNumbers() {
      return ctx.memo('docNumbers', () => findDocNumbers(doc, ctx.chars, ctx.positionsOf('号')));
    },
    lineAt(offset) {
      return lines[lineIndexAt(lines, offset)];
    },
    units() {
      // (Units read the masked text at line starts, from the text and the mask ranges.)
      return paragraphUnits(doc);
    },
    index() {
      return ctx.memo('index', () => buildIndex(masked, from, to, softIn));
    },
    positionsOf(ch) {
      const k = NAMED_CHARS.indexOf(ch);
      if (ch.length !== 1 || k < 0) throw new Error(`positionsOf: ${ch} is not one of ${NAMED_CHARS}`);
      return ctx.index().named[k];
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  return ctx;
}

let softMasking = true;

/**
 * Whether short ASCII spans are soft (the default) or blanked in the copy like the others. For the test that checks
 * the two give the same findings (test/unit/softMask.test.ts); contexts already built are not affected.
 */
export function setSoftMasking(on: boolean): void {
  softMasking = on;
}

/** A masked span that the rules step over rather than a copy of the text blanking it: printable ASCII, one line. */
function isSoft(text: string, [s, e]: OffsetRange): boolean {
  if (e - s > 512) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** The index of the first of the sorted ranges that ends after `start` (binary search). */
function firstEndingAfter(ranges: readonly OffsetRange[], start: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The soft span that [start, end) overlaps, if any. */
function softAt(soft: readonly OffsetRange[], start: number, end: number): OffsetRange | undefined {
  const r = soft[firstEndingAfter(soft, start)];
  return r && r[0] < Math.max(end, start + 1) ? r : undefined;
}

/** A string with soft spans read as U+0000. */
class SoftView implements Chars {
  constructor(private readonly base: string, private readonly soft: readonly OffsetRange[]) {}
  get length(): number {
    return this.base.length;
  }
  charCodeAt(i: number): number {
    return softAt(this.soft, i, i + 1) ? 0 : this.base.charCodeAt(i);
  }
  charAt(i: number): string {
    return softAt(this.soft, i, i + 1) ? MASK : this.base.charAt(i);
  }
  slice(start: number, end = this.base.length): string {
    if (start < 0) start = Math.max(0, this.base.length + start);
    const first = firstEndingAfter(this.soft, start);
    if (first >= this.soft.length || this.soft[first][0] >= end) return this.base.slice(start, end);
    const parts: string[] = [];
    let from = start;
    for (let k = first; k < this.soft.length && this.soft[k][0] < end; k++) {
      const a = Math.max(this.soft[k][0], start);
      const b = Math.min(this.soft[k][1], end);
      parts.push(this.base.slice(from, a), MASK.repeat(b - a));
      from = b;
    }
    parts.push(this.base.slice(from, end));
    return parts.join('');
  }
  startsWith(needle: string, position: number): boolean {
    if (!softAt(this.soft, position, position + needle.length)) return this.base.startsWith(needle, position);
    for (let k = 0; k < needle.length; k++) if (this.charCodeAt(position + k) !== needle.charCodeAt(k)) return false;
    return true;
  }
}

/** Line-level Markdown: fenced code blocks, list markers, reference definitions (one look at each line's start). */
function maskLines(lines: readonly Line[], textLength: number, out: OffsetRange[]): void {
  let open: { start: number; ch: string; len: number } | undefined;
  for (const line of lines) {
    const raw = line.raw;
    let i = 0;
    while (i < 4 && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
    const c = raw.charCodeAt(i);
    // - * + [ or a digit: a list marker or a reference definition.
    if (!open && (c === 45 || c === 42 || c === 43 || c === 91 || (c >= 48 && c <= 57))) {
      const m = (c === 91 ? MD_LINE : LIST_MARKER).exec(raw);
      if (m) out.push([line.start, line.start + m[0].length]);
      continue;
    }
    if (c !== 96 /* ` */ && c !== 126 /* ~ */) continue;
    const ch = raw[i];
    let j = i;
    while (raw[j] === ch) j++;
    const len = j - i;
    if (len < 3) continue;
    if (!open) open = { start: line.start, ch, len };
    else if (ch === open.ch && len >= open.len && raw.slice(j).trim() === '') {
      out.push([open.start, line.end]);
      open = undefined;
    }
  }
  if (open) out.push([open.start, textLength]);
}

function maskComments(text: string, out: OffsetRange[]): void {
  let at = text.indexOf('<!--');
  while (at >= 0) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) {
      // An unclosed comment hides the rest of its line only.
      let e = at;
      while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      out.push([at, e]);
      at = text.indexOf('<!--', e);
      continue;
    }
    out.push([at, end + 3]);
    at = text.indexOf('<!--', end + 3);
  }
}

function maskUrls(text: string, out: OffsetRange[]): void {
  for (const needle of ['://', 'www.']) {
    let at = text.indexOf(needle);
    while (at >= 0) {
      let s = at;
      if (needle === '://') {
        while (s > 0 && isLatinLetter(text.charCodeAt(s - 1))) s--;
        if (s === at) {
          at = text.indexOf(needle, at + 3);
          continue;
        }
      } else if (s > 0 && (isAsciiAlnum(text.charCodeAt(s - 1)) || text[s - 1] === '/' || text[s - 1] === '.')) {
        // Part of a longer host or of a URL found by its scheme.
        at = text.indexOf(needle, at + 4);
        continue;
      }
      URL_CHARS.lastIndex = s;
      const m = URL_CHARS.exec(text);
      let e = m ? s + m[0].length : s;
      let url = text.slice(s, e);
      const trail = TRAILING_URL_PUNCT.exec(url);
      if (trail) {
        // Keep a closing parenthesis that closes one inside the URL.
        let cut = trail[0];
        if (cut.startsWith(')') && url.indexOf('(') >= 0) cut = cut.replace(/^\)+/, '');
        e -= cut.length;
        url = url.slice(0, url.length - cut.length);
      }
      if (e - s > needle.length + 1) out.push([s, e]);
      at = text.indexOf(needle, Math.max(e, at + needle.length));
    }
  }
}

function maskEmails(text: string, out: OffsetRange[]): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && EMAIL_LOCAL.test(text[s - 1])) s--;
    const d = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (s < at && d) {
      while (text[s] === '.') s++;
      out.push([s, at + 1 + d[0].length]);
      at = text.indexOf('@', at + 1 + d[0].length);
    } else at = text.indexOf('@', at + 1);
  }
}

function merge(ranges: OffsetRange[]): OffsetRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: OffsetRange[] = [];
  for (const r of ranges) {
    if (r[1] <= r[0]) continue;
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function applyMask(text: string, ranges: readonly OffsetRange[]): string {
  if (!ranges.length) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const [s, e] of ranges) {
    parts.push(text.slice(cursor, s));
    // Blank the span but keep its line breaks, without a per-character replace.
    let a = s;
    while (a < e) {
      let b = a;
      while (b < e && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) b++;
      if (b > a) parts.push(MASK.repeat(b - a));
      if (b < e) parts.push(text[b]);
      a = b + 1;
    }
    cursor = e;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// 发文字号-like references: 国发〔2013〕1号, 国发(2013)1号, 京政办发[2024]第5号 …

const OPEN_BRACKETS = new Set(Array.from('〔[【（(［﹝{', (c) => c.charCodeAt(0)));
const CLOSE_BRACKETS = new Set(Array.from('〕]】）)］﹞}', (c) => c.charCodeAt(0)));
const ORG_CODE_CHAR = /[\u4e00-\u9fffA-Za-z×ＸXx○〇]/;

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000;
}

/**
 * 发文字号-like references, read backwards from each 号 (indexOf is quick and 号 is rare): number, optional
 * 第, closing bracket, a 2–4 digit year, opening bracket, and a 机关代字 before it.
 */
function findDocNumbers(doc: GongwenDocument, s: Chars, haos: readonly number[]): DocNumberRef[] {
  const out: DocNumberRef[] = [];
  const header = doc.header.docNos;
  for (const hao of haos) {
    let i = hao - 1;
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    let d = i;
    while (i >= 0 && isAnyDigit(s.charCodeAt(i))) i--;
    if (d - i < 1 || d - i > 5) continue;
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (s.charAt(i) === '第') i--;
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (!CLOSE_BRACKETS.has(s.charCodeAt(i))) continue;
    const close = i--;
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    d = i;
    while (i >= 0 && isAnyDigit(s.charCodeAt(i))) i--;
    if (d - i < 2 || d - i > 4) continue;
    const year = s.slice(i + 1, d + 1);
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (!OPEN_BRACKETS.has(s.charCodeAt(i))) continue;
    const open = i;
    let start = open;
    while (start > 0 && open - start < 20 && ORG_CODE_CHAR.test(s.charAt(start - 1))) start--;
    if (start === open) continue;
    out.push({ start, end: hao + 1, open, close, year, header: header.some((e) => open >= e.start && open < e.end) });
  }
  return out;
}

/**
 * Whether docno-format checks this 发文字号 itself (year brackets, two-digit year, full-width digits):
 * the 版头 发文字号 always, and — while it is on — unquoted citations in the title, 正文, 附件说明 and 附注.
 * Elsewhere (attachment pages, 版记) the punctuation and number rules look after citations.
 */
export function docnoFormatCovers(pc: PunctContext, config: LintConfig, ref: DocNumberRef): boolean {
  if (ref.header) return true;
  if (config.rules['docno-format']?.severity === 'off') return false;
  const { doc } = pc;
  if (isInside(doc.quoted, ref.start, ref.end)) return false;
  const at = ref.open;
  const zones: Array<{ start: number; end: number } | undefined> = [doc.title, doc.subtitle, doc.attachmentNote, ...doc.notes];
  if (doc.body) zones.push({ start: doc.body[0], end: doc.body[1] });
  return zones.some((z) => !!z && at >= z.start && at < z.end);
}

/**
 * Sorted hits grouped by paragraph unit: `onUnit` gets each unit that has hits, and the slice
 * `all[from, to)` of the hits inside it (hits between units are dropped).
 */
export function hitsByUnit(
  pc: PunctContext,
  all: readonly number[],
  onUnit: (unit: OffsetRange, all: readonly number[], from: number, to: number) => void,
): void {
  const units = pc.units();
  let u = 0;
  let k = 0;
  while (k < all.length && u < units.length) {
    const [start, end] = units[u];
    if (all[k] < start) {
      k++;
      continue;
    }
    if (all[k] >= end) {
      u++;
      continue;
    }
    const from = k;
    while (k < all.length && all[k] < end) k++;
    onUnit(units[u], all, from, k);
    u++;
  }
}

/**
 * The common case, nothing to rewrite: the hits of a unit are only `open` and `close` marks that never
 * nest (《…》《…》, “…”“…”). Rules that rewrite nesting or stand-in marks skip such units early.
 */
export function onlyFlatPairs(s: Chars, hits: readonly number[], from: number, to: number, open: number, close: number): boolean {
  let depth = 0;
  for (let h = from; h < to; h++) {
    const c = s.charCodeAt(hits[h]);
    if (c === open) {
      if (++depth > 1) return false;
    } else if (c !== close || --depth < 0) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Paragraph units for paired marks: one per line; an element wrapped over several lines (title, 主送,
// 抄送, attachment name) as one, and a hard-wrapped Markdown paragraph (a continuation of a long line that
// does not end a sentence, not indented as a 公文 paragraph is — with 　 or a tab) as one.

/** A 公文 paragraph ends with one of these; a hard-wrapped Markdown line may end anywhere else (even after ” or ）). */
const SENTENCE_END = new Set(Array.from('。！？；：:!?;', (c) => c.charCodeAt(0)));
/** A line that starts a list item or a heading never continues the paragraph above. */
const LIST_START = /^(?:[-*+|>#]|[0-9]{1,3}[.)、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/** A hard-wrapped line: after a long line that ends no sentence, not indented with 　 or a tab, not a list item. */
function continuesParagraph(prev: Line, line: Line, masked: (start: number, end: number) => string): boolean {
  const p = prev.content;
  if (p.length < 20 || SENTENCE_END.has(p.charCodeAt(p.length - 1)) || prev.mdHeading || line.mdHeading) return false;
  const indent = masked(line.start, line.contentStart);
  for (let i = 0; i < indent.length; i++) {
    const c = indent.charCodeAt(i);
    if (c === 0x3000 || c === 9) return false;
  }
  return !LIST_START.test(masked(line.contentStart, line.contentStart + 6));
}

/** masked.slice(start, end) computed from the text and the mask ranges, without masking the whole text. */
function maskedPart(text: string, ranges: readonly OffsetRange[], start: number, end: number): string {
  let out = text.slice(start, end);
  // The first range that ends after `start`, then those that begin before `end`.
  for (let k = firstEndingAfter(ranges, start); k < ranges.length; k++) {
    const [s, e] = ranges[k];
    if (s >= end) break;
    const a = Math.max(s, start) - start;
    const b = Math.min(e, end) - start;
    out = out.slice(0, a) + out.slice(a, b).replace(/[^\n\r]/g, MASK) + out.slice(b);
  }
  return out;
}

/** Elements that wrap over several lines are one unit: a title, a long 主送, a 抄送 list, a long attachment name. */
function unitSpans(doc: GongwenDocument): OffsetRange[] {
  const spans: OffsetRange[] = [];
  const addSpan = (e: { start: number; end: number } | undefined) => {
    if (e && doc.text.slice(e.start, e.end).indexOf('\n') >= 0) spans.push([e.start, e.end]);
  };
  addSpan(doc.title);
  addSpan(doc.recipients);
  for (const it of doc.attachmentNote?.items ?? []) addSpan(it.name);
  for (const c of doc.colophon) addSpan(c);
  return spans.sort((a, b) => a[0] - b[0]);
}

function inUnitLine(line: Line): boolean {
  return !(line.blank || line.comment || line.end <= line.start);
}

/** Whether line `i` (a unit line) goes on with the unit of the line above: inside a wrapped element, or a hard wrap. */
function extendsUnit(doc: GongwenDocument, i: number, spans: readonly OffsetRange[], masked: (start: number, end: number) => string): boolean {
  const line = doc.lines[i];
  const span = spans.find((sp) => sp[1] > line.start);
  if (span && span[0] < line.start && doc.lines.slice(0, i).some(inUnitLine)) return true;
  const prev = i > 0 ? doc.lines[i - 1] : undefined;
  return !!prev && inUnitLine(prev) && continuesParagraph(prev, line, masked);
}

function buildUnits(doc: GongwenDocument, masked: (start: number, end: number) => string): OffsetRange[] {
  const units: OffsetRange[] = [];
  const spans = unitSpans(doc);
  let sp = 0;
  let prev: Line | undefined;
  for (const line of doc.lines) {
    if (!inUnitLine(line)) {
      prev = undefined;
      continue;
    }
    while (sp < spans.length && spans[sp][1] <= line.start) sp++;
    const inSpan = sp < spans.length && spans[sp][0] < line.start && units.length > 0;
    if (inSpan || (prev && continuesParagraph(prev, line, masked))) {
      units[units.length - 1][1] = line.end;
    } else {
      units.push([line.start, line.end]);
    }
    prev = line;
  }
  return units;
}

/**
 * The units after a change inside line `index` (session.ts): the old ones moved, when lines `index` and
 * `index + 1` still go on with (or start) a unit as before — the only decisions the change can alter. Undefined
 * otherwise (then they are built again).
 */
export function unitsAfter(oldDoc: GongwenDocument, doc: GongwenDocument, index: number, delta: number): readonly OffsetRange[] | undefined {
  const old = paragraphUnits(oldDoc);
  const text = doc.text;
  const ranges = rangesOf(doc);
  const part = (a: number, b: number) => maskedPart(text, ranges, a, b);
  const oldRanges = rangesOf(oldDoc);
  const oldPart = (a: number, b: number) => maskedPart(oldDoc.text, oldRanges, a, b);
  const spans = unitSpans(doc);
  const oldSpans = unitSpans(oldDoc);
  for (const i of [index, index + 1]) {
    if (i >= doc.lines.length) continue;
    const now = inUnitLine(doc.lines[i]) && extendsUnit(doc, i, spans, part);
    const before = inUnitLine(oldDoc.lines[i]) && extendsUnit(oldDoc, i, oldSpans, oldPart);
    if (now !== before) return undefined;
  }
  // The units before the change are the old ones (shared: units are read-only once built); the rest move.
  const oldEnd = oldDoc.lines[index].end;
  const units: OffsetRange[] = new Array(old.length);
  for (let i = 0; i < old.length; i++) {
    const u = old[i];
    units[i] = u[1] < oldEnd ? u : [u[0] >= oldEnd ? u[0] + delta : u[0], u[1] + delta];
  }
  return memoSet(doc, UNITS, units);
}

/**
 * Pairs opening and closing marks in document order and records each pair's nesting depth
 * (0 = outermost) on both tokens; an unpaired mark keeps no depth. Shared by the quote and
 * book-title rules, which alternate “” / ‘’ and 《》 / 〈〉 by depth.
 */
export function assignNestingDepths(tokens: Array<{ open: boolean; depth?: number }>): void {
  const stack: Array<{ open: boolean; depth?: number }> = [];
  for (const tok of tokens) {
    if (tok.open) stack.push(tok);
    else {
      const o = stack.pop();
      if (!o) continue;
      o.depth = tok.depth = stack.length;
    }
  }
}

/** For tests of the incremental lint: whether the ranges and units kept for `doc` are what a full computation gives. */
export function verifyIncrementalContext(doc: GongwenDocument): string | undefined {
  const ranges = maskRanges(doc);
  const kept = rangesOf(doc);
  if (JSON.stringify(ranges) !== JSON.stringify(kept)) return `mask ranges ${JSON.stringify(kept)} ≠ ${JSON.stringify(ranges)}`;
  const units = buildUnits(doc, (a, b) => maskedPart(doc.text, ranges, a, b));
  const keptUnits = paragraphUnits(doc);
  if (JSON.stringify(units) !== JSON.stringify(keptUnits)) return `units ${JSON.stringify(keptUnits)} ≠ ${JSON.stringify(units)}`;
  return undefined;
}
