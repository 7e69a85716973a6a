import { ruleCases } from '../helpers/ruleTester';

const request = (closing: string, title = '××局关于购置执法车辆的请示') =>
  `${title}\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆，所需经费60万元。\n　　${closing}\n\n××局\n2024年3月5日\n`;

ruleCases('closing-request-required', {
  valid: [
    { text: request('妥否，请批示。'), why: 'the full request formula' },
    { text: request('以上意见如无不妥，请批转各地区、各部门执行。'), why: 'the 请示 form of an 意见 to be forwarded (请批转……执行) is a request' },
    { text: request('妥否，请批示。'), why: 'the standard closing' },
    { text: request('以上请示，请予审批。'), why: 'an accepted closing' },
    { text: request('特此请示，请予批复。'), why: 'an accepted closing (seed: 特此请示)' },
    { text: request('当否，请批复。\n　　附件说明另见。'), why: 'the request is among the last three sentences' },
    { text: request('恳请市政府予以支持为盼。'), why: '恳请……支持 asks for approval' },
    { text: request('特此报告。', '××局关于2024年工作情况的报告'), why: 'a 报告 needs no request' },
    { text: request('妥否，请批示。', '××局关于调整学校布局的请示报告'), why: 'a doubled genre is genre-doubled\'s business' },
  ],
  invalid: [
    { text: request('妥否，请示。'), found: ['妥否，请示。'], severity: 'warning', message: '妥否，请批示' },
    // 特此请示。 alone asks for nothing: a hint (the seed accepts 特此请示, with a request after it).
    { text: request('特此请示。'), found: ['特此请示'], severity: 'info', message: '没有提出请求', output: null, suggested: request('妥否，请批示。'), suggestions: ['妥否，请批示。', '当否，请批复。'] },
    { text: request('特此报告。'), found: ['特此报告。'], severity: 'warning', message: '报告的结束语', output: null, suggested: request('妥否，请批示。'), suggestions: ['妥否，请批示。', '当否，请批复。', '报告'] },
    { text: request('特此通知。'), found: ['特此通知。'], output: null, suggested: request('妥否，请批示。')},
    { text: request('以上意见供参考。'), found: ['以上意见供参考。'], output: null, suggestions: ['\n　　妥否，请批示。', '\n　　当否，请批复。', '报告'] },
    { text: request('请领导审阅。'), found: ['请领导审阅。'], output: null, message: '缺少请求性结束语' },
    { text: request('我局将严格按照政府采购规定执行'), found: ['我局将严格按照政府采购规定执行'], output: null},
    { text: request('请按《关于“妥否，请批示”写法的说明》执行。'), found: ['请按《关于“妥否，请批示”写法的说明》执行。'], output: null},
    { text: '××局关于购置执法车辆的请示\r\n\r\n市人民政府：\r\n    为保障执法工作，拟购置执法车辆2辆。\r\n\r\n××局\r\n2024年3月5日\r\n', found: ['为保障执法工作，拟购置执法车辆2辆。'], output: null, suggestions: ['\r\n    妥否，请批示。', '\r\n    当否，请批复。', '报告'] },
  ],
});
