import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-dash', {
  valid: [
    { text: doc('截至2023-12-31，执行GB/T 7408-2005标准。'), why: 'a dashed date and a standard’s number' },
    { text: doc('这项工作——防汛准备——必须提前完成。'), why: 'a proper 破折号' },
    { text: doc('实施2023—2025年行动计划，开通北京—上海航线。'), why: 'a 一字线 for 起止' },
    { text: doc('执行GB/T 15834-2011标准，联系电话010-12345678。'), why: 'hyphens in codes and phone numbers' },
    { text: '××局关于报送材料的通知\n\n各科室：\n　　请报送材料。\n---\n　　附后。\n', why: 'a Markdown rule line' },
    { text: doc('使用命令wenmi --fix修复。'), why: 'a command-line option, not a dash between Chinese' },
    { text: doc('沿京津冀—长三角一线布设。'), why: 'a single 一字线 between short place names is a 连接号' },
  ],
  invalid: [
    { text: doc('2023-2025年，全市累计安排资金128亿元；会议于10月18日-22日举行。'), found: ['-', '-'], suggestions: ['—'] },
    { text: doc('这项工作--防汛准备--必须提前完成。'), found: ['--', '--'], output: doc('这项工作——防汛准备——必须提前完成。') },
    { text: doc('实施2023——2025年行动计划。'), found: ['——'], output: doc('实施2023—2025年行动计划。') },
    { text: doc('这项工作－－防汛准备必须提前完成。'), found: ['－－'], output: doc('这项工作——防汛准备必须提前完成。') },
    { text: doc('开通北京-上海航线。'), found: ['-'], output: null, suggestions: ['—'], severity: 'info' },
    { text: doc('各单位必须高度重视—防汛工作关系人民生命安全。'), found: ['—'], output: null, suggestions: ['——'] },
  ],
});
