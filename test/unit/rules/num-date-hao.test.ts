import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××区城市管理局关于建设路部分路段封闭施工的通告\n\n　　${body}\n　　特此通告。\n\n××区城市管理局\n2024年6月20日\n`;

ruleCases('num-date-hao', {
  valid: [
    { text: doc('自2024年7月1日起封闭施工。'), why: '日' },
    { text: doc('请到6月3号楼办理。'), why: '3号楼 is a building (and 6月 is not followed by a day)' },
    { text: doc('地铁5号线7月1日起调整运营时间。'), why: '5号线 has no 月 before it' },
    { text: doc('根据市政府2024年第3号令执行。'), why: 'a 令 number' },
    { text: doc('市民可拨打“7月1号前报名”热线咨询。'), why: 'quoted text' },
    { text: doc('7月12号楼东侧道路封闭。'), why: '12号楼 is a building' },
  ],
  invalid: [
    { text: doc('自7月1号起封闭施工。'), found: ['7月1号'], severity: 'warning', message: '7月1日', output: null, suggested: doc('自7月1日起封闭施工。') },
    { text: doc('施工期为7月1号至8月31号。'), found: ['7月1号', '8月31号'] },
    { text: doc('定于十月八号召开会议。'), found: ['十月八号'], message: '十月八日' },
    { text: doc('请于12月20号前报送。'), found: ['12月20号'] },
    { text: doc('于６月５号完成。'), found: ['６月５号'] },
  ],
});
