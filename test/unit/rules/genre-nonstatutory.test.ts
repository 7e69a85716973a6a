import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, closing = '特此报告。') => `${title}\n\n市人民政府：\n　　2024年，我局认真履行职责，各项工作取得新进展。\n　　${closing}\n\n××局\n2024年12月5日\n`;

ruleCases('genre-nonstatutory', {
  valid: [
    { text: doc('××局关于2024年工作情况的报告'), why: 'the statutory form the seed recommends for a 工作总结' },
    { text: doc('××局关于2025年工作的意见', '以上意见，请结合实际认真贯彻执行。'), why: 'the seed\'s form for 工作打算/安排/计划' },
    { text: doc('××局关于印发《2025年工作要点》的通知', '特此通知。'), why: '要点 inside 《》 is the attachment, the genre is 通知' },
    { text: doc('××局关于购置执法车辆的申请报告', '妥否，请批示。'), why: '申请报告 ends with 报告: genre-doubled reports it, not this rule' },
    { text: doc('关于开展安全生产大检查', '特此通知。'), why: 'no genre at all is genre-title-missing-genre\'s' },
    { text: doc('××局关于调整工作计划的通知', '特此通知。'), why: '计划 inside the 事由 is not the genre word' },
  ],
  invalid: [
    { text: '××局关于成立领导小组的申请书', found: ['申请书'], severity: 'error' },
    { text: '关于召开全县安全生产会议的安排意见', found: ['安排意见'], severity: 'warning' },
    { text: doc('某某局2024年工作总结'), found: ['工作总结'], severity: 'warning', message: '报告', suggestions: ['某某局关于2024年工作情况的报告'] },
    { text: doc('××市交通运输局2024年安全生产工作总结'), found: ['工作总结'], suggestions: ['××市交通运输局关于2024年安全生产工作情况的报告'] },
    { text: doc('关于购置执法车辆的申请', '妥否，请批示。'), found: ['申请'], severity: 'error', message: '请示', suggestions: ['关于购置执法车辆的请示', '关于购置执法车辆的函'] },
    { text: doc('××局2025年工作要点', '特此通知。'), found: ['工作要点'], severity: 'warning', suggestions: ['××局关于印发《2025年工作要点》的通知', '××局关于2025年工作的意见'] },
    { text: doc('××局2025年工作计划', '特此通知。'), found: ['工作计划'], suggestions: ['××局关于2025年工作的意见', '××局关于印发《2025年工作计划》的通知'] },
    { text: doc('××局关于上半年工作情况的汇报'), found: ['汇报'], severity: 'error', suggestions: ['××局关于上半年工作情况的报告'] },
    { text: doc('××局安全生产工作方案', '特此通知。'), found: ['工作方案'], suggestions: ['××局关于印发《安全生产工作方案》的通知', '××局关于安全生产工作的意见'] },
    { text: doc('××局关于××问题的情况说明'), found: ['情况说明'], suggestions: ['××局关于××问题情况的报告', '××局关于××问题情况的函'] },
    { text: doc('××市教育局关于\n购置执法车辆的申请', '妥否，请批示。'), found: ['申请'], suggestions: ['请示', '函'] },
  ],
});
