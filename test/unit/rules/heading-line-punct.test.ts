import { ruleCases } from '../helpers/ruleTester';

const doc = (...body: string[]) =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　现将有关事项通知如下：\n${body.map((b) => `　　${b}\n`).join('')}　　特此通知。\n\n××市教育局\n2024年3月5日\n`;

ruleCases('heading-line-punct', {
  valid: [
    { text: doc('一、总体要求', '各单位要高度重视。', '（一）指导思想', '坚持人民至上。'), why: 'stand-alone headings without trailing punctuation' },
    { text: doc('（一）指导思想。坚持人民至上，统筹发展和安全。'), why: 'a run-in heading separated from its text by 。' },
    { text: doc('（一）各区县人民政府分管负责同志。', '（二）市政府有关部门分管负责同志。'), why: 'a list of sentences, each followed by its sibling, is not a heading line' },
    { text: doc('（一）请各参会单位于3月8日17:00前报送回执，逾期视为不参会。', '各单位要高度重视。'), why: 'a full sentence with inner punctuation is an item, not a heading' },
    { text: doc('1.加强领导。', '各单位要落实责任。'), why: 'third-level items often are whole sentences; only levels 1 and 2 are checked for a trailing 。' },
    { text: doc('一、总体要求', 'Version 1.0 released. See https://example.com/a.b。'), why: 'English text and URLs are not headings' },
  ],
  invalid: [
    { text: doc('一、总体要求。', '各单位要高度重视。'), found: ['。'], suggestions: [''], severity: 'info', message: '末尾不加标点' },
    { text: doc('（一）指导思想。', '坚持人民至上。'), found: ['。'], suggestions: [''] },
    { text: doc('一、总体要求。', '（一）指导思想', '坚持人民至上。'), found: ['。'] },
    { text: doc('二、主要任务；', '排查隐患。'), found: ['；'] },
    { text: doc('（一）指导思想　坚持人民至上，统筹发展和安全。'), found: ['指导思想　'], suggestions: ['。'], message: '加句号' },
    { text: doc('一、总体要求 各单位要高度重视防汛工作。'), found: ['总体要求 '], suggestions: ['。'] },
  ],
});
