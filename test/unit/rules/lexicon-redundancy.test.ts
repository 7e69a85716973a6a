import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-redundancy', {
  valid: [
    { text: doc('投资超过50万元的项目须报批。'), why: 'no 以上 after the number' },
    { text: doc('投资50万元以上的项目须报批。'), why: 'no 超过 before the number' },
    { text: doc('超过规定时限的，以上级意见为准。'), why: 'no number between 超过 and 以上' },
    { text: doc('本次整治涉及全市各区。'), why: 'the right form' },
    { text: doc('他说：“涉及到的问题要解决。”'), why: 'inside quotation marks' },
    { text: doc('全年节约80余万元。'), why: '节约 is no approximation' },
    { text: doc('许多人左右为难。'), why: 'no number before 多' },
    { text: doc('参会人员80余人，安排资金约1000万元。'), why: 'one approximation each' },
  ],
  invalid: [
    { text: doc('投资超过50万元以上的项目须报批。'), found: ['超过50万元以上'], severity: 'info', suggestions: ['超过50万元'] },
    { text: doc('工期大约3天左右。'), found: ['大约3天左右'], suggestions: ['大约3天'] },
    { text: doc('本次整治涉及到全市各区。'), found: ['涉及到'], suggestions: ['涉及'] },
    { text: doc('开展检查的目的是为了消除隐患。'), found: ['目的是为了'], suggestions: ['目的是'] },
    { text: doc('参训人员至少200人以上。'), found: ['至少200人以上'], suggestions: ['至少200人'] },
    { text: doc('全市参会人员约80余人。'), found: ['约80余'], suggestions: ['约80'] },
    { text: doc('累计投入1000余万元左右。'), found: ['余万元左右'], suggestions: ['余万元'] },
    { text: doc('每批30多人左右。'), found: ['多人左右'], suggestions: ['多人'] },
  ],
});
