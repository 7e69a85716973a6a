/**
 * The sourced lexicon (issue 13): 异形词 (GF 1001-2001), 错别字, 公文惯用语, 语义重复 and 规范表述, kept as data files in
 * `lexicon/data/*.json` (schema: schemas/lexicon.schema.json) and looked up in one pass of one automaton.
 *
 * An entry is a team term (`terms` in a pack or .wenmirc.json) with its source: the same fields, one mechanism. A
 * team's own term for the same wrong form takes the entry's place (the `terms` rule reports it); a term whose right
 * form equals its wrong form switches the entry off.
 *
 * `A……B` in a wrong form is a pair with a number between (超过50万元以上): A is looked up, B must follow within
 * a short run of numerals and their unit.
 */
import type { TermEntry } from '../config';
import { Automaton } from './automaton';
import { simplifyTable } from '../simplify';
import variant from './data/variant.json';
import typo from './data/typo.json';
import usage from './data/usage.json';
import redundancy from './data/redundancy.json';
import naming from './data/naming.json';
import idiomData from './data/idioms.json';
import { IdiomIndex, validateIdiomData, type IdiomData, type IdiomHit } from './idioms';

/** The families of the entry files, and `idiom`: a 成语 with one character slipped (idioms.ts), found rather than listed. */
export type LexiconFamily = 'variant' | 'typo' | 'usage' | 'redundancy' | 'naming' | 'idiom';

export interface LexiconEntry extends TermEntry {
  /** A replacement that is right wherever the wrong form stands as a word (still only offered, never bulk-applied). */
  certain?: boolean;
  /** Where the entry comes from: the standard and its entry, or the guide's title. */
  source?: string;
  url?: string;
  /**
   * The context in which the form is wrong, as regular expressions: `before` must match the text that ends where the form
   * starts (泄露 after 燃气: 泄漏), `after` the text that follows it (途径 before 我县: 途经). `before` reads within 16 characters, `after` within 48.
   */
  before?: string;
  after?: string;
  /**
   * "YYYY-MM": the form is wrong only in a document dated from then on (a body renamed by a reform of institutions:
   * 国土资源局 → 自然资源局 from 2018-03). Before it nothing is reported; in its first year, or with no 成文日期, a hint.
   */
  since?: string;
}

/** How far a context guard looks on each side of a form. */
const GUARD_REACH = 16;
/** How far an `after` guard reads: far enough for a cited title (制订了《……办法》); each guard bounds its own reach. */
const AFTER_REACH = 48;

export interface LexiconFile {
  family: LexiconFamily;
  title: string;
  source: string;
  entries: LexiconEntry[];
}

export const LEXICON_FAMILIES: readonly LexiconFamily[] = ['variant', 'typo', 'usage', 'redundancy', 'naming'];

/** What is wrong with one file's entries (file and entry named), so that the other entries keep working. */
export function validateLexicon(file: unknown, name: string): { entries: LexiconEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: LexiconEntry[] = [];
  const f = file as Partial<LexiconFile> | null;
  if (!f || typeof f !== 'object' || !Array.isArray(f.entries)) return { entries, problems: [`${name}: not a lexicon file (no "entries" list)`] };
  f.entries.forEach((e, i): void => {
    const where = `${name} entries[${i}]`;
    if (!e || typeof e !== 'object') { problems.push(`${where}: not an object`); return; }
    if (typeof e.wrong !== 'string' || !e.wrong.trim()) { problems.push(`${where}: "wrong" is empty`); return; }
    if (typeof e.right !== 'string') { problems.push(`${where} (${e.wrong}): "right" is missing`); return; }
    if (e.exceptions !== undefined && (!Array.isArray(e.exceptions) || e.exceptions.some((x) => typeof x !== 'string'))) {
      problems.push(`${where} (${e.wrong}): "exceptions" must be a list of strings`);
      return;
    }
    if (e.wrong.includes('……') && e.wrong.split('……').length !== 2) { problems.push(`${where} (${e.wrong}): one …… at most`); return; }
    for (const side of ['before', 'after'] as const) {
      const src = e[side];
      if (src === undefined) continue;
      if (typeof src !== 'string' || !src) { problems.push(`${where} (${e.wrong}): "${side}" must be a regular expression`); return; }
      try {
        new RegExp(src);
      } catch (err) {
        problems.push(`${where} (${e.wrong}): "${side}" is no valid regular expression (${(err as Error).message})`);
        return;
      }
    }
    if (e.since !== undefined && (typeof e.since !== 'string' || !/^[0-9]{4}-(?:0[1-9]|1[0-2])$/.test(e.since))) {
      problems.push(`${where} (${e.wrong}): "since" must be a year and month, YYYY-MM`);
      return;
    }
    entries.push(e);
  });
  return { entries, problems };
}

