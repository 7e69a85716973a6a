/** Format rules: GB/T 9704 elements, GB/T 15834 punctuation, GB/T 15835 numbers, wording. */
import type { RuleDefinition } from '../types';
import { attachmentConsistency } from './attachment-consistency';
import { attachmentNoteFormat } from './attachment-note-format';
import { ccFormat } from './cc-format';
import { citeLawName } from './cite-law-name';
import { citeObsoleteBasis } from './cite-obsolete-basis';
import { citeTitleBeforeNumber } from './cite-title-before-number';
import { copynoFormat } from './copyno-format';
import { dateIssueFormat } from './date-issue-format';
import { datePosition } from './date-position';
import { docnoFormat } from './docno-format';
import { docnoJointSingle } from './docno-joint-single';
import { headerOrder } from './header-order';
import { headingLinePunct } from './heading-line-punct';
import { headingNumberingFormat } from './heading-numbering-format';
import { headingNumberingOrder } from './heading-numbering-order';
import { imprintLine } from './imprint-line';
import { noCiYeWuZhengWen } from './no-ci-ye-wu-zheng-wen';
import { noteFuzhuFormat } from './note-fuzhu-format';
import { obsoleteZhutici } from './obsolete-zhutici';
import { recipientColon } from './recipient-colon';
import { secrecyFormat } from './secrecy-format';
import { signatureOrgName } from './signature-org-name';
import { signerUpwardRequired } from './signer-upward-required';
import { urgencyTerms } from './urgency-terms';

export const formatRules: readonly RuleDefinition[] = [
  // 版头 (RULEBOOK §D)
  copynoFormat,
  secrecyFormat,
  urgencyTerms,
  headerOrder,
  docnoFormat,
  docnoJointSingle,
  signerUpwardRequired,
  signatureOrgName,
  // 主体 (§E)
  recipientColon,
  headingNumberingFormat,
  headingNumberingOrder,
  headingLinePunct,
  attachmentNoteFormat,
  attachmentConsistency,
  dateIssueFormat,
  datePosition,
  noteFuzhuFormat,
  noCiYeWuZhengWen,
  // 版记 (§F)
  ccFormat,
  imprintLine,
  obsoleteZhutici,
  // 引用 (§K)
  citeObsoleteBasis,
  citeLawName,
  citeTitleBeforeNumber,
];
