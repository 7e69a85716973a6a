import { ruleCases } from '../helpers/ruleTester';

const doc = (date: string, body = '现将有关事项通知如下。', tail = '') =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　${body}\n　　特此通知。\n\n××市教育局\n${date}\n${tail}`;
const resolution = (note: string) => `政协第十三届青岚市委员会第三次会议关于常务委员会工作报告的决议\n${note}\n　　会议听取和审议了常务委员会工作报告，同意这个报告。\n`;
const colophon = (imprint: string) => `\n抄送：市人民政府办公室。\n${imprint}\n`;

ruleCases('date-issue-format', {
  valid: [
    { text: doc('2024年2月29日'), why: 'a leap day in a leap year' },
    { text: resolution('（2024年1月16日政协第十三届青岚市委员会第三次会议通过）'), why: 'a 题注 date in Arabic numerals' },
    { text: resolution('（二〇〇九年一月十六日政协第十届青岚市委员会第三次会议通过）'), why: 'a 题注 before 2012 in Chinese numerals' },
    { text: '二〇〇六', why: 'a year in Chinese numerals being typed, with 〇 (fragment, no 0 or O)' },
    { text: doc('二〇〇八年三月五日'), why: 'before 2012-07-01 GB/T 9704—1999 wrote dates in Chinese numerals' },
    { text: doc('2024年3月5日', '现将有关事项通知如下。', '\n附件\n\n××规定\n\n第一条　为……制定本规定。\n××委员会\n'), why: 'a forwarded text after the date may open with its own issuers' },
    { text: doc('2024年1月5日'), why: 'the GB/T 9704 7.3.5.4 form' },
    { text: doc('　　　　　　　　2024年12月31日'), why: 'two-digit month and day are not padding; indentation is layout' },
    { text: doc('2024年3月5日', '会议定于2024-03-12 09:00召开，报名截至2024.3.8，详见https://example.gov.cn/2024/01/05/notice。'), why: 'dates in the 正文 are num-date-body-style\'s business, not the 成文日期' },
    { text: doc('2024年3月5日', undefined, colophon('××市教育局办公室　　2024年3月5日印发')), why: 'a correct 印发日期' },
    { text: doc('2024年3月5日', 'Meeting on 2024-01-05 (see Appendix 1.5).'), why: 'an English passage with an ISO date in the body' },
    { text: '# ××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n\n　　现将有关事项通知如下。\n\n××市教育局\n\n2024年1月5日\n', why: 'a Markdown draft with the correct date' },
  ],
  invalid: [
    { text: doc('2025年1月'), found: ['2025年1月'], severity: 'error', message: '年、月、日没有标全' },
    { text: '××街道办事处关于解决社区服务中心建设用地的请示\n\n区人民政府：\n　　恳请区政府协调解决。\n　　妥否，请批示。\n\n2025年6月5日\n××街道办事处\n（联系人：许××，电话：12345678）\n', found: ['2025年6月5日'], severity: 'warning', message: '写在了署名' },
    { text: doc('2025年6月31日'), found: ['2025年6月31日'], severity: 'error', message: '日历上没有这一天', output: null },
    { text: doc('2023年2月29日'), found: ['2023年2月29日'], message: '日历上没有这一天', output: null },
    { text: resolution('（2025.1.16　政协第十三届青岚市委员会第三次会议通过）'), found: ['2025.1.16'], output: resolution('（2025年1月16日　政协第十三届青岚市委员会第三次会议通过）') },
    { text: resolution('（二〇二四年一月十六日政协第十三届青岚市委员会第三次会议通过）'), found: ['二〇二四年一月十六日'], severity: 'error', message: '题注中的通过日期', output: resolution('（2024年1月16日政协第十三届青岚市委员会第三次会议通过）') },
    { text: '二O O六', found: ['二O O六'], message: '“〇”误写', output: null },
    { text: doc('二〇二四年3月5日'), found: ['二〇二四年3月5日'], message: '混用', output: doc('2024年3月5日') },
    { text: doc('二0二四年三月五日'), found: ['二0二四年三月五日'], message: '“〇”误写' },
    { text: doc('二零零九年八月三日'), found: ['二零零九年八月三日'], message: '“〇”误写' },
    { text: '二OO九年', found: ['二OO九年'], output: null },
    { text: '09•10•30', found: ['09•10•30'], message: '未标全称', output: null },
    { text: '11月20日', found: ['11月20日'], message: '没有标全', output: null },
    { text: '××局关于维修校舍的报告\n\n县人民政府：\n　　情况如下。特此报告。\n\n2024年3月5日\n××局', found: ['2024年3月5日'], message: '署名之下', severity: 'warning' },
    { text: doc('二〇二四年一月五日'), found: ['二〇二四年一月五日'], output: doc('2024年1月5日'), severity: 'error', message: '汉字数字' },
    { text: doc('二〇二四年十二月二十一日'), found: ['二〇二四年十二月二十一日'], output: doc('2024年12月21日') },
    { text: doc('2024年01月05日'), found: ['2024年01月05日'], output: doc('2024年1月5日'), message: '虚位' },
    { text: doc('2024.1.5'), found: ['2024.1.5'], output: doc('2024年1月5日') },
    { text: doc('2024-01-05'), found: ['2024-01-05'], output: doc('2024年1月5日') },
    { text: doc('2024/1/5'), found: ['2024/1/5'], output: doc('2024年1月5日') },
    { text: doc('24年1月5日'), found: ['24年1月5日'], output: null, message: '未标全称' },
    { text: doc('2024年1月5'), found: ['2024年1月5'], output: doc('2024年1月5日'), message: '缺“日”字' },
    { text: doc('２０２４年１月５日'), found: ['２０２４年１月５日'], output: doc('2024年1月5日'), severity: 'warning' },
    {
      text: doc('2024年3月5日', undefined, colophon('××市教育局办公室　　2024年03月05日印发')),
      found: ['2024年03月05日'],
      output: doc('2024年3月5日', undefined, colophon('××市教育局办公室　　2024年3月5日印发')),
      message: '印发日期',
    },
    {
      text: doc('2024年3月5日', undefined, colophon('××市教育局办公室　　二〇二四年三月五日')),
      found: ['二〇二四年三月五日'],
      output: doc('2024年3月5日', undefined, colophon('××市教育局办公室　　2024年3月5日')),
    },
  ],
});
