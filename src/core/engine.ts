/** lint(text, options) → findings. Pure: no I/O, no vscode; the CLI, the extension and the web build share it. */
import { defaultConfig, type LintConfig } from './config';
import { detectGenre, type DetectedGenre } from './detect';
import { parse, type ParseHint } from './parse/parser';
import type { GongwenDocument } from './parse/model';
import { isInside } from './parse/quotes';
import { allRules } from './rules/registry';
import { effectiveSeverity } from './severity';
import type { ReportInput, Rule } from './rules/types';
import { simplifyText, type SimplifiedText } from './simplify';
import { applySuppressions } from './suppress';
import type { DetectMode, Finding, OffsetRange } from './types';

export interface LintOptions {
  config?: Partial<LintConfig>;
  /** Overrides config.detect: 'always' for gongwen files, the setting for plaintext/Markdown. */
  detect?: DetectMode;
  /** The rules to run (default: every registered rule). */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  doc: GongwenDocument;
  genre?: DetectedGenre;
  /** False when the text is not treated as a 公文 (then there are no findings). */
  linted: boolean;
  /** Rules that threw; the engine carries on without them. */
  ruleErrors: Array<{ ruleId: string; error: string }>;
}

export { effectiveSeverity } from './severity';

/** What the rules of one lint share: the text as written and as read, its model and its 文种. */
export interface Prepared {
  original: string;
  simplified: SimplifiedText;
  doc: GongwenDocument;
  genre?: DetectedGenre;
  config: LintConfig;
  linted: boolean;
}

export function prepare(original: string, options: LintOptions = {}, simplified: SimplifiedText = simplifyText(original), hint?: ParseHint): Prepared {
  const config: LintConfig = { ...defaultConfig(), ...options.config };
  const detect = options.detect ?? config.detect;
  // A draft in traditional characters is read as the simplified document it stands for (same length, same offsets).
  const doc = parse(simplified.text, hint);
  const genre = detectGenre(doc);
  const linted = !(detect === 'never' || (detect === 'auto' && !doc.isGongwen));
  return { original, simplified, doc, genre, config, linted };
}

/**
 * Runs `rules` on a prepared text and appends their findings (unsorted, before suppressions) to `out`, grouped
 * by rule. With `window`, every rule is told to look there only (RuleContext.window) and what it reports
 * elsewhere is dropped: the incremental lint (session.ts) runs the paragraph-scope rules so.
 */
export interface Facts {
  /** Each rule's document facts (RuleDefinition.facts) from the lint before, to compare with. */
  before?: ReadonlyMap<string, string>;
  /** Filled with each rule's facts now. */
  now: Map<string, string>;
  /** Filled with the rules that were run on the whole text because their facts changed. */
  whole: Set<string>;
}

export function runRules(
  p: Prepared, rules: readonly Rule[], out: Map<string, Finding[]>, errors: LintResult['ruleErrors'], window?: OffsetRange, facts?: Facts,
): void {
  const { doc, genre, config, original, simplified } = p;
  const text = simplified.text;
  const isQuoted = (start: number, end: number) => isInside(doc.quoted, start, end);
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const configured = setting?.severity && setting.severity !== 'off' ? setting.severity : undefined;
    const severity = effectiveSeverity(rule, setting);
    if (!severity) continue;
    const found: Finding[] = [];
    let w = window;
    const report = (r: ReportInput) => {
      const [s, e] = r.range;
      if (!(s >= 0 && e >= s && e <= text.length)) return;
      if (w && (s < w[0] || s >= w[1])) return;
      found.push({
        ruleId: rule.meta.id,
        severity: configured ?? r.severity ?? severity,
        message: r.message,
        range: [s, e],
        fix: r.fix ?? null,
        suggestions: r.suggestions ?? [],
      });
    };
    try {
      const options = setting?.options ?? {};
      if (facts && rule.facts) {
        const f = rule.facts({ text, original, simplified, doc, genre, config, options, isQuoted, report: () => {} });
        facts.now.set(rule.meta.id, f);
        if (w && facts.before?.get(rule.meta.id) !== f) {
          w = undefined;
          facts.whole.add(rule.meta.id);
        }
      }
      rule.check({ text, original, simplified, doc, genre, config, options, isQuoted, report, window: w });
    } catch (err) {
      errors.push({ ruleId: rule.meta.id, error: err instanceof Error ? err.message : String(err) });
    }
    out.set(rule.meta.id, found);
  }
}

/** The findings of all rules, suppressions applied, in document order. */
export function finish(text: string, byRule: Map<string, Finding[]>): Finding[] {
  const all: Finding[] = [];
  for (const f of byRule.values()) for (const x of f) all.push(x);
  return applySuppressions(text, all).sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function lint(original: string, options: LintOptions = {}): LintResult {
  const p = prepare(original, options);
  const result: LintResult = { findings: [], doc: p.doc, genre: p.genre, linted: p.linted, ruleErrors: [] };
  if (!p.linted) return result;
  const byRule = new Map<string, Finding[]>();
  runRules(p, options.rules ?? allRules, byRule, result.ruleErrors);
  result.findings = finish(p.simplified.text, byRule);
  return result;
}

/**
 * A text that is no document of its own — a footnote, an endnote — checked by the paragraph-unit rules only
 * (punctuation, numbers, wording: scope 'unit'), its findings moved by `at` into the text it was taken from.
 */
export function lintFragment(text: string, at: number, options: LintOptions = {}): Finding[] {
  const rules = (options.rules ?? allRules).filter((r) => r.meta.scope === 'unit');
  const move = (r: OffsetRange): OffsetRange => [r[0] + at, r[1] + at];
  return lint(text, { ...options, detect: 'always', rules }).findings.map((f) => ({
    ...f,
    range: move(f.range),
    fix: f.fix && { ...f.fix, range: move(f.fix.range) },
    suggestions: f.suggestions.map((x) => ({ ...x, fix: { ...x.fix, range: move(x.fix.range) } })),
  }));
}
