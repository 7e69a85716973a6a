/** 结束语, 开头语, 行文, 语气 and 篇幅 rules. */
import type { RuleDefinition } from '../types';
import { closingPunctuation } from './closing-punctuation';

export const closingRules: readonly RuleDefinition[] = [
  closingPunctuation,
];
