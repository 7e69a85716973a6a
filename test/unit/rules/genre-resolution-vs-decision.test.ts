import { ruleCases } from '../helpers/ruleTester';

const doc = (sub: string, first = '会议听取了××同志代表常务委员会所作的工作报告。') =>
  `中国共产党××市第十三次代表大会关于市委工作报告的决议\n${sub ? '\n' + sub + '\n' : ''}\n　　${first}\n　　会议号召，全市上下团结奋斗。\n`;

ruleCases('genre-resolution-vs-decision', {
  valid: [
    { text: '全国人民代表大会常务委员会关于设立全国法治宣传日的决定\n\n　　为加强法治宣传，决定设立全国法治宣传日。\n', why: 'a 决定 on a matter, not on a report' },
    { text: '××市人民政府关于表彰2024年度安全生产工作先进单位的决定\n\n　　经研究，决定予以表彰。\n', why: 'not a meeting' },
    { text: '××市第十六届人民代表大会第三次会议关于××市2023年国民经济和社会发展计划执行情况与2024年计划的决议\n\n（2024年1月20日××市第十六届人民代表大会第三次会议通过）\n\n　　会议批准计划。\n', why: 'a 决议 with its meeting' },
    { text: doc('（2024年3月5日中国共产党××市第十三次代表大会通过）'), why: 'the subtitle names the meeting that passed it' },
    { text: doc('', '中国共产党××市第十三次代表大会审议通过了市委工作报告。'), why: 'the text says the meeting passed it' },
    { text: doc('', '大会经过认真讨论，通过了市委工作报告。'), why: '大会……通过' },
    { text: doc('（××市第十六届人民代表大会第三次会议2024年1月20日通过）'), why: 'a 人大 session' },
    { text: '××局关于表彰先进集体的决定\n\n各科室：\n　　为表彰先进，经研究，决定授予……称号。\n\n××局\n2024年3月5日\n', why: 'a 决定 needs no meeting' },
  ],
  invalid: [
    { text: '中国共产党临江市第十二次代表大会关于中共临江市第十一届委员会报告的决定\n\n　　大会同意报告。\n', found: ['决定'], severity: 'warning', suggestions: ['决议'], message: '决议' },
    { text: '××市第十六届人民代表大会第三次会议关于政府工作报告的决定\n\n　　会议批准这个报告。\n', found: ['决定'] },
    { text: doc(''), found: ['决议'], severity: 'warning', suggestions: ['决定'] },
    { text: doc('', '市委决定，全市开展作风建设年活动。'), found: ['决议'], message: '条例第八条（一）' },
    { text: doc('（2024年3月5日）'), found: ['决议'] },
    { text: '××局党组关于加强作风建设的决议\n\n　　为加强作风建设，局党组研究决定如下：\n　　一、严格考勤。\n\n××局党组\n2024年3月5日\n', found: ['决议'], suggestions: ['决定'] },
    { text: '---\ngenre: 决议\n---\n××局党组关于加强作风建设的安排\n\n　　一、严格考勤。\n\n××局党组\n2024年3月5日\n', found: ['××局党组关于加强作风建设的安排'], suggestions: [] },
  ],
});
