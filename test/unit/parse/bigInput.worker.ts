/**
 * Worker for the big-input property tests (test/unit/property.test.ts): lints each text, checks the
 * invariants and fix idempotence, and reports back. Run in a worker so that a rule that turns out
 * quadratic makes the test fail after its time limit instead of hanging the whole suite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { applyFixes, fixesOf, lint } from '../../../src/core';

export interface BigInputResult {
  label: string;
  length: number;
  ms: number;
  findings: number;
  problems: string[];
  /** Rules that still offer a fix after one fix-all pass. */
  notIdempotent: string[];
}

function check(label: string, text: string, fix: boolean): BigInputResult {
  const t = Date.now();
  const problems: string[] = [];
  const r = lint(text, { detect: 'always' });
  for (const e of r.ruleErrors) problems.push(`rule ${e.ruleId} threw: ${e.error}`);
  const n = text.length;
  const bad = ([s, e]: [number, number]) => !(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n);
  for (const f of r.findings) {
    if (bad(f.range)) problems.push(`${f.ruleId} range [${f.range}] outside the text`);
    if (f.fix && bad(f.fix.range)) problems.push(`${f.ruleId} fix range [${f.fix.range}] outside the text`);
    for (const s of f.suggestions) if (bad(s.fix.range)) problems.push(`${f.ruleId} suggestion range [${s.fix.range}] outside the text`);
  }
  const notIdempotent: string[] = [];
  if (fix) {
    const once = applyFixes(text, fixesOf(r.findings)).text;
    const again = lint(once, { detect: 'always' });
    for (const e of again.ruleErrors) problems.push(`rule ${e.ruleId} threw on the fixed text: ${e.error}`);
    const left = again.findings.filter((f) => f.fix);
    if (applyFixes(once, fixesOf(left)).text !== once) notIdempotent.push(...new Set(left.map((f) => f.ruleId)));
  }
  return { label, length: n, ms: Date.now() - t, findings: r.findings.length, problems: [...new Set(problems)].slice(0, 20), notIdempotent };
}

const { inputs } = workerData as { inputs: Array<{ label: string; text: string; fix: boolean }> };
for (const i of inputs) parentPort!.postMessage(check(i.label, i.text, i.fix));
parentPort!.postMessage('done');
