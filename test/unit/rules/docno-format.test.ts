import { ruleCases } from '../helpers/ruleTester';

const doc = (docNo: string, body = '现将有关事项通知如下。') =>
  `××市人民政府文件\n${docNo}\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('docno-format', {
  valid: [
    { text: doc('×府发〔2024〕5号'), why: 'the GB/T 9704 7.2.5 form: 六角括号, full year, no 第, no leading zero, 号' },
    { text: doc('×府办发〔2024〕112号　　签发人：张三'), why: 'a 上行文 number sharing its line with the 签发人' },
    { text: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》（国发〔2013〕1号），现通知如下。'), why: 'a correctly cited number in the body' },
    { text: doc('×府发〔2024〕5号', '根据《××条例》（国务院令第783号），现通知如下。'), why: 'a 令号 legitimately uses 第 and has no year brackets' },
    { text: doc('×府发〔2024〕5号', '按照“十四五”规划（2021—2025年）和2024年3月5日9:00会议精神，详见https://www.gov.cn/zhengce/2024-01/05/content_5号.htm。'), why: 'near-misses: a year range in parentheses, a date and time, a URL with digits and 号' },
    { text: doc('×府发〔2024〕5号', '该案件（2024）京0101民初123号已审结，第（2）项、（3）项另行通知。'), why: 'a court case number and bracketed item numbers are not 发文字号' },
    { text: doc('×府发〔2024〕5号', '来文写的“×府发[2024]第05号”不规范，已退回修改。'), why: 'a number inside quotation marks is someone else\'s text' },
    { text: doc('×府发〔2024〕5号', 'See Document No. [2024] 5 and section (2013) 1 of the English appendix.'), why: 'an English passage with bracketed numbers has no 机关代字 or 号' },
  ],
  invalid: [
    {
      text: doc('×府发[2024]第05号'),
      found: ['×府发[2024]第05号'],
      output: doc('×府发〔2024〕5号'),
      severity: 'error',
      message: '应写作“×府发〔2024〕5号”',
    },
    { text: doc('国办发（2024）12号'), found: ['国办发（2024）12号'], output: doc('国办发〔2024〕12号'), severity: 'error' },
    { text: doc('×府发﹝2024﹞5号'), found: ['×府发﹝2024﹞5号'], output: doc('×府发〔2024〕5号'), message: 'U+FE5D' },
    { text: doc('×府发〔24〕5号'), found: ['×府发〔24〕5号'], output: null, severity: 'error', message: '未标全称' },
    { text: doc('×府发〔２０２４〕５号'), found: ['×府发〔２０２４〕５号'], output: doc('×府发〔2024〕5号'), severity: 'warning' },
    { text: doc('×府发〔2024〕5'), found: ['×府发〔2024〕5'], output: doc('×府发〔2024〕5号'), message: '缺“号”字' },
    { text: doc('×府发【2024】5号　　签发人：张三'), found: ['×府发【2024】5号'], output: doc('×府发〔2024〕5号　　签发人：张三') },
    {
      text: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》(国发[2013]1号)，现通知如下。'),
      found: ['国发[2013]1号'],
      output: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》(国发〔2013〕1号)，现通知如下。'),
      message: '文中引用的发文字号',
    },
    {
      text: doc('×府发〔2024〕5号', '根据国办发[2018]第115号文件精神，现通知如下。'),
      found: ['国办发[2018]第115号'],
      output: doc('×府发〔2024〕5号', '根据国办发〔2018〕115号文件精神，现通知如下。'),
    },
  ],
});
