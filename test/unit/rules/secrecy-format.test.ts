import { ruleCases } from '../helpers/ruleTester';

const doc = (header: string, body = '现将有关事项通知如下。') =>
  `${header}\n××市人民政府文件\n×府发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('secrecy-format', {
  valid: [
    { text: doc('000001\n秘密★1年'), why: '份号 and 密级★保密期限 with Arabic digits' },
    { text: doc('000001\n机密★6个月'), why: 'a period in months' },
    { text: doc('000001\n绝密'), why: 'a 密级 without a period' },
    { text: doc('000001\n绝密★长期'), why: '长期 is a valid period' },
    { text: doc('000001\n特急'), why: 'no 密级 at all' },
    { text: doc('000001\n秘密★1年', '此事属于秘密事项，保密期限为一年，请勿外传。'), why: 'the words 秘密 and 一年 in the 正文 are not the header mark' },
  ],
  invalid: [
    { text: doc('000001\n秘密★一年'), found: ['秘密★一年'], output: doc('000001\n秘密★1年'), severity: 'error', message: '汉字数字' },
    { text: doc('000001\n机密 十年'), found: ['机密 十年'], output: doc('000001\n机密★10年') },
    { text: doc('000001\n秘密☆1年'), found: ['秘密☆1年'], output: doc('000001\n秘密★1年'), message: '实心五角星' },
    { text: doc('000001\n秘密*2年'), found: ['秘密*2年'], output: doc('000001\n秘密★2年') },
    { text: doc('000001\n秘密1年'), found: ['秘密1年'], output: doc('000001\n秘密★1年') },
    { text: doc('000001\n秘密★１年'), found: ['秘密★１年'], output: doc('000001\n秘密★1年') },
    { text: doc('秘密★1年'), found: ['秘密'], output: null, message: '份号' },
    { text: doc('000001\n秘密★'), found: ['秘密★'], output: null, message: '没有保密期限' },
  ],
});
