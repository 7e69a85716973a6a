import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { insertFix, replaceFix } from './shared';

/** The last character(s) of the 主送 line that stand where the full-width colon belongs. */
const WRONG_END = /[:：，,。.；;、]+$/;

export const recipientColon: RuleDefinition = {
  meta: {
    id: 'recipient-colon',
    title: '主送机关末尾全角冒号',
    description: '主送机关最后一个机关名称后标全角冒号“：”，不用半角冒号、逗号或句号，也不能省略。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.2',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(ctx) {
    const r = ctx.doc.recipients;
    if (!r) return;
    const m = WRONG_END.exec(r.text);
    if (m && m[0] === '：') return;
    if (m) {
      const start = r.end - m[0].length;
      ctx.report({
        range: [start, r.end],
        message: t('recipient-colon.wrong', { found: m[0], name: r.text.slice(0, m.index).replace(/\s+/g, '') }),
        fix: replaceFix(ctx.text, start, r.end, '：'),
      });
      return;
    }
    ctx.report({
      range: [r.start, r.end],
      message: t('recipient-colon.missing', { name: r.text.replace(/\s+/g, '') }),
      fix: insertFix(r.end, '：'),
    });
  },
};
