/**
 * Incremental lint: a session keeps the last lint of one document, and after an edit re-checks only what the edit
 * can change. The document is parsed again and the document-scope rules run again (they are cheap: the structure of
 * a 公文 is small); the paragraph-unit rules (meta.scope 'unit': punctuation, numbers, wording — most of the cost)
 * run only on the units the edit touched, and their other findings are kept, moved by the edit's length.
 *
 * It falls back to a full lint whenever the edit changed anything beyond its units: the document's structure
 * (elements, headings, quotations, masked spans, units), its 文种, or the traditional-character reading. The
 * result is the same as lint()'s: test/unit/session.test.ts checks that after random edits of real documents.
 */
import { finish, prepare, runRules, type Facts, type LintOptions, type LintResult, type Prepared } from './engine';
import { lineIndexAt, splitLines, splitLinesAfter } from './parse/lines';
import type { GongwenDocument } from './parse/model';
import { findQuotedRanges, quotedAfter } from './parse/quotes';
import { maskRangesAfter, paragraphUnits, unitsAfter, verifyIncrementalContext } from './rules/punct/context';
import { allRules } from './rules/registry';
import type { Rule } from './rules/types';
import { readAsWritten, simplifyText, simplifiesAny, unchanged, withLazyCount, type SimplifiedText } from './simplify';
import type { Finding, OffsetRange } from './types';

/** One change from the previous text: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface SessionResult extends LintResult {
  /** How the result was reached: 'incremental' re-checked only the edited units. */
  mode: 'full' | 'incremental';
  /** The window the unit rules re-checked (incremental mode). */
  window?: OffsetRange;
}

interface State {
  prepared: Prepared;
  byRule: Map<string, Finding[]>;
  facts: Map<string, string>;
  /** The quoted spans as findQuotedRanges reads them (before the parser adds its own). */
  quoted: OffsetRange[];
  units: readonly OffsetRange[];
  result: SessionResult;
}

/**
 * Merges successive changes (each in the coordinates of the text after the ones before it) into one change of the
 * first text. The editor collects the changes made while the lint waits for the user to pause.
 */
export function composeChanges(changes: readonly TextChange[]): TextChange | undefined {
  let acc: TextChange | undefined;
  for (const c of changes) {
    if (!acc) {
      acc = { ...c };
      continue;
    }
    // acc maps old [start, oldEnd) to current [start, newEnd); c replaces current [c.start, c.oldEnd).
    const start = Math.min(acc.start, c.start);
    const end = Math.max(acc.newEnd, c.oldEnd);
    acc = { start, oldEnd: end - (acc.newEnd - acc.oldEnd), newEnd: end + (c.newEnd - c.oldEnd) };
  }
  return acc;
}

export class LintSession {
  private state: State | undefined;
  private readonly rules: readonly Rule[];
  private readonly unitRules: readonly Rule[];
  private readonly documentRules: readonly Rule[];

  /**
   * @param verify for tests: check every incremental step against a full computation (and throw when they differ).
   */
  constructor(
    private readonly options: LintOptions = {},
    private readonly verify = false,
  ) {
    this.rules = options.rules ?? allRules;
    this.unitRules = this.rules.filter((r) => r.meta.scope === 'unit');
    this.documentRules = this.rules.filter((r) => r.meta.scope !== 'unit');
  }

  /** Forgets the previous lint (the next update is a full one). */
  reset(): void {
    this.state = undefined;
  }

  /** Lints `text`. With `change` (from the previously linted text to this one), only what it touched is re-checked. */
  update(text: string, change?: TextChange): SessionResult {
    const prev = this.state;
    if (prev && change && this.fits(prev, text, change)) {
      const next = this.incremental(prev, text, change);
      if (next) return next;
    }
    return this.full(text);
  }

