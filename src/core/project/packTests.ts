/** Runs a pack's own test cases with the pack applied (`wenmi pack test`): text → rule ids / fixed text. */
import type { LintConfig } from '../config';
import { lint } from '../engine';
import { applyFixes, fixesOf } from '../fix';
import { t } from '../messages';
import type { PackTestCase } from './types';

export interface PackTestResult {
  test: PackTestCase;
  ok: boolean;
  /** What went wrong (Chinese), empty when ok. */
  problems: string[];
  /** Rule ids that fired, sorted. */
  found: string[];
  /** The text after fixes, when the case checks `fixed`. */
  actualFixed?: string;
}

const MAX_FIX_PASSES = 5;

/** Applies fixes pass after pass until nothing changes (as `wenmi check --fix` does). */
export function fixText(text: string, config: Partial<LintConfig>): string {
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = fixesOf(lint(current, { config, detect: 'always' }).findings);
    if (!fixes.length) break;
    const next = applyFixes(current, fixes).text;
    if (next === current) break;
    current = next;
  }
  return current;
}

export function runPackTests(config: LintConfig, tests: readonly PackTestCase[]): PackTestResult[] {
  return tests.map((test) => {
    const result = lint(test.text, { config, detect: 'always' });
    const found = [...new Set(result.findings.map((f) => f.ruleId))].sort();
    const problems: string[] = [];
    const missing = test.expect.filter((id) => !found.includes(id));
    if (missing.length) problems.push(t('packTest.missing', { ruleIds: missing.join('、') }));
    const unexpected = test.absent.filter((id) => found.includes(id));
    if (unexpected.length) problems.push(t('packTest.unexpected', { ruleIds: unexpected.join('、') }));
    if (test.only) {
      const extra = found.filter((id) => !test.expect.includes(id));
      if (extra.length) problems.push(t('packTest.extra', { ruleIds: extra.join('、') }));
    }
    let actualFixed: string | undefined;
    if (test.fixed !== undefined) {
      actualFixed = fixText(test.text, config);
      if (actualFixed !== test.fixed) problems.push(t('packTest.fixed'));
    }
    return { test, ok: problems.length === 0, problems, found, ...(actualFixed !== undefined ? { actualFixed } : {}) };
  });
}
