import { ruleCases } from '../helpers/ruleTester';

const doc = (...body: string[]) =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　现将有关事项通知如下：\n${body.map((b) => `　　${b}\n`).join('')}　　特此通知。\n\n××市教育局\n2024年3月5日\n`;
const allowSkip = { rules: { 'heading-numbering-order': { options: { allowSkipLevel: true } } } };

ruleCases('heading-numbering-order', {
  valid: [
    { text: '××市2024年统计公报\n　　一、综合\n　　全年地区生产总值增长5.6%。\n　　注：1.本公报中部分数据为初步统计数。\n　　2.部分数据因四舍五入，存在总计与分项合计不等的情况。\n', why: 'the first item runs on after its lead-in (注：1.……)' },
    { text: '二、重点任务\n（一）加快推进数字政府建设。\n（二）深化“一网通办”改革。\n三、保障措施\n（一）加强组织领导。\n', why: 'a text that opens with a heading is an excerpt: its numbering starts where it does' },
    { text: doc('一、总体要求', '1.加强领导。', '（1）细化分工。'), config: allowSkip, why: '（1） under 1. is the fourth level in its place' },
    { text: doc('一、总体要求', '（一）指导思想', '（二）工作目标', '二、主要任务', '（三）排查隐患'), why: 'State Council documents number （一）…（三十六） straight through their sections' },
    { text: doc('一、总体要求', '（一）指导思想', '1.加强领导。', '2.明确责任。', '（二）工作目标', '二、主要任务', '（一）排查隐患'), why: 'four levels in order; each parent restarts its children at 1' },
    { text: doc('一、会议时间', '3月12日上午。', '二、会议地点', '市政府第一会议室。', '三、参会人员'), why: 'consecutive first-level headings separated by body text' },
    { text: doc('1.请于3月8日前报送回执。', '2.请提前15分钟到达会场。'), why: 'a short notice numbered with 1. 2. only' },
    { text: doc('一、总体要求', '1.加强领导。', '2.明确责任。', '二、主要任务', '1.排查隐患。'), config: allowSkip, why: 'a two-level 一、 / 1. document with allowSkipLevel: true' },
    { text: doc('一、总体要求', '2024年完成1.5万户改造。', '二、主要任务', '3、4月份集中检查。'), why: 'near-misses: numbers and dates at a line start are not headings' },
    { text: doc('一、总体要求', '（一）指导思想', '（二）工作目标', '（三）基本原则', '二、保障措施'), why: 'consecutive second-level headings' },
    { text: doc('1.请于3月8日前报送回执。', '2.请提前到达会场。', '一、会议时间', '二、会议地点'), why: 'a short list of 1. items before the first section is an introduction, not an inversion' },
  ],
  invalid: [
    { text: '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　现通知如下。\n　　二、重点任务\n　　三、保障措施\n\n××市人民政府\n2024年3月5日\n', found: ['二、'] },
    { text: doc('(1)设立县级市标准', '(2)设立地级市标准'), found: ['(1)'], severity: 'info', message: '第四层' },
    { text: doc('一、总体要求', '三、主要任务'), found: ['三、'], suggestions: ['二、'], severity: 'warning', message: '不连续' },
    { text: doc('一、总体要求', '二、主要任务', '二、保障措施'), found: ['二、'], suggestions: ['三、'], message: '重复' },
    { text: doc('一、总体要求', '（二）指导思想'), found: ['（二）'], suggestions: ['（一）'], message: '从头编号' },
    { text: doc('一、总体要求', '（一）指导思想', '（二）工作目标', '二、主要任务', '（五）排查隐患'), found: ['（五）'], suggestions: ['（一）'] },
    { text: doc('一、总体要求', '（1）指导思想'), found: ['（1）'], severity: 'warning', message: '越过了' },
    { text: doc('一、总体要求', '1.加强领导。', '（一）指导思想'), found: ['1.', '（一）'], message: '越过了第二层' },
    { text: doc('一、总体要求', '1.加强领导。', '（一）指导思想'), found: ['（一）'], config: allowSkip, message: '层次倒置' },
    { text: doc('（一）指导思想', '1.加强领导。', '一、总体要求'), found: ['一、'], message: '层次倒置' },
    { text: doc('一、总体要求', '三、主要任务', '二、保障措施'), found: ['三、', '二、'] },
    { text: doc('一、总体要求', '1.加强领导。', '2.明确责任。'), found: ['1.'], severity: 'info', message: 'allowSkipLevel' },
  ],
});
