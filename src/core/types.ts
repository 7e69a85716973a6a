/** Shared types of the pure core. Offsets are 0-based UTF-16 code units into the original text. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** A half-open offset range [start, end). */
export type OffsetRange = [number, number];

/** A text edit as data: replace `range` by `text`. Applied only by `applyFixes` (fix.ts). */
export interface Fix {
  range: OffsetRange;
  text: string;
}

/** An alternative edit offered as a quick fix but never applied by "fix all". */
export interface Suggestion {
  title: string;
  fix: Fix;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** A certain, mechanical fix: applied by quick fix, fix-all and `wenmi check --fix`. */
  fix: Fix | null;
  /** Plausible alternatives (e.g. 请示 / 报告): quick fixes only. */
  suggestions: Suggestion[];
}

/** Where to treat a plaintext/Markdown file as a 公文. */
export type DetectMode = 'always' | 'auto' | 'never';
