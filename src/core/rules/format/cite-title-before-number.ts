import { t } from '../../messages';
import { issuedBeforeYear } from './shared';
import type { RuleDefinition } from '../types';

/** 根据国办发〔2018〕115号: a 发文字号 cited without the title before it, matched on a window ending at a 号. */
const BARE_NUMBER =
  /(根据|按照|依据|参照|遵照|贯彻|落实)((?:[\p{Script=Han}A-Za-z×○〇]{1,14})[〔\[【（(［﹝][ \u3000]*[0-9０-９]{2,4}[ \u3000]*[〕\]】）)］﹞][ \u3000]*第?[ \u3000]*[0-9０-９]{1,5}[ \u3000]*号)$/u;
const WINDOW = 48;

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
    const { doc, text } = ctx;
    // 先引标题、后引发文字号 came with the 2000 办法 (国发〔2000〕23号, in force 2001): older documents cited by number.
    if (!doc.body || issuedBeforeYear(doc, 2001)) return;
    const [from, to] = doc.body;
    for (let p = text.indexOf('号', from); p >= 0 && p < to; p = text.indexOf('号', p + 1)) {
      const w = Math.max(from, p - WINDOW);
      const m = BARE_NUMBER.exec(text.slice(w, p + 1));
      if (!m) continue;
      const start = w + m.index + m[1].length;
      // 令号 (国务院令第783号) is cited as it is.
      if (/令[〔\[【（(［﹝]/.test(m[2])) continue;
      if (ctx.isQuoted(w + m.index, p + 1)) continue;
      const tail = /^(?:文件|文)/.exec(text.slice(p + 1, p + 3));
      const end = p + 1 + (tail ? tail[0].length : 0);
      ctx.report({
        range: [start, end],
        message: t('cite-title-before-number.found', { found: text.slice(start, end), docNo: m[2] }),
      });
    }
  },
};
