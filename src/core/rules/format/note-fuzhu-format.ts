import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { insertFix, replaceFix } from './shared';

/** What a 附注 says: contact details, the 印发传达范围, how the document may be published. */
const NOTE_WORDS = /^[（(]?[ \u3000]*(?:联系人|联系电话|联系方式|联系单位|此件|本件|此文|本文|发至|印发至|传达至|送达范围)/;

export const noteFuzhuFormat: RuleDefinition = {
  meta: {
    id: 'note-fuzhu-format',
    title: '附注加圆括号',
    description: '附注（联系人、电话、印发传达范围等）加全角圆括号，编排在成文日期下一行，如“（此件公开发布）”“（联系人：张三，电话：12345678）”。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.6；条例第九条（十四）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '附注加全角圆括号' },
  },
  check(ctx) {
    const text = ctx.text;
    for (const n of ctx.doc.notes) {
      const s = n.text;
      if (!NOTE_WORDS.test(s)) continue;
      const first = s[0];
      const last = s[s.length - 1];
      const open = first === '（' || first === '(';
      const close = last === '）' || last === ')';
      if (first === '（' && last === '）') continue;
      // The two ends are separate findings with insertion or one-character fixes, so that other
      // rules' fixes inside the note (a half-width colon, a full-width digit) never collide with them.
      if (!open && !close) {
        ctx.report({ range: [n.start, n.end], message: t('note-fuzhu-format.unwrapped', { found: s }), fix: insertFix(n.start, '（') });
        // One fault, two edits: the closing half is a hint beside the warning, not a second warning.
        ctx.report({ range: [n.end - 1, n.end], message: t('note-fuzhu-format.close'), fix: insertFix(n.end, '）'), severity: 'info' });
        continue;
      }
      if (first === '(') ctx.report({ range: [n.start, n.start + 1], message: t('note-fuzhu-format.halfOpen'), fix: replaceFix(text, n.start, n.start + 1, '（') });
      else if (!open) ctx.report({ range: [n.start, n.end], message: t('note-fuzhu-format.noOpen', { found: s }), fix: insertFix(n.start, '（') });
      if (last === ')') ctx.report({ range: [n.end - 1, n.end], message: t('note-fuzhu-format.halfClose'), fix: { range: [n.end - 1, n.end], text: '）' } });
      else if (!close) ctx.report({ range: [n.end - 1, n.end], message: t('note-fuzhu-format.close'), fix: insertFix(n.end, '）') });
    }
  },
};
