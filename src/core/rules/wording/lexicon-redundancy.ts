import { lexiconRule } from './scan';

/** 语义重复: 涉及到, 超过……以上, 大约……左右. */
export const lexiconRedundancy = lexiconRule('redundancy', {
  id: 'lexicon-redundancy',
  title: '语义重复',
  description: '语义重复的写法（涉及到、目的是为了、超过50万元以上、大约3天左右……），词表逐条注明出处；“超过……以上”一类只在两部分之间是数字及其单位时提示。词表见 src/core/lexicon/data/redundancy.json。',
  source: '公文写作教学资料、语病讲解（逐条出处见词表）',
  defaultSeverity: 'info',
});
