import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { clauseStart, punctContext } from './context';

/** A change told in percent, ending at its %: 下降了1.1%, 提高2%, 回落0.5％. */
const CHANGE = /(?:下降|降低|减少|回落|上升|提高|增长|增加|上涨|回升|扩大|缩小)了?([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]$/;
/** 由6.2%……到5.1%, 从3%提高至5%: the two rates of the sentence. */
const FROM_TO = /[由从][^。；！？%％]{0,20}?([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％][^。；！？%％]{0,20}?[到至][^。；！？%％0-9０-９]{0,8}?([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]/;

/**
 * 不合格率为1.66%，较去年同期下降0.3%: a rate given in percent, then its change against another period in percent.
 * Whether 0.3% is points or a relative change only the figures behind it tell: a hint.
 */
const RATE_THEN_CHANGE = /(?:率|比例|比重|占比|覆盖率|满意度)(?:为|达到?|是|达|保持在)?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％][，,]?(?:较|比|同比|环比)[^。；！？%％]{0,10}?$/;

const FIGURE_CODES = new Set(Array.from('0123456789０１２３４５６７８９.．', (c) => c.charCodeAt(0)));
/** The last characters of the change words of CHANGE. */
const CHANGE_LAST = new Set(Array.from('降低少落升高长加涨大小', (c) => c.charCodeAt(0)));

const half = (s: string) => Number(s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

export const numPercentagePoint: RuleDefinition = {
  meta: {
    id: 'num-percentage-point',
    title: '百分比的增减用“百分点”',
    description:
      '两个百分比之差用“百分点”表示：失业率由6.2%下降到5.1%，是“下降了1.1个百分点”，不是“下降了1.1%”（那是相对于6.2%的降幅，约17.7%）。只在同一句写明了前后两个百分比、差值又恰好是两者之差时报告；先写比率（合格率为1.66%）再写“较去年同期下降0.3%”的，提示核对（只作提示）。',
    category: 'number',
    basis: '实务',
    scope: 'unit',
    source: '实务（百分比的增减以百分点计）；国家统计局统计术语（百分点）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const text = pc.masked;
    for (const mark of ['%', '％']) {
      for (const at of pc.positionsOf(mark)) {
        // (A quick look first: the figure before the %, then the character of a change word before it, by code.)
        let j = at - 1;
        while (j >= 0 && FIGURE_CODES.has(text.charCodeAt(j))) j--;
        if (j === at - 1 || !CHANGE_LAST.has(text.charCodeAt(text.charCodeAt(j) === 0x4e86 /* 了 */ ? j - 1 : j))) continue;
        const before = text.slice(Math.max(0, at - 16), at + 1);
        const change = CHANGE.exec(before);
        if (!change) continue;
        // The sentence up to this change: its two rates, from and to.
        const head = text.slice(clauseStart(text, at, 80), at + 1 - change[0].length);
        const rates = FROM_TO.exec(head);
        const exact = !!rates && Math.abs(Math.abs(half(rates[1]) - half(rates[2])) - half(change[1])) <= 1e-9;
        if (!exact && !RATE_THEN_CHANGE.test(head)) continue;
        const end = at + 1;
        const numberStart = end - 1 - change[1].length;
        if (ctx.isQuoted(numberStart, end)) continue;
        ctx.report({
          range: [numberStart, end],
          message: t(exact ? 'num-percentage-point.found' : 'num-percentage-point.rate', { found: text.slice(numberStart, end), points: change[1] }),
          severity: exact ? undefined : 'info',
          suggestions: [{ title: t('num-percentage-point.suggest', { points: change[1] }), fix: { range: [numberStart, end], text: `${change[1]}个百分点` } }],
        });
      }
    }
  },
};
