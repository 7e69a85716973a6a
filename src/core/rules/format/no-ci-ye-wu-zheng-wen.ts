import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { matchAll } from '../util';

const MARK = /[（(]?[ \u3000]*(?:此|本)页无正文[ \u3000]*[)）]?/g;

export const noCiYeWuZhengWen: RuleDefinition = {
  meta: {
    id: 'no-ci-ye-wu-zheng-wen',
    title: '不用“此页无正文”',
    description:
      '公文排版后所剩空白处容不下印章、成文日期时，国标规定的处理方法是调整行距、字距，使署名、日期和印章与正文同处一页，而不是标注“此页无正文”。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.5.5',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    if (ctx.text.indexOf('页无正文') < 0) return;
    for (const m of matchAll(ctx.text, MARK)) {
      if (ctx.isQuoted(m.start, m.end)) continue;
      ctx.report({
        range: [m.start, m.end],
        message: t('no-ci-ye-wu-zheng-wen.found', { found: m.text }),
        suggestions: [{ title: t('no-ci-ye-wu-zheng-wen.remove', { found: m.text }), fix: { range: [m.start, m.end], text: '' } }],
      });
    }
  },
};
