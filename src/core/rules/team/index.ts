/** Rules that need a team's configuration: terms and the organization profile. */
import type { RuleDefinition } from '../types';
import { terms } from './terms';
import { genreRequestVsLetter } from './genre-request-vs-letter';
import { routeUpwardNoCcSubordinate } from './route-upward-no-cc-subordinate';
import { docnoOrgCode } from './docno-org-code';
import { signatureBlock } from './signature-block';

export const teamRules: readonly RuleDefinition[] = [
  terms,
  genreRequestVsLetter,
  routeUpwardNoCcSubordinate,
  docnoOrgCode,
  signatureBlock,
];
