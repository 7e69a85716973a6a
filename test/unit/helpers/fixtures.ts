/**
 * Fixture documents carry inline expectation markers: `⚑rule-id` at the end of the line where
 * rule-id must fire (several may follow one another). The markers are stripped before linting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export interface Fixture {
  name: string;
  path: string;
  text: string;
  /** Expected (1-based line, ruleId) pairs. */
  expected: Array<{ line: number; ruleId: string }>;
}

const MARKER = /[ \t\u3000]*⚑([a-z0-9-]+)/g;


export function loadFixture(path: string): Fixture {
  const raw = readFileSync(path, 'utf8');
  const expected: Fixture['expected'] = [];
  const lines = raw.split(/(\r\n|\n|\r)/);
  const out: string[] = [];
  let lineNo = 1;
  for (const part of lines) {
    if (/^(\r\n|\n|\r)$/.test(part)) {
      out.push(part);
      lineNo++;
      continue;
    }
    for (const m of part.matchAll(MARKER)) expected.push({ line: lineNo, ruleId: m[1] });
    out.push(part.replace(MARKER, ''));
  }
  return { name: path.split('/').pop()!, path, text: out.join(''), expected };
}

export function listFixtures(dir: string): Fixture[] {
  const full = join(FIXTURES, dir);
  return readdirSync(full)
    .filter((f) => /\.(txt|md|gw)$/.test(f))
    .sort()
    .map((f) => loadFixture(join(full, f)));
}
