import { lexiconRule } from './scan';

/** 规范表述: names of theories, bodies, places and formulations as the published style lists give them. */
export const lexiconNaming = lexiconRule('naming', {
  id: 'lexicon-naming',
  title: '规范表述',
  description:
    '理论、机构、地名和固定提法按通行的规范表述书写（如“三个代表”重要思想带引号，“北朝鲜”应称“朝鲜”），词表逐条注明出处（新华社禁用词和慎用词等）；' +
    '候选修改只作建议，不批量替换。词表见 src/core/lexicon/data/naming.json。',
  source: '新华社《新闻信息报道中的禁用词和慎用词》等（逐条出处见词表）',
  defaultSeverity: 'warning',
});
