/** Shared by the drafting tests: linting a draft as the editor does for a .gw file, and describing what it finds. */
import { buildLineIndex, lint, toLineColumn, type LintResult } from '../../../src/core';

/** Lints like a .gw file (detect 'always'). */
export function lintDraft(text: string): LintResult {
  return lint(text, { detect: 'always' });
}

/** Errors and warnings, as `line: ruleId message` (info findings are conventions a drafter may leave). */
export function loudFindings(text: string, result: LintResult = lintDraft(text)): string[] {
  const index = buildLineIndex(text);
  return result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${toLineColumn(text, index, f.range[0]).line}: ${f.ruleId} ${f.message}`);
}

/** A fixed date for reproducible drafts: 2026年1月5日 (a date VS Code would pad to 01/05). */
export const JAN_5 = new Date(2026, 0, 5);

/** Sample values close to what a drafter types. */
export const SAMPLE = { org: '某某市教育局', subject: '调整学校布局', to: '某某市人民政府' } as const;
