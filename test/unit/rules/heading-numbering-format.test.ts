import { ruleCases } from '../helpers/ruleTester';

const doc = (...body: string[]) =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　现将有关事项通知如下：\n${body.map((b) => `　　${b}\n`).join('')}　　特此通知。\n\n××市教育局\n2024年3月5日\n`;

ruleCases('heading-numbering-format', {
  valid: [
    { text: doc('A. The first item of an English passage.'), why: 'an English passage keeps its own list marks' },
    { text: doc('一、总体要求', '（一）指导思想。坚持人民至上。', '1.加强领导。各单位要落实责任。', '（1）明确分工。'), why: 'the four GB/T 9704 7.3.3 markers' },
    { text: doc('一、总体要求', '1．加强领导。'), why: 'a full-width 下脚点 after an Arabic numeral is accepted' },
    { text: doc('十一、其他事项', '（十二）附则'), why: 'numbers above ten' },
    { text: doc('2024年3月5日前完成。', '1.5亿元资金已到位。', '9:00报到，12:30午餐。', '3、4月份集中检查。'), why: 'near-misses: a year, a decimal, times and 3、4月 are not heading markers' },
    { text: doc('第一，提高认识。第二、第三季度重点检查。', '首先要统一思想。'), why: '第一， is right; 第二、第三 is a list of ordinals' },
    { text: doc('See section 1) and (1) of the English text.', 'www.example.com/1、2'), why: 'English text and URLs are not at the start of a heading' },
    { text: doc('“一.总体要求”这种写法不规范。'), why: 'a line starting with a quotation is not a heading' },
  ],
  invalid: [
    { text: '关于开展安全检查的通知\n\n各科室：\n　　一、检查范围\n　　[1]办公场所\n　　[2]仓库\n', found: ['[1]', '[2]'], severity: 'warning' },
    { text: doc('A、加强领导'), found: ['A、'] },
    { text: '1、2、3、……', found: ['1、'], output: null },
    { text: '⑴、⑵、⑶、……', found: ['⑴、'] },
    { text: '〔一〕、指导思想', found: ['〔一〕、'] },
    { text: '①、加强领导\n②、明确责任', found: ['①、', '②、'], output: '①加强领导\n②明确责任' },
    { text: '首先、统一思想', found: ['首先、'], output: '首先，统一思想' },
    { text: '一.', found: ['一.'], output: '一、' },
    { text: doc('一.总体要求'), found: ['一.'], output: doc('一、总体要求'), severity: 'error', message: '顿号' },
    { text: doc('一，总体要求'), found: ['一，'], output: doc('一、总体要求'), severity: 'error' },
    { text: doc('一．总体要求'), found: ['一．'], output: doc('一、总体要求') },
    { text: doc('（一）、指导思想'), found: ['（一）、'], output: doc('（一）指导思想'), severity: 'error', message: '括号后' },
    { text: doc('(一)指导思想'), found: ['(一)'], output: doc('（一）指导思想'), severity: 'warning', message: '半角括号' },
    { text: doc('1、加强领导。'), found: ['1、'], output: doc('1.加强领导。'), severity: 'warning', message: '下脚点' },
    { text: doc('1，加强领导。'), found: ['1，'], output: doc('1.加强领导。') },
    { text: doc('1)加强领导。'), found: ['1)'], output: doc('1.加强领导。') },
    { text: doc('（1）、明确分工。'), found: ['（1）、'], output: doc('（1）明确分工。') },
    { text: doc('(1)明确分工。'), found: ['(1)'], output: doc('（1）明确分工。'), severity: 'warning' },
    { text: doc('（1）.明确分工。'), found: ['（1）.'], output: doc('（1）明确分工。') },
    { text: doc('第一、提高认识。'), found: ['第一、'], output: doc('第一，提高认识。'), severity: 'warning', message: '逗号' },
    { text: doc('统一思想。其二、加强协调。'), found: ['其二、'], output: doc('统一思想。其二，加强协调。') },
  ],
});
