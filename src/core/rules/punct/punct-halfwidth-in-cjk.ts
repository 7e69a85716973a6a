import type { LintConfig } from '../../config';
import { t } from '../../messages';
import { titleTrailingMarks } from '../genre/title-trailing-punct';
import type { Line } from '../../parse/model';
import type { OffsetRange } from '../../types';
import type { RuleDefinition } from '../types';
import {
  isAnyDigit, isAsciiAlnum, isCjk, isHan, isLatinLetter, isStrongCjk, isTransparent, punctContext, type PunctContext,
} from './context';
import { findDengMarks } from './punct-deng';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAME: Record<string, string> = { ',': '逗号', '.': '句号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '括号', ')': '括号' };
/** After these (or at the start of a line) a number followed by "." is an ordinal: 1.×× / 附件：1.×× / ；2.×× */
/** What may stand before a list number's 下脚点: a space, a mark, an opening bracket, or a closed marker ((1)1.). */
const ORDINAL_BEFORE = /[\s\u3000：:；;。，,、（(【\[“‘「《）)】\]\u0000]/;
/** What note-fuzhu-format takes for a 附注 (contact details, 印发传达范围). */
const NOTE_WORDS = /^[（(]?[ \u3000]*(?:联系人|联系电话|联系方式|联系单位|此件|本件|此文|本文|发至|印发至|传达至|送达范围)/;
const CHINESE_INSIDE = /[\u4e00-\u9fff\u3400-\u4dbf\u3001-\u303f\uff01-\uff65]/;
const LATIN_ONLY = /^[A-Za-z0-9 .,+\-*/=_]*$/;
const COLOPHON_LABEL = /^(抄送|主送|抄报|报送|分送|报|送)[ \t\u3000]*:/;

/**
 * Offsets whose half-width mark another rule owns and fixes (the colon of 主送/附件/抄送/签发人,
 * heading and attachment ordinals, 发文字号 brackets, the title's trailing mark, a 附注's parentheses):
 * this rule stays silent there so that a mark is reported once and fixes never compete.
 */
function ownedElsewhere(ctx: PunctContext, config: LintConfig): OffsetRange[] {
  const { doc, text } = ctx;
  const ranges: OffsetRange[] = [];
  const owned = { add: (i: number) => ranges.push([i, i + 1]) };
  const addRange = (s: number, e: number) => ranges.push([s, e]);
  // The marks that end the 主送 line (recipient-colon rewrites them into "：").
  const r = doc.recipients;
  if (r) {
    let e = r.end;
    while (e > r.start && /[.,;:]/.test(text[e - 1])) owned.add(--e);
  }
  const note = doc.attachmentNote;
  if (note) {
    addRange(note.label.start, note.label.end);
    for (const it of note.items) {
      if (it.marker) addRange(it.marker.start, it.marker.end);
      // Trailing punctuation after an attachment name is attachment-note-format's.
      let e = it.name.end;
      while (e > it.name.start && /[.,;:!?]/.test(text[e - 1])) owned.add(--e);
    }
  }
  for (const a of doc.attachments) {
    const l = a.label;
    for (let i = l.start; i < l.end; i++) if (text[i] === ':') owned.add(i);
  }
  for (const c of doc.colophon) {
    const m = COLOPHON_LABEL.exec(c.text);
    if (m) owned.add(c.start + m[0].length - 1);
    if (c.kind === 'cc' || c.kind === 'colophonRecipients') {
      let e = c.end;
      while (e > c.start && /[.,;:]/.test(text[e - 1])) owned.add(--e);
    }
  }
  const signer = doc.header.signer;
  if (signer) {
    const m = /^签发人[ \t\u3000]*:/.exec(signer.text);
    if (m) owned.add(signer.start + m[0].length - 1);
  }
  for (const d of doc.header.docNos) addRange(d.start, d.end);
  for (const n of ctx.docNumbers) {
    owned.add(n.open);
    owned.add(n.close);
  }
  // The title's trailing marks are title-trailing-punct's when it deletes them; otherwise they are ours.
  const trailing = titleTrailingMarks(doc);
  if (trailing) for (let e = trailing.start; e < trailing.end; e++) owned.add(e);
  // The parentheses around a 附注 (note-fuzhu-format; its NOTE_WORDS).
  for (const n of doc.notes) {
    if (!NOTE_WORDS.test(n.text)) continue;
    if (text[n.start] === '(') owned.add(n.start);
    if (text[n.end - 1] === ')') owned.add(n.end - 1);
  }
  // ", 等" is deleted by punct-deng: converting it first would leave that rule a second pass.
  if (config.rules['punct-deng']?.severity !== 'off') for (const d of findDengMarks(ctx)) if (d.mark === ',') owned.add(d.at);
  return ranges.sort((a, b) => a[0] - b[0]);
}

export const punctHalfwidthInCjk: RuleDefinition = {
  meta: {
    id: 'punct-halfwidth-in-cjk',
    title: '中文语境用全角标点',
    description:
      '中文文字间的半角逗号、句号、分号、冒号、问号、叹号和括号应改为全角。数字（3.5、9:00、1:500）、网址、邮箱、英文语句、文件名、序号“1.”和 Markdown 语法不在此列。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 第5章（标点符号的位置和书写形式）；GB/T 9704—2012 第9章',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '中文里的半角标点改为全角' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const { masked } = pc;
    if (!pc.index().ascii.length) return;
    const owned = ownedElsewhere(pc, ctx.config);
    const { lines, headings } = ctx.doc;
    let o = 0;
    let h = 0;
    let l = 0;
    // Hits come in order: walk the owned ranges, the heading markers (heading-numbering-format's) and the
    // lines alongside them.
    const candidates: Array<{ i: number; line: Line }> = [];
    for (const i of pc.index().ascii) {
      while (o < owned.length && owned[o][1] <= i) o++;
      if (o < owned.length && owned[o][0] <= i) continue;
      while (h < headings.length && headings[h].marker.end <= i) h++;
      if (h < headings.length && headings[h].marker.start <= i) continue;
      while (l + 1 < lines.length && lines[l + 1].start <= i) l++;
      candidates.push({ i, line: lines[l] });
    }
    // Decide on the text as it will read after the conversions: a mark next to one being converted
    // (“(.：” → “（。：”) is decided again, so that one fix pass leaves nothing to fix. Each conversion
    // replaces one UTF-16 unit by one, so offsets never move.
    const fired = new Set<number>();
    let current: Chars = pc.chars;
    // After the first pass only the lines where a mark was converted can decide differently.
    let changedLines: Set<number> | undefined;
    for (let pass = 0; pass < 4; pass++) {
      let parenLine = -1;
      let parenDecision = new Map<number, boolean>();
      const newly: number[] = [];
      for (const { i, line } of candidates) {
        if (fired.has(i) || (changedLines && !changedLines.has(line.index))) continue;
        const ch = masked[i];
        let fire: boolean;
        if (ch === '(' || ch === ')') {
          if (line.index !== parenLine) {
            parenLine = line.index;
            parenDecision = decideParens(current, line);
          }
          fire = parenDecision.get(i) ?? false;
        } else {
          fire = decideMark(current, i, ch, line);
        }
        if (fire) newly.push(i);
      }
      if (!newly.length) break;
      const newSet = new Set(newly);
      changedLines = new Set<number>();
      for (const { i, line } of candidates) if (newSet.has(i)) changedLines.add(line.index);
      for (const i of newly) fired.add(i);
      // Nothing left undecided on those lines: no other pass (and no rebuilt text) is needed.
      if (!candidates.some(({ i, line }) => !fired.has(i) && changedLines!.has(line.index))) break;
      // The next pass reads the text with the conversions made (a view, not a rebuilt copy of the whole text).
      const view = current instanceof Converted ? current : new Converted(pc.chars);
      for (const i of newly) view.set(i, FULL[masked[i]]);
      current = view;
    }
    for (const { i } of candidates) {
      if (!fired.has(i)) continue;
      const ch = masked[i];
      ctx.report({
        range: [i, i + 1],
        message: t('punct-halfwidth-in-cjk.found', { found: ch, fixed: FULL[ch], name: NAME[ch] }),
        fix: { range: [i, i + 1], text: FULL[ch] },
      });
    }
  },
};

/** What the decisions read: the masked text, or a view of it with some marks converted. */
interface Chars {
  charCodeAt(i: number): number;
  slice(start: number, end: number): string;
}

/** The masked text with single code units replaced (each conversion is one unit for one). */
class Converted implements Chars {
  private readonly over = new Map<number, string>();
  constructor(private readonly base: Chars) {}
  set(i: number, ch: string): void {
    this.over.set(i, ch);
  }
  charCodeAt(i: number): number {
    const o = this.over.get(i);
    return o === undefined ? this.base.charCodeAt(i) : o.charCodeAt(0);
  }
  slice(start: number, end: number): string {
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
      const o = this.over.get(i);
      if (o === undefined) continue;
      out += this.base.slice(from, i) + o;
      from = i + 1;
    }
    return out + this.base.slice(from, end);
  }
}

