import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { DATE_LINE } from '../../parse/patterns';

export const datePosition: RuleDefinition = {
  meta: {
    id: 'date-position',
    title: '成文日期的位置',
    description:
      '成文日期编排在发文机关署名之下（GB/T 9704 7.3.5）：正文后有署名而没有成文日期时，提示补上；日期写在标题之下、主送机关之上，作为题注写在标题下（会议通过的决议、决定除外），或者写在版记、附件之后时，提示移到署名之下。' +
      '网页在标题下另印的发布日期不提示：署名下仍有成文日期，或者网页没有印出署名。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.5.1、7.3.5.2；条例第九条（十二）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const doc = ctx.doc;
    // Only a 正文 closed by its 署名 with nothing under it: a web page that prints its date under the title and
    // leaves the end out has no 署名 to judge by.
    const signature = doc.signatures[doc.signatures.length - 1];
    if (doc.date || !signature || !doc.paragraphs.length) return;
    const above = doc.earlyDate;
    if (above) {
      ctx.report({ range: [above.start, above.end], message: t('date-position.aboveRecipients', { date: above.text, signature: signature.text }) });
      return;
    }
    // （2025年2月18日） under the title of a 通知: a 题注 that holds a date alone, where the 署名 has none.
    const sub = doc.subtitle && /^[（(][^（()）]{6,14}[)）]$/.test(doc.subtitle.text) && DATE_LINE.test(doc.subtitle.text.slice(1, -1)) ? doc.subtitle : undefined;
    if (sub) {
      ctx.report({ range: [sub.start, sub.end], message: t('date-position.subtitle', { date: sub.text, signature: signature.text }) });
      return;
    }
    // A date set below the 版记 or the attachments (抄送：…… ⏎ 2025年4月2日).
    const later = doc.lines.find((l) => l.index > signature.line && DATE_LINE.test(l.content));
    if (later) {
      ctx.report({ range: [later.contentStart, later.contentEnd], message: t('date-position.afterSignature', { date: later.content, signature: signature.text }) });
      return;
    }
    ctx.report({ range: [signature.start, signature.end], message: t('date-position.missing', { signature: signature.text }) });
  },
};