  private full(text: string): SessionResult {
    const simplified = simplifyText(text);
    const hint = { lines: splitLines(simplified.text), quoted: findQuotedRanges(simplified.text) };
    const prepared = prepare(text, this.options, simplified, hint);
    const result: SessionResult = { findings: [], doc: prepared.doc, genre: prepared.genre, linted: prepared.linted, ruleErrors: [], mode: 'full' };
    const byRule = new Map<string, Finding[]>();
    const facts: Facts = { now: new Map(), whole: new Set() };
    if (prepared.linted) {
      runRules(prepared, this.rules, byRule, result.ruleErrors, undefined, facts);
      result.findings = finish(prepared.simplified.text, byRule);
    }
    this.state = { prepared, byRule, facts: facts.now, units: prepared.linted ? paragraphUnits(prepared.doc) : [], quoted: hint.quoted, result };
    return result;
  }

  private fits(prev: State, text: string, c: TextChange): boolean {
    const old = prev.prepared.original;
    return c.start >= 0 && c.start <= c.oldEnd && c.oldEnd <= old.length && c.start <= c.newEnd && c.newEnd <= text.length &&
      text.length - c.newEnd === old.length - c.oldEnd && prev.result.ruleErrors.length === 0;
  }

  private incremental(prev: State, text: string, c: TextChange): SessionResult | undefined {
    const before = prev.prepared;
    const simplified = simplifyAfter(before.simplified, before.original, text, c);
    // The edit changed how the text is read (its traditional characters now slips read as written, or the reverse): the
    // whole text reads otherwise, a full lint.
    if (!simplified) return undefined;
    // The lines and quotations of the text, read again only in the changed line.
    const lines = splitLinesAfter(before.doc.lines, simplified.text, c);
    if (!lines) return undefined;
    const line = lines[lineIndexAt(lines, c.start)];
    const quoted = quotedAfter(prev.quoted, simplified.text, line.start, line.end, c.newEnd - c.oldEnd);
    const prepared = prepare(text, this.options, simplified, { lines, quoted });
    if (!prepared.linted || !before.linted) return undefined;
    const map = new Mapper(c);
    // The genre and the structure, read again, must be the old ones moved by the edit.
    if (!sameGenre(before, prepared, map) || !sameStructure(before.doc, prepared.doc, map)) return undefined;
    // The masked spans and the paragraph units, moved where the change cannot have altered them.
    const delta = c.newEnd - c.oldEnd;
    maskRangesAfter(before.doc, prepared.doc, line.index, delta);
    const moved = unitsAfter(before.doc, prepared.doc, line.index, delta);
    const units = moved ?? paragraphUnits(prepared.doc);
    if (this.verify) {
      const problem = verifyIncrementalContext(prepared.doc);
      if (problem) throw new Error(`incremental context: ${problem}`);
    }
    // Units moved as a whole are the old ones by construction: the window is the changed unit and its neighbours.
    const window = moved ? windowAround(units, c) : dirtyWindow(prev.units, units, map, c);
    if (!window) return undefined;
    const result: SessionResult = { findings: [], doc: prepared.doc, genre: prepared.genre, linted: true, ruleErrors: [], mode: 'incremental', window };
    const byRule = new Map<string, Finding[]>();
    runRules(prepared, this.documentRules, byRule, result.ruleErrors);
    const fresh = new Map<string, Finding[]>();
    const facts: Facts = { before: prev.facts, now: new Map(), whole: new Set() };
    runRules(prepared, this.unitRules, fresh, result.ruleErrors, window, facts);
    if (result.ruleErrors.length) return undefined;
    // The old window, in the old text's coordinates: findings there are replaced by the fresh ones.
    const oldFrom = map.fromNew(window[0]);
    const oldTo = map.fromNew(window[1]);
    if (oldFrom < 0 || oldTo < oldFrom) return undefined;
    for (const rule of this.unitRules) {
      const id = rule.meta.id;
      const now = fresh.get(id);
      if (!now) continue;
      if (facts.whole.has(id)) {
        byRule.set(id, now);
        continue;
      }
      const kept: Finding[] = [];
      for (const f of prev.byRule.get(id) ?? []) {
        const s = f.range[0];
        if (s >= oldFrom && s < oldTo) continue;
        kept.push(s < oldFrom ? f : moveFinding(f, delta));
      }
      byRule.set(id, kept.concat(now));
    }
    result.findings = finish(prepared.simplified.text, byRule);
    this.state = { prepared, byRule, facts: facts.now, units, quoted, result };
    return result;
  }
}

