import { ruleCases } from '../helpers/ruleTester';

const doc = (header: string, body = '现将有关事项通知如下。') =>
  `${header}\n\n××市教育局　××市财政局关于做好学生资助工作的通知\n\n各区县教育局、财政局：\n　　${body}\n　　特此通知。\n\n××市教育局　　××市财政局\n2024年3月5日\n`;

ruleCases('docno-joint-single', {
  valid: [
    { text: doc('××市教育局\n××市财政局\n文件\n×教发〔2024〕5号'), why: 'a joint document with only the 主办机关 number' },
    { text: doc('××市教育局文件\n×教发〔2024〕5号'), why: 'a single issuer' },
    { text: doc('×教发〔2024〕5号', '根据《关于××的通知》（×财教〔2023〕12号）和《关于××的意见》（×教发〔2023〕8号），现通知如下。'), why: 'numbers cited in the 正文 are not header numbers' },
    { text: doc('××市教育局文件\n×教发〔2024〕5号　　签发人：张三'), why: 'a 签发人 on the number line is not a second number' },
    { text: doc(''), why: 'no 版头 at all' },
  ],
  invalid: [
    { text: doc('××市教育局文件\n×教发〔2024〕5号\n×财教〔2024〕12号'), found: ['×财教〔2024〕12号'], severity: 'error', message: '主办机关' },
    { text: doc('×教发〔2024〕5号\n×财教〔2024〕12号'), found: ['×财教〔2024〕12号'] },
    { text: doc('×教发〔2024〕5号\n×财教〔2024〕12号\n×人社发〔2024〕3号'), found: ['×财教〔2024〕12号', '×人社发〔2024〕3号'] },
    { text: doc('×教发〔2024〕5号\n×财教〔2024〕12号　　签发人：李四'), found: ['×财教〔2024〕12号'] },
    { text: doc('××市教育局文件\n×教发[2024]5号\n×财教[2024]12号'), found: ['×财教[2024]12号'] },
  ],
});
