/** 结束语, 开头语, 行文, 语气 and 篇幅 rules. */
import type { RuleDefinition } from '../types';
import { addressDirection } from './address-direction';
import { closingMismatch } from './closing-mismatch';
import { closingMixed } from './closing-mixed';
import { closingPunctuation } from './closing-punctuation';
import { closingRequestRequired } from './closing-request-required';
import { closingSalutation } from './closing-salutation';
import { lengthRequestReport } from './length-request-report';
import { openingReplyCitesSource } from './opening-reply-cites-source';
import { recipientMissing } from './recipient-missing';
import { recipientPublic } from './recipient-public';
import { routeDepartmentDownward } from './route-department-downward';
import { routeNoLeaderRecipient } from './route-no-leader-recipient';
import { routeNoVerbatimForwarding } from './route-no-verbatim-forwarding';
import { routeUpwardSingleRecipient } from './route-upward-single-recipient';
import { toneDownwardHumble } from './tone-downward-humble';
import { toneLetterDirective } from './tone-letter-directive';
import { toneUpwardDirective } from './tone-upward-directive';

export const closingRules: readonly RuleDefinition[] = [
  // closing-mismatch before closing-punctuation: on “特此通知！” in a 请示 its fix (the whole closing) wins.
  closingMismatch,
  closingPunctuation,
  closingRequestRequired,
  closingMixed,
  closingSalutation,
  openingReplyCitesSource,
  routeUpwardSingleRecipient,
  routeNoLeaderRecipient,
  routeDepartmentDownward,
  recipientMissing,
  recipientPublic,
  routeNoVerbatimForwarding,
  toneLetterDirective,
  toneDownwardHumble,
  toneUpwardDirective,
  addressDirection,
  lengthRequestReport,
];