const FILES: ReadonlyArray<readonly [LexiconFamily, unknown]> = [
  ['variant', variant],
  ['typo', typo],
  ['usage', usage],
  ['redundancy', redundancy],
  ['naming', naming],
];

interface Compiled {
  automaton: Automaton;
  idioms?: IdiomIndex;
  idiomSource: string;
  /** Per pattern (the wrong form, or its part before ……): the entry and its family. */
  byPattern: Array<{ entry: LexiconEntry; family: LexiconFamily; head: string; tail?: string; exceptions: Array<{ text: string; at: number[] }>; before?: RegExp; after?: RegExp }>;
  /** Patterns from this index on are the idioms' pairs (idioms.ts): `firstPairs` of them open an idiom, the rest close one. */
  idiomPairsFrom: number;
  firstPairs: number;
  problems: string[];
}

let builtin: Compiled | undefined;

function offsetsOf(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The built-in lexicon, compiled once (lazily: the extension pays for it on the first lint, not at activation). */
export function builtinLexicon(): Compiled {
  if (builtin) return builtin;
  const byPattern: Compiled['byPattern'] = [];
  const problems: string[] = [];
  for (const [family, file] of FILES) {
    const v = validateLexicon(file, `lexicon/${family}.json`);
    problems.push(...v.problems);
    for (const entry of v.entries) {
      const [head, tail] = entry.wrong.split('……');
      const exceptions = (entry.exceptions ?? []).filter((x) => x.includes(head)).map((x) => ({ text: x, at: offsetsOf(x, head) }));
      byPattern.push({
        entry, family, head, tail, exceptions,
        before: entry.before ? new RegExp(`(?:${entry.before})$`) : undefined,
        after: entry.after ? new RegExp(`^(?:${entry.after})`) : undefined,
      });
    }
  }
  const idiomProblems = validateIdiomData(idiomData, 'lexicon/idioms.json');
  problems.push(...idiomProblems);
  const idioms = idiomProblems.length ? undefined : new IdiomIndex(idiomData as IdiomData);
  const pairs = idioms?.pairPatterns() ?? { first: [], last: [] };
  const automaton = new Automaton([...byPattern.map((p) => p.head), ...pairs.first, ...pairs.last]);
  // A simplified draft with traditional slips is read as written (simplify.ts readAsWritten): the lexicon still sees 佈署.
  automaton.alias(simplifyTable());
  builtin = { automaton, idioms, idiomSource: (idiomData as IdiomData).title, byPattern, idiomPairsFrom: byPattern.length, firstPairs: pairs.first.length, problems };
  return builtin;
}

/** Entry counts per family. */
export function lexiconSize(): Record<LexiconFamily, number> {
  const out = { variant: 0, typo: 0, usage: 0, redundancy: 0, naming: 0, idiom: 0 };
  for (const p of builtinLexicon().byPattern) out[p.family]++;
  out.idiom = (idiomData as IdiomData).idioms.length / 4;
  return out;
}

export interface LexiconHit {
  family: LexiconFamily;
  entry: LexiconEntry;
  /** The wrong form's span; for a pair (超过……以上) both parts' spans. */
  start: number;
  end: number;
  parts: Array<[number, number]>;
}

/**
 * The numerals that open what stands between the two halves of a pair (超过|50万元|以上), with one linking word
 * before them allowed (至少在三千万元以上, 超过了50人以上).
 */
const NUMERALS_AT = /[在达为了]?[0-9０-９.．%％一二三四五六七八九十百千万亿两〇零几]+/y;
/** What ends the unit between the two halves of a pair. */
const PAIR_STOP = /[\s，。；：、！？“”《》（）,.;:]/;
const NUMERALS_AT_ONE = /^[0-9０-９.．%％一二三四五六七八九十百千万亿两〇零几]$/;

/**
 * Every lexicon hit in text[from, to), the longest where hits overlap. Exception phrases and a team's own terms
 * are left out here; `accept` says which other spans count (inside the drafter's zones, not quoted).
 */
export function scanLexicon(text: string, from: number, to: number, accept: (start: number, end: number) => boolean, team: readonly TermEntry[]): LexiconHit[] {
  const lex = builtinLexicon();
  const teamWrong = new Set(team.map((t) => t.wrong));
  const hits: LexiconHit[] = [];
  const idiomHits: IdiomHit[] = [];
  lex.automaton.each(text, from, to, (pattern, start, hitEnd) => {
    if (pattern >= lex.idiomPairsFrom) {
      const hit = lex.idioms!.slipAt(text, start, pattern - lex.idiomPairsFrom < lex.firstPairs, from, to);
      if (hit && !idiomHits.some((h) => h.start === hit.start)) idiomHits.push(hit);
      return;
    }
    const p = lex.byPattern[pattern];
    if (teamWrong.size && teamWrong.has(p.entry.wrong)) return;
    let end = hitEnd;
    let tailAt = -1;
    if (p.tail !== undefined) {
      // 超过|50万元|以上: numerals right after the head, at most four characters of unit, then the tail. A head that
      // follows its number (80|余|人|左右, 1000|余|万元|左右) has only the unit between. Tested before anything else
      // (a sticky match on the text itself): the heads 约, 多 and 余 are frequent, and most are no pair.
      NUMERALS_AT.lastIndex = hitEnd;
      const after = NUMERALS_AT.exec(text);
      const before = !after && start > from && NUMERALS_AT_ONE.test(text[start - 1]);
      if (!after && !before) return;
      const numLength = after ? Math.min(after[0].length, 12) : 0;
      for (let k = numLength; k <= numLength + 4 && hitEnd + k < to; k++) {
        if (text.startsWith(p.tail, hitEnd + k)) {
          tailAt = hitEnd + k;
          break;
        }
        if (PAIR_STOP.test(text[hitEnd + k] ?? '')) break;
      }
      if (tailAt < 0) return;
      end = tailAt + p.tail.length;
    }
    if (p.exceptions.length && p.exceptions.some((ex) => ex.at.some((at) => start - at >= 0 && text.startsWith(ex.text, start - at)))) return;
    if (p.before && !p.before.test(text.slice(Math.max(from, start - GUARD_REACH), start))) return;
    if (p.after && !p.after.test(text.slice(end, Math.min(to, end + AFTER_REACH)))) return;
    if (!accept(start, end)) return;
    const parts: Array<[number, number]> = [[start, hitEnd]];
    if (tailAt >= 0) parts.push([tailAt, end]);
    hits.push({ family: p.family, entry: p.entry, start, end, parts });
  });

  // Overlapping hits: the longest wins (截止目前 over 截止), then the first.
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: LexiconHit[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.start < reach) continue;
    out.push(h);
    reach = h.end;
  }
  // 成语 with one character slipped, where no listed entry was found (a listed misprint keeps its own message: 震憾 in
  // 震憾人心 is the 震撼 typo, not a new finding).
  if (!idiomHits.length) return out;
  // (Overlapping slips: the first.)
  idiomHits.sort((a, b) => a.start - b.start);
  let idiomReach = -1;
  for (const h of idiomHits) {
    const end = h.start + 4;
    const found = text.slice(h.start, end);
    if (h.start < idiomReach || teamWrong.has(found) || out.some((o) => o.start < end && h.start < o.end) || !accept(h.start, end)) continue;
    idiomReach = end;
    out.push({ family: 'idiom', entry: { wrong: found, right: h.idiom, source: lex.idiomSource }, start: h.start, end, parts: [[h.start, end]] });
  }
  return out.sort((a, b) => a.start - b.start);
}
