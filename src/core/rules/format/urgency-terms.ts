import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { replaceFix } from './shared';

/** Old or wrong urgency words → the 条例 word, when the mapping is certain. */
const CERTAIN: Record<string, string> = { 急件: '加急', 特急件: '特急', 加急件: '加急' };

export const urgencyTerms: RuleDefinition = {
  meta: {
    id: 'urgency-terms',
    title: '紧急程度用语',
    description:
      '紧急公文分别标注“特急”“加急”；“急件”“特急件”是旧格式用语，“紧急”不是规定用语；“特提”“平急”只用于电报。',
    category: 'header',
    basis: '条例',
    source: '条例第九条（三）；GB/T 9704—2012 7.2.3',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '旧格式的紧急程度用语改为条例用语（急件→加急，特急件→特急）', han: '急件特加' },
    hasSuggestions: true,
  },
  check(ctx) {
    const e = ctx.doc.header.urgency;
    if (!e) return;
    const w = e.text;
    if (w === '特急' || w === '加急') return;
    const fixed = CERTAIN[w];
    if (fixed) {
      ctx.report({ range: [e.start, e.end], message: t('urgency-terms.old', { found: w, fixed }), fix: replaceFix(ctx.text, e.start, e.end, fixed) });
    } else if (w === '紧急') {
      ctx.report({
        range: [e.start, e.end],
        message: t('urgency-terms.vague', { found: w }),
        suggestions: ['特急', '加急'].map((s) => ({ title: t('urgency-terms.suggest', { fixed: s }), fix: { range: [e.start, e.end] as [number, number], text: s } })),
      });
    } else if (w === '特提' || w === '平急') {
      // Legitimate on a 电报, which plain text cannot tell apart: a warning, not an error.
      ctx.report({
        range: [e.start, e.end],
        message: t('urgency-terms.telegram', { found: w }),
        severity: 'warning',
        suggestions: ['特急', '加急'].map((s) => ({ title: t('urgency-terms.suggest', { fixed: s }), fix: { range: [e.start, e.end] as [number, number], text: s } })),
      });
    }
  },
};