/** The nearest character before `i` on the line that is not a space or emphasis mark (-1 at the line start). */
function leftOf(s: Chars, i: number, line: Line): number {
  let j = i - 1;
  while (j >= line.start && isTransparent(s.charCodeAt(j))) j--;
  return j >= line.start ? s.charCodeAt(j) : -1;
}

function rightOf(s: Chars, i: number, line: Line): number {
  let j = i + 1;
  while (j < line.end && isTransparent(s.charCodeAt(j))) j++;
  return j < line.end ? s.charCodeAt(j) : -1;
}

function decideMark(s: Chars, i: number, ch: string, line: Line): boolean {
  const prev = i > line.start ? s.charCodeAt(i - 1) : -1;
  const next = i + 1 < line.end ? s.charCodeAt(i + 1) : -1;
  // 3.5亿, 9:00, 1:500, 10,000, 2024.1.5 (and １２.６, whose digits num-fullwidth-digits rewrites with the point).
  if (isAnyDigit(prev) && isAnyDigit(next) && ch !== '?' && ch !== '!') return false;
  if (ch === '.') {
    // An ellipsis written with dots is punct-ellipsis's; a.txt, www.gov.cn, v1.2, No.5, .５ are not sentence ends.
    if (prev === 46 || next === 46 || isAsciiAlnum(next) || isAnyDigit(next)) return false;
    if (isOrdinalDot(s, i, line)) return false;
  }
  if (ch === ':' && next === 47 /* / */) return false;
  // Touching a Chinese character or full-width mark: the mark belongs to the Chinese sentence.
  if (isStrongCjk(prev) || isStrongCjk(next)) return true;
  const lc = leftOf(s, i, line);
  const rc = rightOf(s, i, line);
  // Inside English (Hello, world) or between a word and a quotation mark (“Hello, world.”).
  if (isLatinLetter(prev) || isLatinLetter(next)) return false;
  if (isCjk(lc) || isCjk(rc)) return !isLatinPassage(s, i, line);
  // 增长3.5%. / 使用Word. at the end of a line: the sentence is Chinese.
  if (rc === -1 && ch !== ':') return tokenAfterCjk(s, i, line);
  return false;
}

