import { ruleCases } from '../helpers/ruleTester';

const doc = (header: string, body = '现将有关事项通知如下。') =>
  `${header}\n××市人民政府文件\n×府发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('urgency-terms', {
  valid: [
    { text: doc('特急'), why: '特急 is one of the two 条例 words' },
    { text: doc('加急'), why: '加急 is the other' },
    { text: doc('000001\n秘密★1年\n加急'), why: 'after the 份号 and 密级' },
    { text: doc('特急', '此项工作十分紧急，请按急件办理。'), why: '紧急 and 急件 in the 正文 are not the header mark' },
    { text: doc('000001'), why: 'no urgency mark at all' },
  ],
  invalid: [
    { text: doc('急件'), found: ['急件'], output: doc('加急'), severity: 'error', message: '旧格式' },
    { text: doc('特急件'), found: ['特急件'], output: doc('特急') },
    { text: doc('加急件'), found: ['加急件'], output: doc('加急') },
    { text: doc('紧急'), found: ['紧急'], output: null, suggestions: ['特急', '加急'] },
    { text: doc('平急'), found: ['平急'], output: null, severity: 'warning', message: '电报' },
    { text: doc('特提'), found: ['特提'], output: null, suggestions: ['特急', '加急'] },
  ],
});
