/** The rule registry: every rule, with its docs link stamped in one place. */
import type { Rule, RuleDefinition } from './types';
import { genreRules } from './genre';
import { formatRules } from './format';
import { closingRules } from './closing';
import { punctRules } from './punct';
import { teamRules } from './team';
import { wordingRules } from './wording';

export const DOCS_BASE = 'https://github.com/wenmi-dev/wenmi/blob/main/docs/rules.md';

export function docsLink(id: string): string {
  return `${DOCS_BASE}#${id}`;
}

function register(defs: readonly RuleDefinition[]): Rule[] {
  const seen = new Set<string>();
  return defs.map((d) => {
    if (seen.has(d.meta.id)) throw new Error(`duplicate rule id ${d.meta.id}`);
    seen.add(d.meta.id);
    return { ...d, docs: docsLink(d.meta.id) };
  });
}

export const allRules: readonly Rule[] = register([...genreRules, ...closingRules, ...formatRules, ...punctRules, ...wordingRules, ...teamRules]);

const BY_ID = new Map(allRules.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
