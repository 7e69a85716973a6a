import { ruleCases } from '../helpers/ruleTester';

const para = '为保障执法工作顺利开展，我局拟购置执法车辆。'; // 22 characters
const doc = (n: number, title = '××局关于购置执法车辆的请示', closing = '妥否，请批示。') =>
  `${title}\n\n市人民政府：\n${Array.from({ length: n }, () => '　　' + para).join('\n')}\n　　${closing}\n\n××局\n2024年3月5日\n`;

ruleCases('length-request-report', {
  valid: [
    { text: doc(10), why: 'a short 请示' },
    { text: doc(60), why: 'about 1330 characters: under 1500' },
    { text: doc(100, '××局关于2024年工作情况的报告', '特此报告。'), why: 'a 报告 of about 2200 characters: under 3000' },
    { text: doc(200, '××局关于开展安全检查的通知', '特此通知。'), why: 'only 请示 and 报告 are checked' },
    { text: doc(100), why: 'a unit that allows longer 请示', config: { rules: { 'length-request-report': { severity: 'info', options: { maxRequest: 3000 } } } } },
  ],
  invalid: [
    { text: doc(70), found: ['××局关于购置执法车辆的请示'], severity: 'info', message: '1547字' },
    { text: doc(140, '××局关于2024年工作情况的报告', '特此报告。'), message: '超过了3000字' },
    { text: doc(10), message: '超过了100字', config: { rules: { 'length-request-report': { severity: 'info', options: { maxRequest: 100 } } } } },
    { text: doc(50, '××局关于2024年工作情况的报告', '特此报告。'), config: { rules: { 'length-request-report': { severity: 'warning', options: { maxReport: 1000 } } } }, severity: 'warning' },
    { text: doc(80), message: '非条例或国标规定' },
  ],
});