/** 1. at the start of a line, after 附件：, after ；or a space: a 下脚点, not a full stop. */
function isOrdinalDot(s: Chars, i: number, line: Line): boolean {
  let j = i - 1;
  // 1 . 组织…: a database's copy spaces the ordinal out; the spaces before the dot are no sentence.
  while (j >= line.start && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 0x3000) && j > line.contentStart) j--;
  if (j < i - 1 && !isAnyDigit(s.charCodeAt(j))) return false;
  while (j >= line.start && isAnyDigit(s.charCodeAt(j))) j--;
  let digits = i - 1 - j;
  if (digits === 0) {
    // A., B., IV. at the start of a line.
    while (j >= line.start && isLatinLetter(s.charCodeAt(j))) j--;
    digits = i - 1 - j;
    if (digits === 0 || digits > 4) return false;
    return j < line.contentStart;
  }
  if (digits > 3) return false;
  if (j < line.contentStart || (j >= 1 && s.slice(j - 1, j + 1) === '附件')) return true;
  // After a colon only when the colon is not part of a time (9:00.).
  const c = s.slice(j, j + 1);
  if ((c === ':' || c === '：') && isAnyDigit(s.charCodeAt(j - 1))) return false;
  return ORDINAL_BEFORE.test(c);
}

/** 0-9 A-Z a-z % ‰ . + - / and masked text. */
function isTokenChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 37 || c === 0x2030 || c === 46 || c === 43 || c === 45 || c === 47 || c === 0;
}

