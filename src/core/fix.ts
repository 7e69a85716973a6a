/** The one pure function that applies fix data to text, shared by quick fix, fix-all and `wenmi check --fix`. */
import type { Finding, Fix } from './types';

export interface ApplyResult {
  text: string;
  applied: Fix[];
  /** Fixes dropped because they overlapped one already applied (or fell outside the text). */
  skipped: Fix[];
}

function validFix(f: Fix, length: number): boolean {
  const [s, e] = f.range;
  return Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= length && typeof f.text === 'string';
}

/**
 * Applies non-overlapping fixes. Sorted by position; identical fixes are applied once; a fix that
 * overlaps an earlier one is skipped (a re-lint offers it again). Two insertions at one point: first wins.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const sorted = fixes
    .filter((f) => validFix(f, text.length))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.range[0] - b.f.range[0] || a.f.range[1] - b.f.range[1] || a.i - b.i)
    .map((x) => x.f);
  const applied: Fix[] = [];
  const skipped: Fix[] = fixes.filter((f) => !validFix(f, text.length));
  const out: string[] = [];
  let cursor = 0;
  let last: Fix | undefined;
  for (const f of sorted) {
    const [s, e] = f.range;
    if (last && s === last.range[0] && e === last.range[1] && f.text === last.text) continue;
    if (last && (s < cursor || (s === cursor && s === e && last.range[0] === last.range[1] && last.range[0] === s))) {
      skipped.push(f);
      continue;
    }
    out.push(text.slice(cursor, s), f.text);
    cursor = e;
    applied.push(f);
    last = f;
  }
  out.push(text.slice(cursor));
  return { text: out.join(''), applied, skipped };
}

/** The certain fixes of some findings. */
export function fixesOf(findings: readonly Finding[], ruleId?: string): Fix[] {
  return findings.filter((f) => f.fix && (!ruleId || f.ruleId === ruleId)).map((f) => f.fix!);
}
