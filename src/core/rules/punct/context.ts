/**
 * What several punctuation, number and wording rules need, computed once per document:
 *
 * - `masked`: the text with everything that is not running prose blanked out (front matter, HTML
 *   comments and so suppression markers, Markdown code, link targets, HTML tags and entities, URLs,
 *   e-mail addresses, escapes), same length and same line breaks, so that each rule runs its global
 *   regexes over one string and gets document offsets back;
 * - 发文字号-like citations (their brackets belong to docno-format / punct-doc-citation-brackets);
 * - line lookup, paragraph units and character classes.
 *
 * Cached per parsed document (the engine hands every rule the same `doc`).
 */
import type { LintConfig } from '../../config';
import type { GongwenDocument, Line } from '../../parse/model';
import { isInside } from '../../parse/quotes';
import type { OffsetRange } from '../../types';

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
  /** The text with non-prose spans replaced by U+0000 (line breaks kept): offsets are the document's. */
  readonly masked: string;
  /** Sorted, merged masked ranges. */
  readonly skipped: readonly OffsetRange[];
  /** 发文字号-like references anywhere in the text (版头 or cited). */
  readonly docNumbers: readonly DocNumberRef[];
  /** The line containing an offset. */
  lineAt(offset: number): Line;
  /** Paragraph units: a line, a multi-line title, or a hard-wrapped Markdown paragraph. */
  units(): readonly OffsetRange[];
  /** A per-document memo, for scans that two rules share (one finds, the other keeps out of its way). */
  memo<T>(key: string, compute: () => T): T;
  /** Offsets of the paired marks and their ASCII stand-ins (（）“”‘’《》〈〉〔〕 ( ) " ' < > ＜＞), one scan for four rules. */
  pairHits(): readonly number[];
  /** Runs of Arabic digits (either width) as flat [start, end, start, end, …], one scan for the number rules. */
  digitRuns(): readonly number[];
}

const PAIR_MARKS = /[（）“”‘’《》〈〉〔〕()"'<>＜＞]/g;
const DIGIT_RUN = /[0-9０-９]+/g;

/** Match offsets of a one-character class ([start] each) or of runs ([start, end] each), without match objects. */
function offsetsOf(s: string, re: RegExp, runs: boolean): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  while (re.test(s)) {
    const end = re.lastIndex;
    if (!runs) {
      out.push(end - 1);
      continue;
    }
    let start = end - 1;
    while (start > 0 && isAnyDigit(s.charCodeAt(start - 1))) start--;
    out.push(start, end);
  }
  return out;
}

function isAnyDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const CACHE = new WeakMap<GongwenDocument, PunctContext>();

