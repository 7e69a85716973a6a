import { ruleCases } from '../helpers/ruleTester';

const request = (closing: string) =>
  `××局关于购置执法车辆的请示\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆，需经费40万元。\n　　${closing}\n\n××局\n2024年3月5日\n`;
const report = (closing: string) =>
  `××局关于2023年安全生产工作情况的报告\n\n市人民政府：\n　　现将我局2023年安全生产工作情况报告如下：\n　　全年未发生较大以上安全事故。\n　　${closing}\n\n××局\n2024年1月10日\n`;

ruleCases('closing-mixed', {
  valid: [
    { text: request('妥否，请批示。'), why: 'a 请示 with its own closing' },
    { text: request('以上请示妥否，请批示。'), why: '以上请示 with a request is the 请示 closing' },
    { text: report('特此报告。'), why: 'a 报告 with its own closing' },
    { text: report('以上报告如无不妥，请批准。'), why: 'in a 报告 the request is genre-report-contains-request\'s finding (one finding per fault)' },
    { text: request('特此报告，请予批准。'), why: 'closing-mismatch removes 特此报告 from a 请示 with a certain fix' },
    { text: report('以上报告，请审阅。'), why: '请审阅 asks nothing to be approved' },
    {
      text: '××局关于2023年工作情况的报告\n\n市人民政府：\n　　现将有关情况报告如下，请审阅。\n　　特此报告。\n',
      why: '现将……报告如下 opens a 报告; it is no closing',
    },
    {
      text: report('根据《关于以上报告妥否请批示的写法说明》，特此报告。'),
      why: 'the mixed words stand inside a cited title',
    },
    {
      text: '××局关于市教育局请示办理情况的报告\n\n市人民政府：\n　　市教育局的请示已办结。\n　　关于该请示的办理情况，特此报告。\n',
      why: 'a 请示 named in passing (该请示) is not a 请示 closing word',
    },
  ],
  invalid: [
    { text: request('妥否，请批示。特此报告。').replace('的请示', '的请示报告'), found: ['妥否，请批示。特此报告。'] },
    {
      text: request('以上报告妥否，请批示。'),
      found: ['以上报告妥否，请批示。'],
      severity: 'warning',
      message: '本文是请示',
      suggestions: ['妥否，请批示。'],
    },
    { text: '以上报告如无不妥，请批准。\n', found: ['以上报告如无不妥，请批准。'], suggestions: ['妥否，请批示。', '特此报告。'], message: '条例第十五条（四）' },
    { text: '请示如上，特此报告。\n', found: ['请示如上，特此报告。'] },
    { text: request('以上请示，特此报告。'), found: ['以上请示，特此报告。'], suggestions: ['妥否，请批示。'] },
    // Fragments without a title: both closings are offered.
    { text: '特此请示报告。\n', found: ['特此请示报告。'], suggestions: ['妥否，请批示。', '特此报告。'] },
    { text: '请示如上，特此报告。\n', found: ['请示如上，特此报告。'], suggestions: ['妥否，请批示。', '特此报告。'] },
    { text: '特此报告,请从速批示。', found: ['特此报告,请从速批示。'] },
  ],
});
