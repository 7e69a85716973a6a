import { ruleCases } from '../helpers/ruleTester';

const doc = (tail: string, body = '现将有关事项通知如下。') =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n${tail}\n××市人民政府\n2024年3月5日\n`;

ruleCases('no-ci-ye-wu-zheng-wen', {
  valid: [
    { text: doc('\n'), why: 'no such mark' },
    { text: doc('\n', '本页内容较多，正文另附。'), why: 'other words about pages' },
    { text: doc('\n', '有的单位仍标注“此页无正文”，应当改为调整行距、字距。'), why: 'quoted as an example of what not to do' },
    { text: doc('\n', '《关于不再标注“（此页无正文）”的说明》已印发。'), why: 'inside a cited title' },
    { text: doc('\n', 'The words "no text on this page" are not used.'), why: 'an English sentence' },
  ],
  invalid: [
    { text: doc('\n（此页无正文）\n'), found: ['（此页无正文）'], suggestions: [''], severity: 'warning', message: '调整行距、字距' },
    { text: doc('\n(此页无正文)\n'), found: ['(此页无正文)'] },
    { text: doc('\n此页无正文\n'), found: ['此页无正文'] },
    { text: doc('\n（本页无正文）\n'), found: ['（本页无正文）'] },
    { text: doc('\n　　（此页无正文）\n'), found: ['（此页无正文）'], suggestions: [''] },
  ],
});
