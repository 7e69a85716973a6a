import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { ownBodyMatches } from '../util';

/** 根据国办发〔2018〕115号文件: a 发文字号 cited without the title before it. */
const BARE_NUMBER =
  /(根据|按照|依据|参照|遵照|贯彻|落实)((?:[\p{Script=Han}A-Za-z×○〇]{1,14})[〔\[【（(［﹝][ \u3000]*[0-9０-９]{2,4}[ \u3000]*[〕\]】）)］﹞][ \u3000]*第?[ \u3000]*[0-9０-９]{1,5}[ \u3000]*号)(文件|文)?/gu;

export const citeTitleBeforeNumber: RuleDefinition = {
  meta: {
    id: 'cite-title-before-number',
    title: '引用公文先引标题后引发文字号',
    description:
      '引用公文时先引标题、后引发文字号，如“根据《国务院办公厅关于……的指导意见》（国办发〔2018〕115号）”，不只写“根据国办发〔2018〕115号文件”。这一写法出自已废止的《国家行政机关公文处理办法》，现为实务通行做法。',
    category: 'wording',
    basis: '实务',
    source: '实务（原出处为已停止执行的国发〔2000〕23号第二十五条（五））',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    for (const m of ownBodyMatches(ctx, BARE_NUMBER)) {
      const start = m.start + m.groups[0].length;
      // 令号 (国务院令第783号) is cited as it is.
      if (/令[〔\[【（(［﹝]/.test(m.groups[1])) continue;
      ctx.report({
        range: [start, m.end],
        message: t('cite-title-before-number.found', { found: m.text.slice(m.groups[0].length), docNo: m.groups[1] }),
      });
    }
  },
};
