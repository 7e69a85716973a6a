import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { halfDigits, replaceFix } from './shared';

const COPY_NO = /^(?:(份号|No\.?|NO\.?)[:：\s]*)?([0-9０-９]{1,8})$/;

export const copynoFormat: RuleDefinition = {
  meta: {
    id: 'copyno-format',
    title: '份号写法',
    description: '份号一般用6位阿拉伯数字，顶格编排在版心左上角第一行（如“000001”），不加“份号”“No.”等字样。',
    category: 'header',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.2.1',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '份号补足6位' },
  },
  check(ctx) {
    const e = ctx.doc.header.copyNo;
    if (!e) return;
    const m = COPY_NO.exec(e.text);
    if (!m) return;
    const digits = halfDigits(m[2]);
    if (!m[1] && /^[0-9]{6}$/.test(m[2])) return;
    const trimmed = digits.length > 6 ? digits.replace(/^0+(?=[0-9]{6}$)/, '') : digits.padStart(6, '0');
    const fixed = trimmed.length === 6 ? trimmed : undefined;
    ctx.report({
      range: [e.start, e.end],
      message: fixed ? t('copyno-format.found', { found: e.text, fixed }) : t('copyno-format.tooLong', { found: e.text }),
      fix: fixed ? replaceFix(ctx.text, e.start, e.end, fixed) : undefined,
    });
  },
};
