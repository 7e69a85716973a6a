/**
 * What the code actions do, as data: findings in, titled edits (offset ranges) out. No `vscode`
 * import, so the mapping is unit-tested; codeActions.ts only turns these into vscode.CodeActions.
 * Every text change goes through the core's `applyFixes`, like the CLI's --fix.
 */
import type { Finding, Fix, OffsetRange } from '../core/types';
import { core } from './core';

/** Formats an adapter string (`vscode.l10n.t` in the extension, a plain formatter in tests). */
export type Localize = (message: string, args?: Record<string, string | number>) => string;

export type ActionKind = 'fix' | 'suggestion' | 'fixRule' | 'fixAll' | 'disableLine' | 'disableFile' | 'docs';

export interface PlannedAction {
  kind: ActionKind;
  title: string;
  /** The rule it is about (none for fix-all). */
  ruleId?: string;
  /** Edits on the analysed text; empty for `docs` (a command). */
  edits: Fix[];
  /** The findings whose diagnostics the action resolves. */
  findings: Finding[];
  preferred: boolean;
}

export interface FixAllPlan {
  /** The text once every certain fix is applied, pass after pass, until nothing changes. */
  text: string;
  /** Edits on the original text that produce `text`. */
  edits: Fix[];
  /** How many fixes were applied over all passes. */
  fixed: number;
  passes: number;
}

/**
 * Applies every certain fix, re-lints, and repeats until stable (or the core's MAX_FIX_PASSES, the same
 * cap as `wenmi check --fix`: fixes that overlapped are offered again by the next pass). One pass yields
 * the fixes themselves as edits (the cursor and unrelated text stay put); several passes compose
 * into one edit of the changed region.
 */
export function planFixAll(text: string, findings: readonly Finding[], relint: (text: string) => readonly Finding[]): FixAllPlan {
  const { applyFixes, fixesOf, MAX_FIX_PASSES } = core();
  let current = text;
  let fixes = fixesOf(findings);
  let fixed = 0;
  let passes = 0;
  let firstPass: Fix[] = [];
  while (fixes.length && passes < MAX_FIX_PASSES) {
    const result = applyFixes(current, fixes);
    if (result.text === current) break;
    if (passes === 0) firstPass = result.applied;
    passes++;
    fixed += result.applied.length;
    current = result.text;
    fixes = fixesOf(relint(current));
  }
  const edits = current === text ? [] : passes === 1 ? firstPass : [minimalEdit(text, current)];
  return { text: current, edits, fixed, passes };
}

/** The certain fixes of one rule, applied in one pass (what "fix all of this rule" does). */
export function planRuleFix(text: string, findings: readonly Finding[], ruleId: string): Fix[] {
  const { applyFixes, fixesOf } = core();
  return applyFixes(text, fixesOf(findings, ruleId)).applied;
}

/** One replacement turning `before` into `after`: the common prefix and suffix are left alone. */
export function minimalEdit(before: string, after: string): Fix {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && isSplitPoint(before, start)) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isSplitPoint(before, before.length - end)) end--;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}

function isSplitPoint(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  const next = s.charCodeAt(i);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
}

const DESCRIBE_MAX = 24;

function shown(s: string): string {
  const flat = s.replace(/\r\n|\r|\n/g, '↵');
  return flat.length > DESCRIBE_MAX ? flat.slice(0, DESCRIBE_MAX - 1) + '…' : flat;
}

/** The title of a certain fix, from the catalogue: 改为“…” / 删除“…” / 插入“…”. */
export function describeFix(text: string, fix: Fix): string {
  const { t } = core();
  const [s, e] = fix.range;
  if (fix.text === '') return t('engine.fix.delete', { text: shown(text.slice(s, e)) });
  if (s === e) return t('engine.fix.insert', { text: shown(fix.text) });
  return t('engine.fix.replaceWith', { text: shown(fix.text) });
}

function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

// Rule ids are separated by spaces or commas (suppress.ts).
const LINE_MARKER = /(<!--\s*wenmi-disable-line)((?:[\s,]+[a-z][a-z0-9-]*)+)[\s,]*-->[ \t]*$/;
const FILE_MARKER = /(<!--\s*wenmi-disable-file)((?:[\s,]+[a-z][a-z0-9-]*)+)[\s,]*-->/;

/** Adds `ruleId` after the ids of a marker, in the marker's own style (comma-separated or not). */
function addToMarker(m: RegExpExecArray, base: number, ruleId: string): Fix {
  const at = base + m.index + m[1].length + m[2].length;
  return { range: [at, at], text: m[2].includes(',') ? `, ${ruleId}` : ` ${ruleId}` };
}

/**
 * Suppresses `ruleId` on the line of `offset` (where the engine looks: the finding's start):
 * adds the id to a `wenmi-disable-line` marker ending the line, or appends a new marker.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): Fix {
  const start = lineStartAt(text, offset);
  const end = lineEndAt(text, offset);
  const line = text.slice(start, end);
  const m = line.includes('wenmi-disable-line') ? LINE_MARKER.exec(line) : null;
  if (m) return addToMarker(m, start, ruleId);
  let at = end;
  while (at > start && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  const gap = at > start ? ' ' : '';
  return { range: [at, end], text: `${gap}<!-- wenmi-disable-line ${ruleId} -->` };
}

/**
 * Suppresses `ruleId` in the whole file: adds the id to an existing `wenmi-disable-file` marker,
 * or inserts a marker line at the top (after the front matter, which must stay first).
 */
