import type { TermEntry } from '../../config';
import { escapeRegExp } from '../../text';
import { t } from '../../messages';
import type { Span } from '../../parse/model';
import type { RuleContext, RuleDefinition } from '../types';

interface CompiledTerm {
  term: TermEntry;
  /** Phrases containing `wrong` that are fine, with every offset of `wrong` inside them. */
  exceptions: Array<{ text: string; at: number[] }>;
  /** The context guards, anchored at `wrong` (a guard that does not compile leaves the term out: config reports it). */
  before?: RegExp;
  after?: RegExp;
}

/** How far a context guard looks on each side (as for the lexicon's entries). */
const GUARD_REACH = 16;

function guard(src: string | undefined, make: (s: string) => string): RegExp | undefined | null {
  if (src === undefined || src === '') return undefined;
  try {
    return new RegExp(make(src));
  } catch {
    return null;
  }
}

interface Compiled {
  re: RegExp;
  byWrong: Map<string, CompiledTerm>;
}

/** One regex per term list (the list object is reused across lints of the same configuration). */
const cache = new WeakMap<readonly TermEntry[], Compiled | null>();


function offsetsOf(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function compile(terms: readonly TermEntry[]): Compiled | null {
  const byWrong = new Map<string, CompiledTerm>();
  for (const term of terms) {
    if (!term || typeof term.wrong !== 'string' || !term.wrong || typeof term.right !== 'string' || term.wrong === term.right) continue;
    const phrases = [...(term.exceptions ?? [])];
    // When the right form contains the wrong one (不断的 → 不断地 does not; 截止 → 截止到 would), the right form is never flagged.
    if (term.right.includes(term.wrong)) phrases.push(term.right);
    const exceptions = phrases
      .filter((p) => typeof p === 'string' && p.includes(term.wrong))
      .map((p) => ({ text: p, at: offsetsOf(p, term.wrong) }));
    const before = guard(term.before, (s) => `(?:${s})$`);
    const after = guard(term.after, (s) => `^(?:${s})`);
    if (before === null || after === null) continue;
    byWrong.set(term.wrong, { term, exceptions, before, after });
  }
  if (!byWrong.size) return null;
  // Longest first, so that 截止目前 wins over 截止 at the same place.
  const alternatives = [...byWrong.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { re: new RegExp(alternatives.join('|'), 'g'), byWrong };
}

function compiled(terms: readonly TermEntry[]): Compiled | null {
  let c = cache.get(terms);
  if (c === undefined) {
    c = compile(terms);
    cache.set(terms, c);
  }
  return c;
}

function isException(text: string, start: number, c: CompiledTerm): boolean {
  for (const ex of c.exceptions) {
    for (const at of ex.at) {
      const from = start - at;
      if (from >= 0 && text.startsWith(ex.text, from)) return true;
    }
  }
  return false;
}

/** The zones written by the drafter: title, 主送, 正文, 附件说明, 署名, 附注, attachments' titles, 版记 (sorted). */
export function zones(ctx: RuleContext): Span[] {
  const d = ctx.doc;
  const out: Span[] = [];
  if (d.title) out.push(...d.title.parts);
  if (d.subtitle) out.push(d.subtitle);
  if (d.recipients) out.push(d.recipients);
  out.push(...d.paragraphs);
  if (d.attachmentNote) out.push(d.attachmentNote);
  out.push(...d.signatures, ...d.notes, ...d.colophon);
  for (const a of d.attachments) if (a.title) out.push(a.title);
  return out.sort((x, y) => x.start - y.start);
}

/** Whether [start, end) lies inside one of the sorted zones (binary search). */
export function inZone(zs: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = zs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = zs[mid];
    if (z.end < end) lo = mid + 1;
    else if (z.start > start) hi = mid - 1;
    else return true;
  }
  return false;
}

export const terms: RuleDefinition = {
  meta: {
    id: 'terms',
    title: '本单位用语规范',
    description: '团队在规范包或 .wenmirc.json 中约定的用语（terms）：出现不规范的写法时提示，并可一键改为规范写法。引号和书名号内的引文不查。',
    category: 'terms',
    basis: '实务',
    source: '本单位用语规范（规范包或 .wenmirc.json 的 terms）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '团队约定的用语（terms）改为规范写法', configured: true },
  },
  check(ctx) {
    const list = ctx.config.terms;
    if (!list?.length) return;
    const c = compiled(list);
    if (!c) return;
    const { text } = ctx;
    const zs = zones(ctx);
    if (!zs.length) return;
    // One pass of one regex over the written part of the document; matches outside the zones
    // (版头, comment lines) are skipped.
    const from = zs[0].start;
    const to = zs.reduce((m, z) => Math.max(m, z.end), 0);
    c.re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text)) && m.index < to) {
      const start = m.index;
      const end = start + m[0].length;
      const entry = c.byWrong.get(m[0])!;
      if (!inZone(zs, start, end) || ctx.isQuoted(start, end) || isException(text, start, entry)) continue;
      if (entry.before && !entry.before.test(text.slice(Math.max(0, start - GUARD_REACH), start))) continue;
      if (entry.after && !entry.after.test(text.slice(end, end + GUARD_REACH))) continue;
      const { term } = entry;
      ctx.report({
        range: [start, end],
        message: t('terms.found', { wrong: term.wrong, right: term.right, note: term.note ? t('terms.note', { note: term.note }) : '' }),
        fix: { range: [start, end], text: term.right },
        ...(term.severity ? { severity: term.severity } : {}),
      });
    }
  },
};
