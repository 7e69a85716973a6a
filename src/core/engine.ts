/** lint(text, options) → findings. Pure: no I/O, no vscode; the CLI, the extension and the web build share it. */
import { defaultConfig, type LintConfig, type RuleSetting } from './config';
import { detectGenre, type DetectedGenre } from './detect';
import { parse } from './parse/parser';
import type { GongwenDocument } from './parse/model';
import { isInside } from './parse/quotes';
import { allRules } from './rules/registry';
import type { ReportInput, Rule } from './rules/types';
import { simplifyText } from './simplify';
import { applySuppressions } from './suppress';
import type { DetectMode, Finding, Severity } from './types';

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

/** The severity a rule runs at under a configuration, or undefined when it is off. */
export function effectiveSeverity(rule: Rule, setting: RuleSetting | undefined): Severity | undefined {
  const s = setting?.severity;
  if (s === 'off') return undefined;
  if (s) return s;
  if (rule.meta.defaultEnabled === false && !setting) return undefined;
  return rule.meta.defaultSeverity;
}

export function lint(original: string, options: LintOptions = {}): LintResult {
  const config: LintConfig = { ...defaultConfig(), ...options.config };
  const detect = options.detect ?? config.detect;
  // A draft in traditional characters is read as the simplified document it stands for (same length, same offsets).
  const simplified = simplifyText(original);
  const text = simplified.text;
  const doc = parse(text);
  const genre = detectGenre(doc);
  const result: LintResult = { findings: [], doc, genre, linted: false, ruleErrors: [] };
  if (detect === 'never' || (detect === 'auto' && !doc.isGongwen)) return result;
  result.linted = true;
  const rules = options.rules ?? allRules;
  const isQuoted = (start: number, end: number) => isInside(doc.quoted, start, end);
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const configured = setting?.severity && setting.severity !== 'off' ? setting.severity : undefined;
    const severity = effectiveSeverity(rule, setting);
    if (!severity) continue;
    const report = (r: ReportInput) => {
      const [s, e] = r.range;
      if (!(s >= 0 && e >= s && e <= text.length)) return;
      result.findings.push({
        ruleId: rule.meta.id,
        severity: configured ?? r.severity ?? severity,
        message: r.message,
        range: [s, e],
        fix: r.fix ?? null,
        suggestions: r.suggestions ?? [],
      });
    };
    try {
      rule.check({ text, original, simplified, doc, genre, config, options: setting?.options ?? {}, isQuoted, report });
    } catch (err) {
      result.ruleErrors.push({ ruleId: rule.meta.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  result.findings = applySuppressions(text, result.findings).sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return result;
}
