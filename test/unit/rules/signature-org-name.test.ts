import { ruleCases } from '../helpers/ruleTester';

const doc = (sig: string, title = '××市住房和城乡建设局关于安排燃气管道改造资金的请示', closing = '妥否，请批示。') =>
  `${title}\n\n××市人民政府：\n　　尚有1.5亿元缺口需市级财政安排。\n　　${closing}\n\n${sig}\n2024年7月8日\n`;

ruleCases('signature-org-name', {
  valid: [
    { text: doc('××市发改委', '××市发展和改革委员会关于开展价格检查的通知', '特此通知。'), why: 'a standard short form' },
    { text: doc('市教育局', '××市教育局关于开展安全检查的通知', '特此通知。'), why: 'the short form without the place' },
    { text: doc('国务院办公厅', '国务院办公厅转发民政部关于清理整顿社会团体意见的通知', '特此通知。'), why: 'the issuer of a forwarding title stands before 转发' },
    { text: doc('××市住房和城乡建设局'), why: 'the issuing body' },
    { text: doc('××市住建局'), why: 'a standard short form' },
    { text: '××省人民政府令\n第158号\n\n　　《××省××办法》已经省政府常务会议通过，现予公布，自公布之日起施行。\n\n省长　王××\n2024年3月5日\n', why: 'a 令 is signed by the head of government' },
    { text: doc('××市人民政府', '××市人民政府关于提请审议《××条例（草案）》的议案', '请予审议。').replace('××市人民政府：', '××市人民代表大会常务委员会：') + '\n市长　李××\n', why: 'an 议案 carries its head of government' },
    { text: doc('××市住房和城乡建设局办公室', '××市住房和城乡建设局办公室关于报送统计数据的报告', '特此报告。'), why: 'an office is a body' },
  ],
  invalid: [
    { text: doc('××市财政局', '××市教育局关于开展安全检查的通知', '特此通知。'), found: ['××市财政局'], message: '不一致' },
    { text: doc('××市人民政府', '××市人民政府办公室关于开展安全检查的通知', '特此通知。'), found: ['××市人民政府'] },
    { text: doc('局长　张建国'), found: ['局长　张建国'], severity: 'warning', message: 'GB/T 9704' },
    { text: doc('××市教育局局长 李明', '××市教育局关于2024年工作情况的报告', '特此报告。'), found: ['××市教育局局长 李明'] },
    { text: doc('校长　王××', '××中学关于增设教学班的请示'), found: ['校长　王××'] },
    { text: doc('主任　赵××', '××市发展改革委关于开展价格检查的通知', '特此通知。'), found: ['主任　赵××'] },
    { text: doc('总经理　刘××', '××集团关于调整作息时间的通知', '特此通知。'), found: ['总经理　刘××'] },
  ],
});
