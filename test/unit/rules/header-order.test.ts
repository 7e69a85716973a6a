import { ruleCases } from '../helpers/ruleTester';

const doc = (header: string) =>
  `${header}\n××市人民政府文件\n×府发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('header-order', {
  valid: [
    { text: doc('000001\n秘密★1年\n特急'), why: '份号, 密级, 紧急程度 in order' },
    { text: doc('000001\n特急'), why: 'without a 密级' },
    { text: doc('秘密★1年\n加急'), why: 'without a 份号' },
    { text: doc('特急'), why: 'one element' },
    { text: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请于2024年3月5日前完成，特急事项另行通知。\n\n××市人民政府\n2024年3月5日\n', why: 'no 版头; words in the 正文 do not count' },
  ],
  invalid: [
    { text: doc('特急\n秘密★1年'), found: ['秘密★1年'], severity: 'warning' },
    { text: doc('秘密★1年\n000001'), found: ['000001'], message: '份号' },
    { text: doc('000001\n加急\n机密★5年'), found: ['机密★5年'] },
    { text: doc('特急\n000001'), found: ['000001'] },
    { text: '××市人民政府文件\n特急\n×府发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n\n××市人民政府\n2024年3月5日\n', found: ['特急'], message: '发文机关标志之上' },
  ],
});
