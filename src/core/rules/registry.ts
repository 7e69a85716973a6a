/** The rule registry: every rule, with its docs link stamped in one place. */
import type { Rule, RuleDefinition } from './types';
import { genreRules } from './genre';
import { formatRules } from './format';
import { closingRules } from './closing';
import { punctRules } from './punct';
import { teamRules } from './team';
import { wordingRules } from './wording';

import { docsLink } from './docs';
import { docxRules } from './docx';

export { DOCS_BASE, docsLink } from './docs';
export { docxRules } from './docx';

function register(defs: readonly RuleDefinition[]): Rule[] {
  const seen = new Set<string>();
  return defs.map((d) => {
    if (seen.has(d.meta.id)) throw new Error(`duplicate rule id ${d.meta.id}`);
    seen.add(d.meta.id);
    return { ...d, docs: docsLink(d.meta.id) };
  });
}

export const allRules: readonly Rule[] = register([...genreRules, ...closingRules, ...formatRules, ...punctRules, ...wordingRules, ...teamRules]);

/**
 * Every rule id a configuration may name, and what docs/rules.md documents: the text rules and the layout rules read
 * from a .docx (src/core/rules/docx), which run only on Word files.
 */
export const allRuleMetas: ReadonlyArray<Pick<Rule['meta'], 'id' | 'title' | 'description' | 'basis' | 'source' | 'defaultSeverity' | 'defaultEnabled' | 'fixable' | 'hasSuggestions' | 'certainFix'> & { category: string }> = [
  ...allRules.map((r) => r.meta),
  ...docxRules.map((r) => ({ ...r.meta, category: 'layout', fixable: false })),
];
{
  const ids = new Set(allRules.map((r) => r.meta.id));
  for (const r of docxRules) if (ids.has(r.meta.id)) throw new Error(`duplicate rule id ${r.meta.id}`);
}

const BY_ID = new Map(allRules.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

const DOCX_BY_ID = new Map(docxRules.map((r) => [r.meta.id, r]));

/** Any rule's metadata and docs link by id: a text rule's, or a .docx layout rule's (for reports such as SARIF). */
export function describeRule(id: string): { meta: Pick<Rule['meta'], 'id' | 'title' | 'description' | 'defaultSeverity'>; docs: string } | undefined {
  const r = BY_ID.get(id) ?? DOCX_BY_ID.get(id);
  return r ? { meta: r.meta, docs: r.docs ?? docsLink(id) } : undefined;
}
