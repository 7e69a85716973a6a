import { ruleCases } from '../helpers/ruleTester';

const doc = (recipients: string, title = '××市教育局关于增拨校舍维修经费的请示', closing = '妥否，请批示。') =>
  `${title}\n\n${recipients}\n　　为保障学生安全，拟对5所学校校舍进行维修，需经费200万元。\n　　${closing}\n\n××市教育局\n2024年3月5日\n`;

ruleCases('route-upward-single-recipient', {
  valid: [
    { text: doc('市人民政府：'), why: 'one superior' },
    { text: doc('中共××市委员会办公室：'), why: 'one body, however long' },
    { text: doc('各区教育局、市直各学校：', '××市教育局关于做好2024年招生工作的通知', '特此通知。'), why: 'a 通知 is a downward document' },
    { text: doc('市人民政府：').replace('市人民政府：\n', '市人民政府：\n　　抄送市财政局、市发展改革委。\n'), why: '抄送 bodies in the 正文 are not 主送' },
    { text: doc('中共××市委办公室（市政府办公室，合署办公）：'), why: 'a comma inside brackets does not separate bodies' },
    { text: doc('××区财政局、××区发展改革委：', '××区教育局关于商请追加经费的函', '请予支持为盼。'), why: 'a 函 may go to several peers' },
  ],
  invalid: [
    { text: doc('市人民政府、市财政局：'), found: ['市人民政府、市财政局'], severity: 'warning', message: '条例第十五条（一）', suggestions: ['市人民政府', '市财政局'] },
    { text: doc('市委，市政府：'), found: ['市委，市政府'], suggestions: ['市委', '市政府'] },
    { text: doc('市人民政府，\n市财政局：'), found: ['市人民政府，\n市财政局'], suggestions: ['市人民政府', '市财政局'] },
    { text: doc('市人民政府、市财政局、市发展改革委：'), message: '3个机关', suggestions: ['市人民政府', '市财政局', '市发展改革委'] },
    { text: doc('市人民政府、市安委会：', '××市交通运输局关于2024年安全生产工作情况的报告', '特此报告。'), found: ['市人民政府、市安委会'], severity: 'info', message: '报告可以主送几个' },
    { text: doc('市人民代表大会常务委员会、市政协：', '××市人民政府关于提请审议××条例（草案）的议案', '现提请审议。'), severity: 'info' },
  ],
});
