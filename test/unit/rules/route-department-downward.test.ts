import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, recipients: string, body = '现将有关情况通报如下。', sig = '××市财政局') =>
  `${title}\n\n${recipients}\n　　${body}\n\n${sig}\n2024年3月5日\n`;

ruleCases('route-department-downward', {
  valid: [
    { text: doc('××市财政局关于商请报送预算执行情况的函', '各区、县人民政府：', '请于3月20日前报送。'), why: 'a 函 is how a department asks a lower government (条例第十六条（四）)' },
    { text: doc('××市财政局关于预算执行情况的通报', '各区、县人民政府：', '经市人民政府同意，现将有关情况通报如下。'), why: 'with its government’s consent, stated in the text' },
    { text: doc('××市人民政府关于预算执行情况的通报', '各区、县人民政府：', '现将有关情况通报如下。', '××市人民政府'), why: 'the government itself writes to the lower governments' },
    { text: doc('××市人民政府办公室关于做好防汛工作的通知', '各区、县人民政府：', '经市政府同意，现通知如下。', '××市人民政府办公室'), why: 'the government’s office is no working department' },
    { text: doc('××市财政局关于预算执行情况的通报', '各区、县财政局：'), why: 'a department to the departments of its own line below' },
    { text: doc('××区发改委对区政协第22-140号提案的会办意见', '安亭镇人民政府：', '现将会办意见函告如下。', '××区发改委'), why: 'a 会办意见 on a 提案 is a reply between offices' },
  ],
  invalid: [
    { text: doc('××市财政局关于预算执行情况的通报', '各区、县人民政府：'), found: ['县人民政府'], severity: 'warning', message: '条例第十六条（四）', suggestions: ['函'] },
    { text: doc('××县教育局关于做好学校安全工作的通知', '各乡镇人民政府：', '现将有关事项通知如下。', '××县教育局'), found: ['镇人民政府'] },
    { text: doc('××市卫生健康委员会关于加强疫苗管理的意见', '各县（市、区）人民政府：', '提出如下意见。', '××市卫生健康委员会'), found: ['县（市、区）人民政府'] },
    { text: doc('××省自然资源厅关于耕地保护督察情况的通报', '各市人民政府：', '现将有关情况通报如下。', '××省自然资源厅'), found: ['市人民政府'] },
    { text: doc('××市应急管理局关于表彰先进的决定', '各区人民政府，市直各单位：', '决定予以表彰。', '××市应急管理局'), found: ['区人民政府'] },
  ],
});
