import { t } from '../../messages';
import type { RuleDefinition } from '../types';

export const docnoJointSingle: RuleDefinition = {
  meta: {
    id: 'docno-joint-single',
    title: '联合行文只标一个发文字号',
    description: '联合行文时使用主办机关的发文字号，版头只标注一个发文字号。',
    category: 'header',
    basis: '条例',
    source: '条例第九条（五）',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    const nos = ctx.doc.header.docNos;
    if (nos.length < 2) return;
    for (const e of nos.slice(1)) {
      // Only the number itself, not a 签发人 that shares its line.
      const end = e.start + e.text.replace(/[\s\u3000]+签发人.*$/, '').length;
      ctx.report({ range: [e.start, end], message: t('docno-joint-single.found', { first: nos[0].text.replace(/[\s\u3000]+签发人.*$/, ''), found: ctx.text.slice(e.start, end) }) });
    }
  },
};
