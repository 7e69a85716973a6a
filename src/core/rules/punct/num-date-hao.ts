import { t } from '../../messages';
import { isInside } from '../../parse/quotes';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

const NUMERAL = /[0-9０-９〇零一二三四五六七八九十]/;
/** What makes ××号 a name, not a day: 3号楼, 5号线, 1号文件, 2号令, 8号机位. */
const NAME_AFTER = /[楼院线门栋幢室房令文机位码台桥馆厅库井仓口路街道站馆车船窗柜座段区地]/;

export const numDateHao: RuleDefinition = {
  meta: {
    id: 'num-date-hao',
    title: '日期写“日”不写“号”',
    description: '公文中的日期写作“×月×日”，不用口语的“×月×号”（“7月1号”写作“7月1日”）。“3号楼”“5号线”“1号文件”等编号不在此列。修改作为候选提供。',
    category: 'number',
    basis: '实务',
    scope: 'unit',
    source: '实务（公文日期的书面写法）；GB/T 15835—2011 的日期示例均作“×月×日”',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    for (const i of pc.positionsOf('号')) {
      let j = i - 1;
      while (j >= 0 && i - j <= 3 && NUMERAL.test(s.charAt(j))) j--;
      if (j === i - 1 || s.charAt(j) !== '月' || !NUMERAL.test(s.charAt(j - 1))) continue;
      if (NAME_AFTER.test(s.charAt(i + 1))) continue;
      let k = j - 1;
      while (k >= 0 && j - k <= 2 && NUMERAL.test(s.charAt(k))) k--;
      const start = k + 1;
      if (isInside(ctx.doc.quoted, start, i + 1)) continue;
      const found = s.slice(start, i + 1);
      const fixed = found.slice(0, -1) + '日';
      ctx.report({
        range: [start, i + 1],
        message: t('num-date-hao.found', { found, fixed }),
        suggestions: [{ title: t('num-date-hao.suggest', { fixed }), fix: { range: [i, i + 1], text: '日' } }],
      });
    }
  },
};
