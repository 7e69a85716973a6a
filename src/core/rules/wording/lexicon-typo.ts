import { lexiconRule } from './scan';

/** 错别字 from the sourced lists (按装 → 安装). */
export const lexiconTypo = lexiconRule('typo', {
  id: 'lexicon-typo',
  title: '错别字',
  description: '出版物和公文中常见的别字（按装→安装、针贬→针砭……），词表逐条注明出处（《咬文嚼字》常见别字表等）；引号、书名号内的引文和词表列出的例外短语不查。词表见 src/core/lexicon/data/typo.json。',
  source: '《咬文嚼字》常见别字表等（逐条出处见词表）',
  defaultSeverity: 'warning',
});
