import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-variant', {
  valid: [
    { text: doc('文后附有按语。'), why: 'the recommended form' },
    { text: doc('灾后百废俱兴。'), why: 'the recommended form' },
    { text: doc('转载《百废具兴的小城》一文。'), why: 'inside a cited title' },
    { text: doc('他说：“百废具兴。”'), why: 'inside quotation marks' },
    { text: doc('各单位要按捺住急躁情绪。'), why: 'the recommended form' },
  ],
  invalid: [
    { text: doc('文后附有案语。'), found: ['案语'], severity: 'info', suggestions: ['按语'] },
    { text: doc('灾后百废具兴。'), found: ['百废具兴'], suggestions: ['百废俱兴'] },
    { text: doc('各单位要按纳住急躁情绪。'), found: ['按纳'], suggestions: ['按捺'] },
    { text: doc('文后附有案语，灾后百废具兴。'), found: ['案语', '百废具兴'] },
    { text: `××市人民政府关于规范案语写法的通知\n\n各区县人民政府：\n　　请知悉。\n\n××市人民政府\n2024年3月5日\n`, found: ['案语'] },
  ],
});