/** Whether the token left of the mark (95%, v2.0, Word, a URL or code span) follows a Chinese character. */
function tokenAfterCjk(s: Chars, i: number, line: Line): boolean {
  let j = i - 1;
  while (j >= line.start && isTokenChar(s.charCodeAt(j))) j--;
  if (j === i - 1 || j < line.start) return false;
  return isStrongCjk(s.charCodeAt(j));
}

/** The stretch between the nearest CJK characters around `i` holds several English words. */
function isLatinPassage(s: Chars, i: number, line: Line): boolean {
  let a = i - 1;
  while (a >= line.start && !isCjk(s.charCodeAt(a))) a--;
  let b = i + 1;
  while (b < line.end && !isCjk(s.charCodeAt(b))) b++;
  return /[A-Za-z]{2,}[,.;:!?'’]*[ \t]+[A-Za-z]/.test(s.slice(a + 1, b));
}

/**
 * Half-width parentheses on one line: matched pairs are converted together when the pair sits in
 * Chinese text (Chinese inside, or Chinese next to it); f(x), Excel(2016) and English asides stay.
 */
function decideParens(s: Chars, line: Line): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const stack: number[] = [];
  const lone: number[] = [];
  for (let i = line.start; i < line.end; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) stack.push(i);
    else if (c === 41) {
      const o = stack.pop();
      if (o === undefined) {
        lone.push(i);
        continue;
      }
      const inner = s.slice(o + 1, i);
      const before = o > line.start ? s.charCodeAt(o - 1) : -1;
      const ok = CHINESE_INSIDE.test(inner) ||
        // f(x), Excel(2016): glued to a Latin word with only Latin inside, they stay.
        (!(isAsciiAlnum(before) && LATIN_ONLY.test(inner)) && (isCjk(leftOf(s, o, line)) || isCjk(rightOf(s, i, line))));
      out.set(o, ok);
      out.set(i, ok);
    }
  }
  for (const i of [...stack, ...lone]) {
    // A list marker 1) / a) at the start of a line is not Chinese punctuation to convert.
    if (s.charCodeAt(i) === 41 && /^[0-9A-Za-z]{1,3}$/.test(s.slice(line.contentStart, i))) continue;
    const prev = i > line.start ? s.charCodeAt(i - 1) : -1;
    const next = i + 1 < line.end ? s.charCodeAt(i + 1) : -1;
    out.set(i, isHan(prev) || isHan(next) || isStrongCjk(leftOf(s, i, line)) || isStrongCjk(rightOf(s, i, line)));
  }
  // A run of unmatched marks (（（的) is one unit: converting only the one touching Chinese would leave
  // the other touching a full-width mark, so a second fix pass would be needed.
  const unmatched = [...stack, ...lone].filter((i) => out.has(i)).sort((a, b) => a - b);
  for (let k = 0; k < unmatched.length; ) {
    let e = k;
    while (e + 1 < unmatched.length && unmatched[e + 1] === unmatched[e] + 1) e++;
    if (e > k && unmatched.slice(k, e + 1).some((i) => out.get(i))) for (let j = k; j <= e; j++) out.set(unmatched[j], true);
    k = e + 1;
  }
  return out;
}
