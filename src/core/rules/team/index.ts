/** Rules that need a team's configuration: terms and the organization profile. */
import type { RuleDefinition } from '../types';

export const teamRules: readonly RuleDefinition[] = [
];
