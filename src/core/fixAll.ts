/**
 * Fix all: lint, apply every certain fix, and repeat while the text changes (a fix can move what a
 * later rule sees, e.g. a deleted closing brings the one above it into the closing zone). Bounded:
 * at most `maxPasses` passes. The CLI's --fix uses it; the property tests check that it is idempotent.
 */
import { lint, type LintOptions, type LintResult } from './engine';
import { applyFixes, fixesOf } from './fix';

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  passes: number;
  /** The lint of the final text. */
  result: LintResult;
}

export const MAX_FIX_PASSES = 5;

export function fixAll(text: string, options: LintOptions = {}, maxPasses = MAX_FIX_PASSES): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lint(current, options);
  while (passes < maxPasses) {
    const fixes = fixesOf(result.findings);
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    if (next.text === current) break;
    passes++;
    applied += next.applied.length;
    current = next.text;
    result = lint(current, options);
  }
  return { text: current, applied, passes, result };
}