export function disableFileEdit(text: string, ruleId: string, frontMatterEnd?: number): Fix {
  const m = text.includes('wenmi-disable-file') ? FILE_MARKER.exec(text) : null;
  if (m) return addToMarker(m, 0, ruleId);
  const marker = `<!-- wenmi-disable-file ${ruleId} -->`;
  const eol = eolOf(text);
  if (frontMatterEnd !== undefined) return { range: [frontMatterEnd, frontMatterEnd], text: eol + marker };
  return { range: [0, 0], text: marker + eol };
}

/** The finding a diagnostic shows: same rule and range, else (the text moved since) same rule, overlapping. */
export function findingFor(findings: readonly Finding[], ruleId: string, range: OffsetRange): Finding | undefined {
  const [s, e] = range;
  let overlapping: Finding | undefined;
  for (const f of findings) {
    if (f.ruleId !== ruleId) continue;
    if (f.range[0] === s && f.range[1] === e) return f;
    if (!overlapping && f.range[0] <= e && f.range[1] >= s) overlapping = f;
  }
  return overlapping;
}

export interface QuickFixInput {
  text: string;
  /** Every finding of the document (fix-all and fix-all-of-rule look at them all). */
  findings: readonly Finding[];
  /** The findings under the cursor or selection (those of the diagnostics in the request). */
  targets: readonly Finding[];
  frontMatterEnd?: number;
  /** The fix-all plan, computed on demand (it re-lints) and cached by the caller. */
  fixAll: () => FixAllPlan;
}

/**
 * The quick fixes for some findings, in menu order: fix this (preferred), the suggestions, fix all
 * of this rule, fix all, disable for this line, disable for this file, open the rule's docs.
 */
export function planQuickFixes(input: QuickFixInput, localize: Localize): PlannedAction[] {
  const { text, findings, targets } = input;
  const out: PlannedAction[] = [];
  const rules = [...new Set(targets.map((f) => f.ruleId))];
  for (const f of targets) {
    if (f.fix) out.push({ kind: 'fix', title: describeFix(text, f.fix), ruleId: f.ruleId, edits: [f.fix], findings: [f], preferred: true });
    for (const s of f.suggestions) out.push({ kind: 'suggestion', title: s.title, ruleId: f.ruleId, edits: [s.fix], findings: [f], preferred: false });
  }
  for (const ruleId of rules) {
    const fixable = findings.filter((f) => f.ruleId === ruleId && f.fix);
    if (fixable.length < 2) continue;
    out.push({
      kind: 'fixRule',
      title: localize('Fix all {ruleId} problems in this file', { ruleId }),
      ruleId,
      edits: planRuleFix(text, findings, ruleId),
      findings: fixable,
      preferred: false,
    });
  }
  // Fix-all is worth its own entry when it does more than the fixes already listed.
  const bulkRules = new Set(out.filter((a) => a.kind === 'fixRule').map((a) => a.ruleId));
  const listed = new Set(targets.filter((f) => f.fix));
  const more = findings.some((f) => f.fix && !listed.has(f) && !bulkRules.has(f.ruleId));
  if (more) {
    const plan = input.fixAll();
    if (plan.edits.length) {
      out.push({
        kind: 'fixAll',
        title: localize('Fix all auto-fixable problems (Wenmi)'),
        edits: plan.edits,
        findings: findings.filter((f) => f.fix),
        preferred: false,
      });
    }
  }
  // Two findings of one rule on one line share one "disable for this line".
  const byLine = new Map<string, PlannedAction>();
  for (const f of targets) {
    const edit = disableLineEdit(text, f.range[0], f.ruleId);
    const key = `${f.ruleId}@${edit.range[0]}`;
    const same = byLine.get(key);
    if (same) {
      same.findings.push(f);
      continue;
    }
    const action: PlannedAction = {
      kind: 'disableLine',
      title: localize('Disable {ruleId} for this line', { ruleId: f.ruleId }),
      ruleId: f.ruleId,
      edits: [edit],
      findings: [f],
      preferred: false,
    };
    byLine.set(key, action);
    out.push(action);
  }
  for (const ruleId of rules) {
    out.push({
      kind: 'disableFile',
      title: localize('Disable {ruleId} for this file', { ruleId }),
      ruleId,
      edits: [disableFileEdit(text, ruleId, input.frontMatterEnd)],
      findings: findings.filter((f) => f.ruleId === ruleId),
      preferred: false,
    });
  }
  for (const ruleId of rules) {
    out.push({
      kind: 'docs',
      title: localize('Show documentation for {ruleId}', { ruleId }),
      ruleId,
      edits: [],
      findings: targets.filter((f) => f.ruleId === ruleId),
      preferred: false,
    });
  }
  return out;
}
