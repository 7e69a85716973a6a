import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n各区人民政府：\n　　请立即部署防汛工作。\n　　特此通知。\n\n××市人民政府\n2024年6月5日\n`;

ruleCases('title-urgency-in-title', {
  valid: [
    { text: doc('××市人民政府关于做好防汛工作的紧急通知'), why: '紧急通知 is accepted practice' },
    { text: '特急\n\n××市人民政府关于做好防汛工作的通知\n\n各区人民政府：\n　　特此通知。\n\n××市人民政府\n2024年6月5日\n', why: '特急 in the 版头 is where it belongs' },
    { text: doc('××市人民政府关于做好防汛工作的补充通知'), why: 'no urgency word' },
    { text: doc('××市人民政府关于加快急救体系建设的通知'), why: '急救 is not an urgency mark' },
    { text: doc('××市卫健委关于加强急诊急救工作的通知'), why: '急诊急救 is not 急件' },
  ],
  invalid: [
    { text: doc('特急：××市人民政府关于做好防汛工作的通知'), found: ['特急：'], severity: 'info', suggestions: [''] },
    { text: doc('加急　××市人民政府关于做好防汛工作的通知'), found: ['加急　'], suggestions: [''] },
    { text: doc('××市人民政府关于做好防汛工作的通知（特急）'), found: ['特急'], message: '条例第九条（三）' },
    { text: doc('急件：关于做好防汛工作的通知'), found: ['急件：'] },
    { text: doc('××市人民政府关于做好防汛工作的加急通知'), found: ['加急'] },
  ],
});