/**
 * The simplified reading after a change: the old one moved when the change brings no traditional character; undefined
 * when the change switches the reading of the whole text (slips read as written ↔ a draft read as simplified).
 */
function simplifyAfter(old: SimplifiedText, oldText: string, text: string, c: TextChange): SimplifiedText | undefined {
  // A traditional character brought in or taken out, or a word that reads 覆 as 复 (批覆) near the change: read again.
  const near = (t: string, a: number, b: number) => /[批函答回电電覆文]/.test(t.slice(Math.max(0, a - 1), b + 1));
  if (simplifiesAny(text, c.start, c.newEnd) || simplifiesAny(oldText, c.start, c.oldEnd) || near(text, c.start, c.newEnd) || near(oldText, c.start, c.oldEnd)) {
    const again = simplifyText(text);
    return (again.text === text) === (old.text === oldText) ? again : undefined;
  }
  if (!old.changed.length) return unchanged(text);
  // The traditional characters keep their places: their offsets move with the change.
  const delta = c.newEnd - c.oldEnd;
  const changed = old.changed.map((i) => (i < c.start ? i : i + delta));
  // Slips in a simplified draft are read as written (the change may have made them so: simplified-only characters typed).
  const slips = withLazyCount({ text, changed }, text);
  const wasAsWritten = old.text === oldText;
  if (readAsWritten(slips) !== wasAsWritten) return undefined;
  if (wasAsWritten) return slips;
  // A draft in traditional characters read as simplified: the change goes into that reading as it is.
  return withLazyCount({ text: old.text.slice(0, c.start) + text.slice(c.start, c.newEnd) + old.text.slice(c.oldEnd), changed }, text);
}

function moveFinding(f: Finding, delta: number): Finding {
  const move = (r: OffsetRange): OffsetRange => [r[0] + delta, r[1] + delta];
  return {
    ...f,
    range: move(f.range),
    fix: f.fix && { ...f.fix, range: move(f.fix.range) },
    suggestions: f.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: move(s.fix.range) } })),
  };
}

/**
 * Offsets of the old and the new text, compared on common ground: an offset up to the change's start stays, one
 * after its end moves back by the change's length, and one inside the changed span matches nothing.
 */
class Mapper {
  constructor(private readonly c: TextChange) {}
  fromOld(x: number): number {
    return x <= this.c.start || x >= this.c.oldEnd ? x : -1 - x;
  }
  fromNew(x: number): number {
    return x <= this.c.start ? x : x >= this.c.newEnd ? x - (this.c.newEnd - this.c.oldEnd) : -1e9 - x;
  }
}

function sameGenre(a: Prepared, b: Prepared, map: Mapper): boolean {
  const x = a.genre;
  const y = b.genre;
  if (!x || !y) return x === y;
  if (x.genre.id !== y.genre.id || x.source !== y.source || x.doubled !== y.doubled) return false;
  if (!x.word || !y.word) return x.word === y.word;
  return map.fromOld(x.word.start) === map.fromNew(y.word.start) && map.fromOld(x.word.end) === map.fromNew(y.word.end);
}

/** Keys whose numbers are offsets into the text; every other number (line index, level …) must be equal. */
const OFFSET_KEYS = new Set(['start', 'end', 'contentStart', 'contentEnd']);
/** Keys that hold text (it changed where the edit is) or caches. */
const SKIP_KEYS = new Set(['text', 'raw', 'content', 'headingCache']);

/**
 * Whether two parsed documents have the same structure once offsets are mapped: every element, line, heading,
 * quotation and flag the same, only moved by the edit. Text inside the changed line may differ.
 */
