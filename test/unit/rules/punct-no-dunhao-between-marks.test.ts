import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于学习法规的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-no-dunhao-between-marks', {
  valid: [
    { text: doc('认真学习《中华人民共和国公务员法》《党政机关公文处理工作条例》。'), why: 'parallel titles without a 顿号' },
    { text: doc('认真学习《公务员法》（2018年修订）、《公文处理工作条例》。'), why: 'a parenthetical after the first title: the 顿号 is right' },
    { text: doc('深入推进“放管服”改革、“一网通办”建设。'), why: 'other words sit between the quotations' },
    { text: doc('落实“三农”“双碳”等重点任务。'), why: 'parallel quotations without a 顿号' },
    { text: doc('学习《公务员法》和《监察法》、宪法等法律。'), why: 'the 顿号 follows a word, not a closing title mark' },
  ],
  invalid: [
    {
      text: doc('认真学习《中华人民共和国公务员法》、《党政机关公文处理工作条例》。'),
      found: ['、'],
      output: doc('认真学习《中华人民共和国公务员法》《党政机关公文处理工作条例》。'),
    },
    { text: doc('落实“三农”、“双碳”等重点任务。'), found: ['、'], output: doc('落实“三农”“双碳”等重点任务。') },
    { text: doc('学习《公务员法》、《监察法》、《宪法》。'), found: ['、', '、'], output: doc('学习《公务员法》《监察法》《宪法》。') },
    { text: doc('转发《关于印发〈办法〉、〈细则〉的通知》。'), found: ['、'], output: doc('转发《关于印发〈办法〉〈细则〉的通知》。') },
    { text: doc('落实“关于‘三农’、‘双碳’的要求”。'), found: ['、'], output: doc('落实“关于‘三农’‘双碳’的要求”。') },
  ],
});
