import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string, closing: string, title = '××局关于购置执法车辆的请示') =>
  `${title}\n\n市人民政府：\n　　${body}\n　　${closing}\n\n××局\n2024年3月5日\n`;

ruleCases('tone-upward-directive', {
  valid: [
    { text: doc('拟购置执法车辆2辆，请市政府于5月20日前批复。', '妥否，请批示。'), why: 'a date without pressing words' },
    { text: '××局关于征求意见情况的报告\n\n市人民政府：\n　　我局发函征求各单位意见，明确逾期未回复的视为无意见。\n　　特此报告。\n\n××局\n2024年3月5日\n', why: 'reporting what a consultation letter said; no 视为同意 of the superior … still a description' },
    { text: '××局关于2024年工作情况的报告\n\n市人民政府：\n　　我局将尽快解决群众反映的问题，对投诉立即办理。\n　　特此报告。\n\n××局\n2024年3月5日\n', why: 'the writer\'s own actions (将尽快解决), not pressing the superior' },
    { text: doc('拟购置执法车辆2辆。', '妥否，请批示。'), why: 'a request' },
    { text: doc('我局认真组织实施了专项整治行动。', '特此报告。', '××局关于专项整治情况的报告'), why: 'describing one\'s own work is not an order' },
    { text: doc('我局已将市政府通知转发各科室，要求遵照执行。', '特此报告。', '××局关于贯彻落实情况的报告'), why: 'reporting what was asked of subordinates' },
    { text: doc('各科室要认真贯彻执行。', '特此通知。', '××局关于开展安全检查的通知'), why: 'a 通知 may direct' },
    { text: doc('市政府《关于……的通知》要求“请认真贯彻执行”，我局已部署。', '特此报告。', '××局关于贯彻落实情况的报告'), why: 'quoted text' },
  ],
  invalid: [
    { text: doc('请于2025年4月30日前务必给予批复，逾期我公司将按本方案执行。', '妥否，请批示。'), found: ['请于2025年4月30日前务必给予批复', '逾期我公司将按本方案执行'] },
    { text: doc('望上级领导尽快研究，切勿拖延，以免影响秋季开学。', '妥否，请批示。'), found: ['切勿拖延'] },
    { text: doc('以上事项事关全镇防汛安全，请县政府速于4月10日前批复，以免延误工期。', '妥否，请批示。'), found: ['请县政府速于4月10日前批复'] },
    { text: doc('拟扩建码头泊位。请集团务必于4月15日前批复，逾期造成的项目延误由集团负责。', '妥否，请批示。', '××港航分公司关于扩建泊位的请示').replace('市人民政府：', '××交通投资集团有限公司：'), found: ['请集团务必于4月15日前批复', '逾期造成的项目延误由集团负责'] },
    { text: doc('老旧小区改造资金缺口较大，省财政必须在2024年预算中安排专项资金。', '以上意见如无不妥，请批转各地执行。', '××省住房和城乡建设厅关于加快推进老旧小区改造的意见').replace('市人民政府：', '省人民政府：'), found: ['省财政必须在2024年预算中安排专项资金'] },
    { text: doc('拟对老旧小区加装电梯给予补助。请区人民政府务必于5月20日前批复，逾期未批复的，我局将按此方案执行。', '妥否，请批示。'), found: ['请区人民政府务必于5月20日前批复', '逾期未批复的，我局将按此方案执行'] },
    { text: doc('拟购置执法车辆2辆，逾期不复视为同意。', '妥否，请批示。'), found: ['逾期不复视为同意'] },
    { text: doc('拟购置执法车辆2辆。', '请遵照执行。'), found: ['请遵照执行'], severity: 'warning', message: '妥否，请批示', suggestions: ['妥否，请批示。'] },
    { text: doc('今年工作已全部完成。', '以上报告，请认真贯彻落实。', '××局关于2024年工作情况的报告'), found: ['请认真贯彻落实'], suggestions: ['特此报告。'] },
    { text: doc('请认真组织实施。拟购置执法车辆2辆。\n　　以下略。', '妥否，请批示。'), found: ['请认真组织实施'], suggestions: [] },
    { text: doc('拟购置执法车辆2辆，望遵照执行。', '妥否，请批示。'), found: ['望遵照执行'] },
    { text: doc('全年无事故。', '请遵照办理。', '××市人民政府关于提请审议××条例（草案）的议案'), found: ['请遵照办理'], message: '现提请审议' },
  ],
});
