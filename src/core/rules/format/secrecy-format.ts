import { t } from '../../messages';
import { chineseNumeral } from '../../parse/patterns';
import type { RuleDefinition } from '../types';
import { halfDigits, replaceFix } from './shared';

const SECRECY = /^(绝密|机密|秘密)([ \u3000]*)([★☆*＊·•]?)([ \u3000]*)(.*)$/;
const PERIOD = /^([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]*(年|个月)$/;

export const secrecyFormat: RuleDefinition = {
  meta: {
    id: 'secrecy-format',
    title: '密级和保密期限',
    description:
      '密级只用“绝密”“机密”“秘密”，保密期限写在“★”之后，数字用阿拉伯数字（如“秘密★1年”“机密★6个月”）。涉密公文应当同时标注份号。',
    category: 'header',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.2.2、7.2.1；条例第九条（一）（二）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '密级与保密期限之间加“★”，保密期限用阿拉伯数字', han: '〇一二三四五六七八九十' },
  },
  check(ctx) {
    const { doc, text } = ctx;
    const e = doc.header.secrecy;
    if (!e) return;
    const m = SECRECY.exec(e.text);
    if (!m) return;
    const [, level, sp1, star, sp2, rest] = m;
    if (!doc.header.copyNo) {
      ctx.report({ range: [e.start, e.start + level.length], message: t('secrecy-format.noCopyNo', { level }) });
    }
    if (!rest) {
      if (star || sp1) {
        ctx.report({ range: [e.start, e.end], message: t('secrecy-format.noPeriod', { found: e.text, level }) });
      }
      return;
    }
    if (rest === '长期') {
      if (star !== '★' || sp1 || sp2) {
        const fixed = `${level}★长期`;
        ctx.report({ range: [e.start, e.end], message: t('secrecy-format.found', { found: e.text, problems: t('secrecy-format.star'), fixed }), fix: replaceFix(text, e.start, e.end, fixed) });
      }
      return;
    }
    const p = PERIOD.exec(rest);
    if (!p) {
      ctx.report({ range: [e.start, e.end], message: t('secrecy-format.unknown', { found: e.text }) });
      return;
    }
    const n = /[0-9０-９]/.test(p[1]) ? Number(halfDigits(p[1])) : chineseNumeral(p[1]);
    const fixed = `${level}★${n}${p[2]}`;
    if (fixed === e.text) return;
    const problems: string[] = [];
    if (star !== '★') problems.push(t(star ? 'secrecy-format.wrongStar' : 'secrecy-format.star', { star }));
    if (!/^[0-9]+$/.test(p[1])) problems.push(t(/[０-９]/.test(p[1]) ? 'secrecy-format.fullWidth' : 'secrecy-format.chinese', { period: p[1] + p[2] }));
    if (!problems.length) problems.push(t('secrecy-format.spaced'));
    ctx.report({
      range: [e.start, e.end],
      message: t('secrecy-format.found', { found: e.text, problems: problems.join('，'), fixed }),
      fix: n > 0 ? replaceFix(text, e.start, e.end, fixed) : undefined,
    });
  },
};
