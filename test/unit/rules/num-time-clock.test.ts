import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××县人民政府办公室关于召开全县安全生产工作会议的通知\n\n各乡镇人民政府：\n　　${body}\n　　特此通知。\n\n××县人民政府办公室\n2024年12月2日\n`;

ruleCases('num-time-clock', {
  valid: [
    { text: doc('比例尺为1∶500，比分为3∶15。'), why: 'ratios, no time around them' },
    { text: doc('会议定于12月5日14时30分在县政府三楼会议室召开。'), why: 'the 24-hour clock alone' },
    { text: doc('会议定于12月5日下午2时30分召开。'), why: 'the 12-hour clock with 下午' },
    { text: doc('会议定于上午9时召开，下午继续。'), why: 'a morning hour' },
    { text: doc('中午12时30分集合。'), why: '12 is noon on either clock' },
    { text: doc('要求“下午14时前报到”的说法不对。'), why: 'quoted text' },
  ],
  invalid: [
    { text: doc('座谈会预计于11∶15结束。'), found: ['∶'], message: '11∶15' },
    { text: doc('会议定于下午14时30分在县政府三楼会议室召开。'), found: ['下午14时'], severity: 'warning', message: '下午', output: null, suggested: doc('会议定于14时30分在县政府三楼会议室召开。') },
    { text: doc('晚上18:30在行政楼开会。'), found: ['晚上18:30'] },
    { text: doc('凌晨23点前完成转移。'), found: ['凌晨23点'] },
    { text: doc('傍晚17时前到达。'), found: ['傍晚17时'] },
    { text: doc('下午１５时召开。'), found: ['下午１５时'] },
  ],
});
