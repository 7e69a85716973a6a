/** Punctuation (GB/T 15834), number (GB/T 15835) and wording rules. */
import type { RuleDefinition } from '../types';

export const punctRules: readonly RuleDefinition[] = [
];
