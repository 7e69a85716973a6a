/** Punctuation (GB/T 15834), number (GB/T 15835) and wording rules. */
import type { RuleDefinition } from '../types';
import { numApproxNoDunhao } from './num-approx-no-dunhao';
import { numApproxExact } from './num-approx-exact';
import { numDateDotted } from './num-date-dotted';
import { numDateHao } from './num-date-hao';
import { numFixedExpressions } from './num-fixed-expressions';
import { numFullwidthDigits } from './num-fullwidth-digits';
import { numLeadingZeroDecimal } from './num-leading-zero-decimal';
import { numMixedForms } from './num-mixed-forms';
import { numMultiple } from './num-multiple';
import { numPercentagePoint } from './num-percentage-point';
import { numRangeUnit } from './num-range-unit';
import { numTimeClock } from './num-time-clock';
import { numTraditionalCalendar } from './num-traditional-calendar';
import { numYearAbbrev } from './num-year-abbrev';
import { punctBookTitle } from './punct-book-title';
import { punctBookTitleName } from './punct-book-title-name';
import { punctDash } from './punct-dash';
import { punctDeng } from './punct-deng';
import { punctDocCitationBrackets } from './punct-doc-citation-brackets';
import { punctEllipsis } from './punct-ellipsis';
import { punctHalfwidthInCjk } from './punct-halfwidth-in-cjk';
import { punctNoDunhaoBetweenMarks } from './punct-no-dunhao-between-marks';
import { punctPaired } from './punct-paired';
import { punctQuotes } from './punct-quotes';
import { punctRepeated } from './punct-repeated';
import { wordingConfusables } from './wording-confusables';

export const punctRules: readonly RuleDefinition[] = [
  punctHalfwidthInCjk,
  punctPaired,
  punctQuotes,
  punctBookTitle,
  punctBookTitleName,
  punctNoDunhaoBetweenMarks,
  punctDeng,
  punctEllipsis,
  punctRepeated,
  punctDash,
  punctDocCitationBrackets,
  numYearAbbrev,
  numFullwidthDigits,
  numApproxNoDunhao,
  numMultiple,
  numPercentagePoint,
  numMixedForms,
  numRangeUnit,
  numLeadingZeroDecimal,
  numDateHao,
  numDateDotted,
  numApproxExact,
  numTimeClock,
  numFixedExpressions,
  numTraditionalCalendar,
  wordingConfusables,
];
