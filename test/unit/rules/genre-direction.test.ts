import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, to: string, body = '现将有关情况通报如下。', closing = '特此通报。', sig = '莲塘县教育局') =>
  `${title}\n\n${to}\n　　${body}\n　　${closing}\n\n${sig}\n2024年5月16日\n`;

ruleCases('genre-direction', {
  valid: [
    { text: doc('莲塘县教育局关于学校食堂安全检查情况的通报', '各乡镇中心学校，县直各学校：'), why: 'a 通报 to subordinates' },
    { text: doc('莲塘县教育局关于学生食物中毒事件处置情况的报告', '白鹭市教育局：', '现将有关情况报告如下。', '特此报告。'), why: 'a 报告 to the superior' },
    { text: doc('莲塘县教育局关于开展安全检查的通知', '莲塘县财政局：', '现将有关事项通知如下。', '特此通知。'), why: 'a peer department (not judged here)' },
    { text: doc('白鹭市人民政府关于同意莲塘县调整学校布局的批复', '莲塘县人民政府：', '你县请示收悉，同意。', '此复。', '白鹭市人民政府'), why: 'a 批复 down to a county' },
    { text: doc('梅岗县人民政府关于提请审议《梅岗县2024年县级预算调整方案》的议案', '梅岗县人民代表大会常务委员会：', '现提请审议。', '', '梅岗县人民政府'), why: 'a 议案 to the 人大常委会' },
    { text: doc('梅岗县人民政府关于2024年县级预算执行情况的报告', '梅岗县人民代表大会常务委员会：', '现将情况报告如下。', '特此报告。', '梅岗县人民政府'), why: 'a 报告 to the 人大常委会 (no 审议 asked)' },
  ],
  invalid: [
    { text: doc('莲塘县教育局关于学生食物中毒事件处置情况的通报', '白鹭市教育局：'), found: ['通报'], severity: 'warning', suggestions: ['报告'], message: '上级机关' },
    { text: doc('莲塘县教育局关于学校安全工作情况的通报', '莲塘县人民政府：'), found: ['通报'] },
    { text: doc('莲塘县教育局关于开展安全检查的通知', '县人民政府：', '现将有关事项通知如下。', '特此通知。'), found: ['通知'] },
    { text: doc('石桥镇人民政府关于防汛工作情况的通报', '莲塘县人民政府：', '现将情况通报如下。', '特此通报。', '石桥镇人民政府'), found: ['通报'] },
    { text: doc('梅岗县人民政府关于提请审议梅岗县2024年县级预算调整方案的请示', '梅岗县人民代表大会常务委员会：', '现提请审议。', '妥否，请批示。', '梅岗县人民政府'), found: ['请示'], suggestions: ['议案'], message: '条例第八条（九）' },
  ],
});
