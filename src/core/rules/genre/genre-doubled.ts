import { t } from '../../messages';
import { bareTitle, titleOffset } from '../../detect';
import type { RuleDefinition } from '../types';

const DOUBLED = /(请示报告|报告请示|申请报告|请示函|意见报告|报告的请示|请示的报告|批复函|请示意见)$/;

/** Which single genres a doubled title word may have meant. */
const ALTERNATIVES: Record<string, string[]> = {
  请示报告: ['请示', '报告'],
  报告请示: ['请示', '报告'],
  申请报告: ['请示', '报告'],
  请示函: ['请示', '函'],
  意见报告: ['意见', '报告'],
  报告的请示: ['请示', '报告'],
  请示的报告: ['请示', '报告'],
  批复函: ['批复', '函'],
  请示意见: ['请示', '意见'],
};

export const genreDoubled: RuleDefinition = {
  meta: {
    id: 'genre-doubled',
    title: '文种叠用',
    description: '标题以“请示报告”“批复函”等两个文种叠用结尾。条例第八条把它们规定为不同文种，只能选一个。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十）（十一），第十五条（四）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = bareTitle(ctx.doc);
    if (!bare) return;
    const m = DOUBLED.exec(bare.text);
    if (!m) return;
    const found = m[1];
    const start = titleOffset(ctx.doc, m.index);
    const end = bare.end;
    const alts = ALTERNATIVES[found];
    ctx.report({
      range: [start, end],
      message: t('genre-doubled.found', { found, a: alts[0], b: alts[1] }),
      suggestions: alts.map((genre) => ({
        title: t('genre-doubled.suggest', { genre }),
        fix: { range: [start, end], text: genre },
      })),
    });
  },
};
