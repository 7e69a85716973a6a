/** Small helpers shared by rules. */
import type { Element, GongwenDocument } from '../parse/model';
import type { RuleContext } from './types';
import { enclosingRange } from '../parse/quotes';

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: string[];
}

/** Every match of a global regex in text[from, to), with document offsets. */
export function matchAll(text: string, re: RegExp, from = 0, to = text.length): Match[] {
  if (!re.global) throw new Error('matchAll needs a global regex');
  const out: Match[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

/** Matches in the 正文 paragraphs that are the document's own words (not inside quotes or cited titles). */
export function ownBodyMatches(ctx: RuleContext, re: RegExp): Match[] {
  const out: Match[] = [];
  for (const p of ctx.doc.paragraphs) {
    for (const m of matchAll(ctx.text, re, p.start, p.end)) {
      if (!ctx.isQuoted(m.start, m.end)) out.push(m);
    }
  }
  return out;
}

/** The last paragraphs of the 正文, where the 结束语 lives (the closing may stand alone or end the last paragraph). */
/** The attendance lines of a 纪要 (出席：, 列席：, 请假：, 记录：). */
const ATTENDANCE = /^[ \u3000]*(?:出席|列席|请假|缺席|记录|参加|参会)(?:人员|领导|单位)?[ \u3000]*[:：]/;

export function closingParagraphs(doc: GongwenDocument, count = 2): Element[] {
  // Headings are not closings; take the last non-heading paragraphs.
  const headingLines = new Set(doc.headings.map((h) => h.line));
  const out: Element[] = [];
  // A text that ends in an elision (……, as excerpts and quotations do) has no closing to judge.
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  if (last && /^[…. 。·]+$/.test(last.text)) return out;
  for (let i = doc.paragraphs.length - 1; i >= 0 && out.length < count; i--) {
    const p = doc.paragraphs[i];
    if (headingLines.has(p.line) && !/[。！？]$/.test(p.text)) continue;
    // 出席：…… 列席：…… 请假：……: the attendance a 纪要 lists after its 正文 closes nothing.
    if (ATTENDANCE.test(p.text)) continue;
    out.unshift(p);
  }
  return out;
}

/** The last sentences of the 正文 (up to `count`), with offsets. */
export function closingSentences(doc: GongwenDocument, count = 2): Match[] {
  const paras = closingParagraphs(doc, 2);
  const sentences: Match[] = [];
  for (const p of paras) {
    const re = /[^。！？!?]+[。！？!?]*/g;
    for (const m of matchAll(doc.text, re, p.start, p.end)) sentences.push(m);
  }
  return sentences.slice(-count);
}

/**
 * The outermost quoted or cited span (《》 “” …) that contains [start, end), or undefined.
 * Lets a rule tell a cited title (the span opens with 《) from words quoted from someone else.
 */
export function enclosingQuote(doc: GongwenDocument, start: number, end: number): [number, number] | undefined {
  const r = enclosingRange(doc.quoted, start, end);
  return r ? [r[0], r[1]] : undefined;
}
