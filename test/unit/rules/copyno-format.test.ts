import { ruleCases } from '../helpers/ruleTester';

const doc = (header: string, body = '现将有关事项通知如下。') =>
  `${header}\n××市人民政府文件\n×府发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('copyno-format', {
  valid: [
    { text: doc('000001'), why: 'six Arabic digits' },
    { text: doc('000123\n秘密★1年'), why: 'followed by the 密级' },
    { text: doc('特急'), why: 'no 份号' },
    { text: doc('000001', '本次共印制200份，编号1至200，联系电话12345678。'), why: 'numbers in the 正文 are not the 份号' },
    { text: doc('123456'), why: 'any six digits' },
  ],
  invalid: [
    { text: doc('1'), found: ['1'], output: doc('000001'), severity: 'warning' },
    { text: doc('No.0001'), found: ['No.0001'], output: doc('000001') },
    { text: doc('份号：000012'), found: ['份号：000012'], output: doc('000012') },
    { text: doc('００００１２'), found: ['００００１２'], output: doc('000012') },
    { text: doc('0000001'), found: ['0000001'], output: doc('000001') },
    { text: doc('12345678'), found: ['12345678'], output: null, message: '超过6位' },
  ],
});
