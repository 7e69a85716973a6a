import { ruleCases } from '../helpers/ruleTester';

const doc = (colophon: string, body = '现将有关事项通知如下。') =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n\n${colophon}抄送：市委办公室。\n××市人民政府办公室　　2024年3月5日印发\n`;

ruleCases('obsolete-zhutici', {
  valid: [
    { text: doc(''), why: 'a 版记 without 主题词' },
    { text: doc('', '本次会议的主题词是“安全”，各单位要围绕主题开展工作。'), why: '主题词 in the middle of a sentence' },
    { text: doc('', '“主题词”已取消，不再标注。'), why: 'a line starting with a quotation mark is not a 主题词 line' },
    { text: doc('', '主题鲜明，内容丰富。'), why: '主题 without 词' },
    { text: doc('', 'Keywords: flood control, safety.'), why: 'an English keywords line' },
  ],
  invalid: [
    { text: doc('主题词：防汛　安全　通知\n'), found: ['主题词：防汛　安全　通知'], output: null, suggested: doc(''), severity: 'warning', message: '删除了主题词' },
    { text: doc('主题词:防汛 通知\n'), found: ['主题词:防汛 通知'], output: null, suggested: doc('')},
    { text: doc('主 题 词：防汛　通知\n'), found: ['主 题 词：防汛　通知'], output: null, suggested: doc('')},
    { text: doc('　　主题词：防汛　通知\n'), found: ['主题词：防汛　通知'], output: null, suggested: doc('')},
    {
      text: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n\n××市人民政府\n2024年3月5日\n\n抄送：市委办公室。\n主题词：防汛　通知',
      found: ['主题词：防汛　通知'],
      output: null, suggested: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n\n××市人民政府\n2024年3月5日\n\n抄送：市委办公室。',
    },
    {
      text: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n\n××市人民政府\n2024年3月5日\n\n主题词：防汛　通知\n抄送:市委办公室',
      found: ['主题词：防汛　通知'],
      output: null, suggested: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现将有关事项通知如下。\n\n××市人民政府\n2024年3月5日\n\n抄送:市委办公室',
    },
  ],
});
