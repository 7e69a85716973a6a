/**
 * Table-driven rule tests: each rule gets valid cases (each saying why it must not fire) and
 * invalid cases (what it flags, and the text after its fixes). At least five of each.
 */
import { strict as assert } from 'node:assert';
import { applyFixes, getRule, lint, type LintConfig } from '../../../src/core';
import type { Severity } from '../../../src/core/types';

export interface ValidCase {
  text: string;
  /** Why the rule must stay silent here. */
  why: string;
  config?: Partial<LintConfig>;
}

export interface InvalidCase {
  text: string;
  /** The exact substrings flagged, in order (defaults to: at least one finding). */
  found?: string[];
  /** The text after applying this rule's certain fixes. Omit for rules without fixes; `null` = no fix expected. */
  output?: string | null;
  /** Suggestions' replacement texts of the first finding, in order. */
  suggestions?: string[];
  /** The text after applying the first suggestion of each finding (changes a drafter accepts one by one). */
  suggested?: string;
  severity?: Severity;
  /** A fragment the first message must contain. */
  message?: string;
  config?: Partial<LintConfig>;
}

export function lintWithRule(ruleId: string, text: string, config?: Partial<LintConfig>) {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const rules = { ...(config?.rules ?? {}) };
  // Off-by-default rules are switched on for their own tests.
  if (rule.meta.defaultEnabled === false && !rules[ruleId]) rules[ruleId] = { severity: rule.meta.defaultSeverity };
  return lint(text, { rules: [rule], detect: 'always', config: { ...config, rules } }).findings;
}

export function ruleCases(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    it('has at least five valid and five invalid cases', () => {
      assert.ok(getRule(ruleId), `rule ${ruleId} is registered`);
      assert.ok(cases.valid.length >= 5, `${cases.valid.length} valid cases`);
      assert.ok(cases.invalid.length >= 5, `${cases.invalid.length} invalid cases`);
    });
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}: ${c.why}`, () => {
        const findings = lintWithRule(ruleId, c.text, c.config);
        assert.deepEqual(findings.map((f) => c.text.slice(f.range[0], f.range[1])), [], `must not fire on:\n${c.text}`);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}: ${oneLine(c.text)}`, () => {
        const findings = lintWithRule(ruleId, c.text, c.config);
        assert.ok(findings.length > 0, `must fire on:\n${c.text}`);
        if (c.found) assert.deepEqual(findings.map((f) => c.text.slice(f.range[0], f.range[1])), c.found);
        if (c.severity) assert.equal(findings[0].severity, c.severity);
        if (c.message) assert.ok(findings[0].message.includes(c.message), findings[0].message);
        for (const f of findings) assert.ok(/[\u4e00-\u9fff]/.test(f.message), 'message is Chinese');
        if (c.suggestions) assert.deepEqual(findings[0].suggestions.map((s) => s.fix.text), c.suggestions);
        const rule = getRule(ruleId)!;
        const fixes = findings.filter((f) => f.fix).map((f) => f.fix!);
        if (c.output === null || !rule.meta.fixable) {
          if (c.output === null || c.output === undefined) assert.equal(fixes.length, 0, 'no certain fix expected');
        }
        if (c.suggested !== undefined) {
          const picked = findings.filter((f) => f.suggestions.length).map((f) => f.suggestions[0].fix);
          assert.equal(applyFixes(c.text, picked).text, c.suggested);
        }
        if (typeof c.output === 'string') {
          const fixed = applyFixes(c.text, fixes).text;
          assert.equal(fixed, c.output);
          const again = lintWithRule(ruleId, fixed, c.config).filter((f) => f.fix);
          assert.deepEqual(again.map((f) => f.message), [], 'fixes converge');
        }
      });
    });
  });
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? flat.slice(0, 50) + '…' : flat;
}