function sameStructure(a: GongwenDocument, b: GongwenDocument, map: Mapper): boolean {
  const at = (x: number, y: number) => map.fromOld(x) === map.fromNew(y);
  // The long lists first, field by field (lines, 正文 paragraphs, headings, quotations); the rest by a generic walk.
  const la = a.lines;
  const lb = b.lines;
  if (la.length !== lb.length) return false;
  for (let i = 0; i < la.length; i++) {
    const x = la[i];
    const y = lb[i];
    if (!at(x.start, y.start) || !at(x.end, y.end) || !at(x.contentStart, y.contentStart) || !at(x.contentEnd, y.contentEnd) ||
      x.blank !== y.blank || x.comment !== y.comment || x.mdHeading !== y.mdHeading) return false;
  }
  if (a.paragraphs.length !== b.paragraphs.length || a.headings.length !== b.headings.length || a.quoted.length !== b.quoted.length) return false;
  for (let i = 0; i < a.paragraphs.length; i++) {
    const x = a.paragraphs[i];
    const y = b.paragraphs[i];
    if (x.kind !== y.kind || x.line !== y.line || !at(x.start, y.start) || !at(x.end, y.end)) return false;
  }
  for (let i = 0; i < a.quoted.length; i++) if (!at(a.quoted[i][0], b.quoted[i][0]) || !at(a.quoted[i][1], b.quoted[i][1])) return false;
  const LISTS = new Set(['lines', 'paragraphs', 'quoted']);
  const walk = (x: unknown, y: unknown, key: string, offsets: boolean): boolean => {
    if (typeof x === 'number' || typeof y === 'number') {
      if (typeof x !== 'number' || typeof y !== 'number') return false;
      return offsets || OFFSET_KEYS.has(key) ? map.fromOld(x) === map.fromNew(y) : x === y;
    }
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return x === y;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      // Ranges ([start, end] pairs: quoted, body, carried, front matter) hold offsets.
      const range = key === 'quoted' || key === 'body' || key === 'carried' || key === 'range' || key === 'ranges';
      for (let i = 0; i < x.length; i++) if (!walk(x[i], y[i], key, offsets || (range && typeof x[i] === 'number'))) return false;
      return true;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const k of keys) {
      if (SKIP_KEYS.has(k) || (x === a && LISTS.has(k))) continue;
      if (!(k in yo) || !walk(xo[k], yo[k], k, false)) return false;
    }
    return true;
  };
  return walk(a, b, '', false);
}

/**
 * The new units the change touched (one, usually), as one window — or undefined when the units elsewhere are not
 * the old ones moved (an edit that joined or split paragraph units).
 */
function dirtyWindow(oldUnits: readonly OffsetRange[], newUnits: readonly OffsetRange[], map: Mapper, c: TextChange): OffsetRange | undefined {
  if (oldUnits.length !== newUnits.length) return undefined;
  let first = -1;
  let last = -1;
  for (let i = 0; i < newUnits.length; i++) {
    const [s, e] = newUnits[i];
    const [os, oe] = oldUnits[i];
    const touched = s <= c.newEnd && e >= c.start;
    if (!touched) {
      if (map.fromOld(os) !== map.fromNew(s) || map.fromOld(oe) !== map.fromNew(e)) return undefined;
      continue;
    }
    if (map.fromOld(os) !== map.fromNew(s)) return undefined;
    if (first < 0) first = i;
    last = i;
  }
  // An edit between units (on a blank line) leaves the units as they were: nothing to re-check.
  if (first < 0) return [c.start, c.start];
  // With the unit before and the unit after: what a rule reads around a mark may reach a neighbouring line.
  return [newUnits[Math.max(0, first - 1)][0], newUnits[Math.min(newUnits.length - 1, last + 1)][1]];
}

/** The unit that holds the change, with the unit before and the unit after (binary search over the units' starts). */
function windowAround(units: readonly OffsetRange[], c: TextChange): OffsetRange {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid][0] <= c.start) lo = mid;
    else hi = mid - 1;
  }
  if (!units.length) return [c.start, c.start];
  // (A change between units, on a blank line, touches none: the units around it are re-checked all the same.)
  const first = Math.max(0, lo - 1);
  const last = Math.min(units.length - 1, lo + 1);
  return [Math.min(units[first][0], c.start), Math.max(units[last][1], c.newEnd)];
}