export function punctContext(doc: GongwenDocument): PunctContext {
  let c = CACHE.get(doc);
  if (!c) {
    c = build(doc);
    CACHE.set(doc, c);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Character classes (UTF-16 code units).

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs, 〇). */
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
  'g',
);
/** Reference definitions and footnote labels at the start of a line: [id]: url, [^1]: */
const MD_LINE = /^[ \t]{0,3}(?:\[[^\]\n]+\]:[ \t]*\S+.*|\[\^[^\]\n]+\]:)/;
/** A Markdown list marker followed by a space (1. / 1) / - / * / +). */
const LIST_MARKER = /^[ \t]{0,3}(?:[0-9]{1,9}[.)]|[-*+])[ \t]+/;
const URL_CHARS = /[^\s<>"'`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—]+/y;
const TRAILING_URL_PUNCT = /[.,;:!?'")\]}]+$/;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

function build(doc: GongwenDocument): PunctContext {
  const text = doc.text;
  const ranges: OffsetRange[] = [];
  if (doc.frontMatter) ranges.push([doc.frontMatter.range[0], doc.frontMatter.range[1]]);
  maskLines(doc, ranges);
  maskComments(text, ranges);
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(text))) {
    // A link target keeps its "]": only "(…)" is masked.
    const s = m[0].charCodeAt(0) === 93 ? m.index + 1 : m.index;
    ranges.push([s, m.index + m[0].length]);
  }
  maskUrls(text, ranges);
  maskEmails(text, ranges);
  const skipped = merge(ranges);
  const masked = applyMask(text, skipped);
  const lines = doc.lines;
  let unitCache: OffsetRange[] | undefined;
  const memo = new Map<string, unknown>();
  const ctx: PunctContext = {
    text,
    doc,
    masked,
    skipped,
    get docNumbers() {
      return ctx.memo('docNumbers', () => findDocNumbers(doc, masked));
    },
    lineAt(offset) {
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lines[lo];
    },
    units() {
      return (unitCache ??= buildUnits(doc, masked));
    },
    pairHits() {
      return ctx.memo('pairHits', () => offsetsOf(masked, PAIR_MARKS, false));
    },
    digitRuns() {
      return ctx.memo('digitRuns', () => offsetsOf(masked, DIGIT_RUN, true));
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  return ctx;
}

/** Line-level Markdown: fenced code blocks, list markers, reference definitions (one look at each line's start). */
function maskLines(doc: GongwenDocument, out: OffsetRange[]): void {
  let open: { start: number; ch: string; len: number } | undefined;
  for (const line of doc.lines) {
    const raw = line.raw;
    let i = 0;
    while (i < 4 && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
    const ch = raw[i];
    if (!open && (ch === '-' || ch === '*' || ch === '+' || ch === '[' || (ch >= '0' && ch <= '9'))) {
      const m = (ch === '[' ? MD_LINE : LIST_MARKER).exec(raw);
      if (m) out.push([line.start, line.start + m[0].length]);
      continue;
    }
    if (ch !== '`' && ch !== '~') continue;
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
  if (open) out.push([open.start, doc.text.length]);
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

/** Whether an offset lies in a masked range (binary search). */
export function isMasked(ctx: PunctContext, offset: number): boolean {
  const r = ctx.skipped;
  let lo = 0;
  let hi = r.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid][1] <= offset) lo = mid + 1;
    else if (r[mid][0] > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// 发文字号-like references: 国发〔2013〕1号, 国发(2013)1号, 京政办发[2024]第5号 …

/** A 发文字号 ending at a 号 (found by indexOf, which is quick): bracket, year, bracket, optional 第, number. */
const DOC_NUMBER_BEFORE_HAO =
  /([〔\[【（(［﹝{])[ \u3000]*([0-9０-９]{2,4})[ \u3000]*([〕\]】）)］﹞}])[ \u3000]*第?[ \u3000]*[0-9０-９]{1,5}[ \u3000]*号$/;
const ORG_CODE_CHAR = /[\u4e00-\u9fffA-Za-z×ＸXx○〇]/;

function findDocNumbers(doc: GongwenDocument, masked: string): DocNumberRef[] {
  const out: DocNumberRef[] = [];
  const header = doc.header.docNos;
  for (let hao = masked.indexOf('号'); hao >= 0; hao = masked.indexOf('号', hao + 1)) {
    const c = masked.charCodeAt(hao - 1);
    if (!isAnyDigit(c) && c !== 32 && c !== 0x3000) continue;
    const from = Math.max(0, hao - 24);
    const m = DOC_NUMBER_BEFORE_HAO.exec(masked.slice(from, hao + 1));
    if (!m) continue;
    const open = from + m.index;
    let start = open;
    while (start > 0 && open - start < 20 && ORG_CODE_CHAR.test(masked[start - 1])) start--;
    if (start === open) continue;
    const close = open + m[0].indexOf(m[3], 1 + m[2].length);
    out.push({ start, end: hao + 1, open, close, year: m[2], header: header.some((d) => open >= d.start && open < d.end) });
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
 * Hits (sorted offsets) grouped by paragraph unit: `onUnit` gets each unit that has accepted hits, with
 * their offsets in order (the array is reused between calls).
 */
export function hitsByUnit(
  pc: PunctContext,
  all: readonly number[],
  accept: (code: number) => boolean,
  onUnit: (unit: OffsetRange, hits: number[]) => void,
): void {
  const units = pc.units();
  const s = pc.masked;
  const hits: number[] = [];
  let u = 0;
  let current = -1;
  for (const i of all) {
    if (!accept(s.charCodeAt(i))) continue;
    while (u < units.length && units[u][1] <= i) u++;
    if (u >= units.length) break;
    if (i < units[u][0]) continue;
    if (u !== current) {
      if (hits.length) onUnit(units[current], hits);
      hits.length = 0;
      current = u;
    }
    hits.push(i);
  }
  if (hits.length) onUnit(units[current], hits);
}

// ---------------------------------------------------------------------------------------------
// Paragraph units for paired marks: one per line, a wrapped title as one, and a hard-wrapped
// Markdown paragraph (unindented continuation of a long line that does not end a sentence) as one.

const SENTENCE_END = /[。！？；：:!?;…”’）)》」』】]$/;
/** A line that starts a list item or a heading never continues the paragraph above. */
const LIST_START = /^(?:[-*+|>#]|[0-9]{1,3}[.)、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

function buildUnits(doc: GongwenDocument, masked: string): OffsetRange[] {
  const units: OffsetRange[] = [];
  const title = doc.title && doc.title.parts.length > 1 ? doc.title : undefined;
  let prev: Line | undefined;
  for (const line of doc.lines) {
    if (line.blank || line.comment || line.end <= line.start) {
      prev = undefined;
      continue;
    }
    if (title && line.start >= title.start && line.end <= title.end + 1 && line.index > title.line) {
      units[units.length - 1][1] = line.end;
      prev = line;
      continue;
    }
    if (
      prev && line.contentStart === line.start && !prev.mdHeading && !line.mdHeading && prev.content.length >= 20 &&
      !SENTENCE_END.test(prev.content) && !LIST_START.test(masked.slice(line.contentStart, line.contentStart + 6))
    ) {
      units[units.length - 1][1] = line.end;
    } else {
      units.push([line.start, line.end]);
    }
    prev = line;
  }
  return units;
}
