import { ruleCases } from '../helpers/ruleTester';

const doc = (closing: string) => `××局关于购置执法车辆的请示\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆。\n　　${closing}\n\n××局\n2024年3月5日\n`;

ruleCases('closing-punctuation', {
  valid: [
    { text: doc('妥否，请批示。'), why: 'the standard form' },
    { text: doc('当否，请批复。'), why: 'the standard form' },
    { text: doc('以上请示，请予审批。'), why: 'another accepted closing' },
    { text: doc('特此请示，请予批复。'), why: 'another accepted closing' },
    { text: '××局关于××的通知\n\n各科室：\n　　《关于“妥否？请批示！”写法的说明》已印发。\n　　特此通知。\n', why: 'the faulty phrase inside a cited title is not the document\'s own closing' },
  ],
  invalid: [
    { text: '××区人民政府关于2024年工作情况的报告\n\n市人民政府：\n　　全年完成各项任务。\n　　特此报告，\n\n××区人民政府\n2025年1月5日\n', found: ['特此报告，'], severity: 'warning', output: '××区人民政府关于2024年工作情况的报告\n\n市人民政府：\n　　全年完成各项任务。\n　　特此报告。\n\n××区人民政府\n2025年1月5日\n' },
    { text: '××市人民政府关于同意××县调整规划的批复\n\n××县人民政府：\n　　同意你县调整规划。\n　　此复\n\n××市人民政府\n2025年1月5日\n', found: ['此复'], severity: 'info' },
    { text: doc('妥否？请批示！'), found: ['妥否？请批示！'], output: doc('妥否，请批示。') },
    { text: doc('当否?请批复!'), found: ['当否?请批复!'], output: doc('当否，请批复。') },
    { text: doc('妥否，请批示！'), found: ['妥否，请批示！'], output: doc('妥否，请批示。') },
    { text: doc('妥否。请批示。'), found: ['妥否。请批示。'], output: doc('妥否，请批示。') },
    { text: doc('妥否请批示。'), found: ['妥否请批示。'], output: doc('妥否，请批示。') },
    { text: '××局关于××的通知\n\n各科室：\n　　请按时报送。\n　　特此通知！\n', found: ['特此通知！'], output: '××局关于××的通知\n\n各科室：\n　　请按时报送。\n　　特此通知。\n' },
  ],
});
