/** 文种, 标题, 行文, 结束语, 语气 and 篇幅 rules. */
import type { RuleDefinition } from '../types';
import { genreDoubled } from './genre-doubled';
import { closingPunctuation } from './closing-punctuation';

export const genreRules: readonly RuleDefinition[] = [
  genreDoubled,
  closingPunctuation,
];
