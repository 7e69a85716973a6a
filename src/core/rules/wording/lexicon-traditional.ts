import { t } from '../../messages';
import { areSlips, isVariantCharacter } from '../../simplify';
import type { RuleDefinition } from '../types';

export const lexiconTraditional: RuleDefinition = {
  meta: {
    id: 'lexicon-traditional',
    title: '繁体字与异体字',
    description:
      '简体公文中夹杂的繁体字（關於、報告中的“關”“報”）和异体字（峯、羣），按《通用规范汉字表》写作规范汉字，候选修改给出对应的规范字' +
      '（繁体字依 OpenCC 字表，异体字依《通用规范汉字表》附件1，见 src/core/lexicon/data/variant-characters.json）。' +
      '整篇用繁体字写成的文稿按其对应的简体文稿检查，不逐字提示。',
    category: 'wording',
    basis: '实务',
    source: '《通用规范汉字表》（2013）；《中华人民共和国国家通用语言文字法》第三条、第十七条',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const original = ctx.original;
    const changed = ctx.simplified?.changed;
    if (original === undefined || !changed?.length) return;
    // A draft written in traditional characters throughout (fewer simplified-only characters, 关 这 说, than
    // traditional ones) is checked as the simplified document it stands for, without a finding per character.
    // (At least three: a short line with one or two, 美容美發中心, is a simplified line with a slip.)
    if (!areSlips(ctx.simplified!)) return;
    for (const i of changed) {
      if (ctx.isQuoted(i, i + 1)) continue;
      const found = original[i];
      const right = ctx.simplified!.simplifiedAt(i);
      ctx.report({
        range: [i, i + 1],
        message: t(isVariantCharacter(found.charCodeAt(0)) ? 'lexicon-traditional.variant' : 'lexicon-traditional.found', { found, right }),
        suggestions: [{ title: t('lexicon-traditional.suggest', { right }), fix: { range: [i, i + 1], text: right } }],
      });
    }
  },
};
