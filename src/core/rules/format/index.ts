/** Format rules: GB/T 9704 elements, GB/T 15834 punctuation, GB/T 15835 numbers, wording. */
import type { RuleDefinition } from '../types';

export const formatRules: readonly RuleDefinition[] = [
];
