import { lexiconRule } from './scan';

/** 异形词: the non-recommended form of GF 1001-2001 (按语 not 案语). */
export const lexiconVariant = lexiconRule('variant', {
  id: 'lexicon-variant',
  title: '异形词',
  description: '《第一批异形词整理表》（GF 1001-2001）推荐使用的词形：写了非推荐词形（案语、百废具兴……）时提示推荐词形，作为候选修改提供。词表见 src/core/lexicon/data/variant.json。',
  source: 'GF 1001-2001《第一批异形词整理表》',
  defaultSeverity: 'info',
});
