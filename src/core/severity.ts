/** How a rule's configured setting and its defaults give the severity it runs at (text rules and .docx layout rules alike). */
import type { RuleSetting } from './config';
import type { RuleMeta } from './rules/types';
import type { Severity } from './types';

/** The severity a rule runs at under a configuration, or undefined when it is off. */
export function effectiveSeverity(rule: { meta: Pick<RuleMeta, 'defaultSeverity' | 'defaultEnabled'> }, setting: RuleSetting | undefined): Severity | undefined {
  const s = setting?.severity;
  if (s === 'off') return undefined;
  if (s) return s;
  if (rule.meta.defaultEnabled === false && !setting) return undefined;
  return rule.meta.defaultSeverity;
}
