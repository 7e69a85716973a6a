import { lexiconRule } from './scan';

/** 成语 and 四字格 with one character slipped for one that sounds or looks the same (滥芋充数 → 滥竽充数). */
export const lexiconIdiom = lexiconRule('idiom', {
  id: 'lexicon-idiom',
  title: '成语错字',
  description: '成语、四字格中一个字写成了音同或形近的字（滥芋充数→滥竽充数、格尽职守→恪尽职守）：从约七千条成语和易混字组查出，不靠逐条列举的错例；与成语只差一字而本身成词的（如另一条成语）不报，引号、书名号内的引文不查。数据见 src/core/lexicon/data/idioms.json（scripts/gen-idioms.ts 生成）。',
  source: '成语词表与音同、形近字组（jieba 词典、Jun Da 字频表、cjk-decomp）',
  defaultSeverity: 'warning',
});
