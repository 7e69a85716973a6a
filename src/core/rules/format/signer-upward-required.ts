import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { replaceFix } from './shared';

const SIGNER = /^签发人([ \u3000]*)([:：]?)([ \u3000]*)(.*)$/;

export const signerUpwardRequired: RuleDefinition = {
  meta: {
    id: 'signer-upward-required',
    title: '上行文标注签发人',
    description:
      '上行文（请示、报告、议案）应当在版头标注签发人，写作“签发人”三字加全角冒号和签发人姓名（“签发人：张三”）。只在文稿有版头（发文机关标志或发文字号）时提示缺少签发人。',
    category: 'header',
    basis: '条例',
    source: '条例第九条（六）；GB/T 9704—2012 7.2.6',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '“签发人”后的冒号改为全角' },
  },
  check(ctx) {
    const { doc, text } = ctx;
    const s = doc.header.signer;
    if (s) {
      const m = SIGNER.exec(s.text);
      if (!m) return;
      const [, sp1, colon, sp2, name] = m;
      if (!name.trim()) {
        ctx.report({ range: [s.start, s.end], message: t('signer-upward-required.noName') });
        return;
      }
      if (colon === '：' && !sp1) return;
      // 签发人 + the wrong colon, or + the spaces that stand for a missing one.
      const start = s.start + 3;
      const end = colon ? start + sp1.length + colon.length : start + sp1.length + sp2.length;
      ctx.report({
        range: [s.start, colon ? end : start],
        message: t(colon === ':' ? 'signer-upward-required.halfColon' : colon ? 'signer-upward-required.spaced' : 'signer-upward-required.noColon', { found: text.slice(s.start, end + (colon ? 0 : name.length)) }),
        fix: replaceFix(text, start, end, '：'),
      });
      return;
    }
    const g = ctx.genre;
    if (!g || g.genre.direction !== 'up') return;
    const h = doc.header;
    // Only a draft that has a 版头 is expected to carry the 签发人 line.
    const anchor = h.docNos[0] ?? h.issuerMarks[h.issuerMarks.length - 1];
    if (!anchor) return;
    ctx.report({
      range: [anchor.start, anchor.end],
      message: t('signer-upward-required.missing', { genre: g.genre.id }),
      severity: 'info',
    });
  },
};
