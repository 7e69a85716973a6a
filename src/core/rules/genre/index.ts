/** 文种 and 标题 rules. */
import type { RuleDefinition } from '../types';
import { genreAnnouncementScope } from './genre-announcement-scope';
import { genreAwardDecision } from './genre-award-decision';
import { genreDirection } from './genre-direction';
import { genreDoubled } from './genre-doubled';
import { genreNonstatutory } from './genre-nonstatutory';
import { genreOrderIssuer } from './genre-order-issuer';
import { genreReplyVsLetter } from './genre-reply-vs-letter';
import { genreReportContainsRequest } from './genre-report-contains-request';
import { genreRequestOneMatter } from './genre-request-one-matter';
import { genreRequestReports } from './genre-request-reports';
import { genreResolutionVsDecision } from './genre-resolution-vs-decision';
import { genreTitleMissingGenre } from './genre-title-missing-genre';
import { titleGuanyuDe } from './title-guanyu-de';
import { titleMissingSubject } from './title-missing-subject';
import { titleRedundant } from './title-redundant';
import { titleTransferNesting } from './title-transfer-nesting';
import { titleTrailingPunct } from './title-trailing-punct';
import { titleBookMarks } from './title-book-marks';
import { titlePunct } from './title-punct';
import { titleUrgencyInTitle } from './title-urgency-in-title';
import { titleWording } from './title-wording';

export const genreRules: readonly RuleDefinition[] = [
  genreTitleMissingGenre,
  genreNonstatutory,
  genreDoubled,
  genreReportContainsRequest,
  genreRequestOneMatter,
  genreRequestReports,
  genreReplyVsLetter,
  genreResolutionVsDecision,
  genreAnnouncementScope,
  genreAwardDecision,
  genreDirection,
  genreOrderIssuer,
  titleGuanyuDe,
  titleMissingSubject,
  titleTrailingPunct,
  titleBookMarks,
  titlePunct,
  titleTransferNesting,
  titleRedundant,
  titleWording,
  titleUrgencyInTitle,
];
