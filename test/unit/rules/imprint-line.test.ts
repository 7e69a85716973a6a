import { ruleCases } from '../helpers/ruleTester';

const doc = (imprint: string) =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n\n抄送：市委办公室。\n${imprint}\n`;

ruleCases('imprint-line', {
  valid: [
    { text: doc('××市人民政府办公室　　2024年3月5日印发'), why: 'org, date and 印发' },
    { text: doc('××市人民政府办公室 2024年3月5日印发'), why: 'an ASCII space between org and date' },
    { text: doc('××市人民政府办公室　　2024年03月05日印发'), why: 'a padded date is date-issue-format\'s business' },
    { text: '××市人民政府关于印发××方案的通知\n\n各区县人民政府：\n　　现将《××方案》印发给你们，请认真贯彻执行。\n\n××市人民政府\n2024年3月5日\n', why: 'no 版记 at all; 印发 in the 正文 is not the imprint line' },
    { text: doc('××市人民政府办公室　　二〇二四年三月五日印发'), why: 'a Chinese-numeral date with 印发: the date is date-issue-format\'s business' },
  ],
  invalid: [
    { text: doc('××市人民政府办公室　　2024年3月5日'), found: ['2024年3月5日'], output: doc('××市人民政府办公室　　2024年3月5日印发'), severity: 'error', message: '印发' },
    { text: doc('××市人民政府办公室 2024.3.5'), found: ['2024.3.5'], output: doc('××市人民政府办公室 2024.3.5印发') },
    { text: doc('××市人民政府办公室印发'), found: ['××市人民政府办公室印发'], output: null, message: '缺印发日期' },
    { text: doc('2024年3月5日印发'), found: ['2024年3月5日'], output: null, message: '缺印发机关' },
    { text: doc('××市人民政府办公室　二〇二四年三月五日'), found: ['二〇二四年三月五日'], output: doc('××市人民政府办公室　二〇二四年三月五日印发') },
  ],
});
