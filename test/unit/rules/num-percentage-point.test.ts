import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市统计局关于2024年全市就业情况的报告\n\n市人民政府：\n　　${body}\n　　特此报告。\n\n××市统计局\n2024年12月2日\n`;

ruleCases('num-percentage-point', {
  valid: [
    { text: doc('全市城镇调查失业率由去年同期的6.2%下降到今年的5.1%，下降了1.1个百分点。'), why: 'points for a difference of rates' },
    { text: doc('全市生产总值由120亿元增加到132亿元，增长了10%。'), why: 'a growth rate of amounts, not a difference of rates' },
    { text: doc('失业率由6.2%下降到5.1%，降幅为17.7%。'), why: 'a relative change named as one' },
    { text: doc('失业率由6.2%下降到5.1%，下降了17.7%。'), why: 'the relative change, right as a percent' },
    { text: doc('全年增长了5%。'), why: 'no rates to compare' },
    { text: doc('全市生产总值为1200亿元，较上年增长5.2%。'), why: 'an amount, not a rate, before the change' },
  ],
  invalid: [
    { text: doc('全市城镇调查失业率由去年同期的6.2%下降到今年的5.1%，下降了1.1%。'), found: ['1.1%'], severity: 'warning', suggestions: ['1.1个百分点'] },
    { text: doc('优良天数比例从78%提高至83%，提高了5%。'), found: ['5%'] },
    { text: doc('贫困发生率由10.2％下降到3.1％，下降7.1％。'), found: ['7.1％'] },
    { text: doc('森林覆盖率从40%上升到42.5%，上升了2.5%，位居全省前列。'), found: ['2.5%'] },
    { text: doc('参保率由95%提高到98%，增长了3%。'), found: ['3%'] },
    { text: doc('不合格率为1.66%，较去年同期下降0.3%。'), found: ['0.3%'], severity: 'info' },
  ],
});
