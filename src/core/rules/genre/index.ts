/** 文种 and 标题 rules. */
import type { RuleDefinition } from '../types';
import { genreDoubled } from './genre-doubled';

export const genreRules: readonly RuleDefinition[] = [
  genreDoubled,
];
