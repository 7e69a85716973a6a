import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) =>
  `××市人民政府办公室关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府办公室\n2024年3月5日\n`;

ruleCases('cite-title-before-number', {
  valid: [
    { text: doc('根据《国务院办公厅关于加强防汛工作的通知》（国办发〔2024〕5号）精神，现通知如下。'), why: 'title first, then the number' },
    { text: doc('根据《××条例》（国务院令第783号），现通知如下。'), why: 'a 令号 citation' },
    { text: doc('根据2024年3月5日会议精神和1号文件要求，现通知如下。'), why: 'near-misses: dates and 1号文件 without a 发文字号' },
    { text: doc('有的单位写成“根据国办发〔2024〕5号文件”，不够规范。'), why: 'quoted as an example' },
    { text: doc('According to Document [2024] 5, see https://example.gov.cn/根据/2024.'), why: 'English text and a URL' },
  ],
  invalid: [
    { text: doc('根据国办发〔2018〕115号文件精神，现通知如下。'), found: ['国办发〔2018〕115号文件'], severity: 'warning', message: '先引标题' },
    { text: doc('按照×府发〔2024〕5号要求，现通知如下。'), found: ['×府发〔2024〕5号'] },
    { text: doc('依据国发[2013]1号文，现通知如下。'), found: ['国发[2013]1号文'] },
    { text: doc('参照×教发〔2023〕12号文件执行。'), found: ['×教发〔2023〕12号文件'] },
    { text: doc('遵照省政府办公厅×政办发〔2024〕3号文件精神，现通知如下。'), found: ['省政府办公厅×政办发〔2024〕3号文件'] },
  ],
});
