/** The lexicon's family rules: one automaton pass shared by all four (scan.ts). */
import type { RuleDefinition } from '../types';
import { lexiconVariant } from './lexicon-variant';
import { lexiconTypo } from './lexicon-typo';
import { lexiconUsage } from './lexicon-usage';
import { lexiconRedundancy } from './lexicon-redundancy';
import { lexiconTraditional } from './lexicon-traditional';
import { lexiconNaming } from './lexicon-naming';
import { lexiconIdiom } from './lexicon-idiom';

export const wordingRules: readonly RuleDefinition[] = [lexiconTypo, lexiconVariant, lexiconUsage, lexiconRedundancy, lexiconNaming, lexiconIdiom, lexiconTraditional];
