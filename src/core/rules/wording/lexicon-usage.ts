import { lexiconRule } from './scan';

/** 公文惯用语: 做出决定 → 作出决定, 制订政策 → 制定政策. */
export const lexiconUsage = lexiconRule('usage', {
  id: 'lexicon-usage',
  title: '公文惯用语',
  description: '公文的惯用写法（作出决定、制定政策、截至目前……），词表逐条注明出处；只收在词表所列搭配中确定的条目，两可的单个词不收。词表见 src/core/lexicon/data/usage.json。',
  source: '公文写作教学资料等（逐条出处见词表）',
  defaultSeverity: 'info',
});
