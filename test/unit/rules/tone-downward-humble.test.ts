import { ruleCases } from '../helpers/ruleTester';

const notice = (body: string, to = '各区县教育局：', title = '××市教育局关于做好校园安全工作的通知') =>
  `${title}\n\n${to}\n　　${body}\n　　特此通知。\n\n××市教育局\n2024年3月5日\n`;

ruleCases('tone-downward-humble', {
  valid: [
    { text: notice('请各区县教育局高度重视，认真落实。'), why: '请 is the directing word' },
    { text: notice('恳请市政府予以支持。', '市人民政府：', '××市教育局关于购置校车的请示').replace('特此通知。', '妥否，请批示。'), why: 'a 请示 begs' },
    { text: notice('敬请各位领导拨冗出席。', '市人大常委会办公室，市政协办公室：', '××市教育局关于召开教育工作会议的通知'), why: 'a 通知 to bodies that are not subordinate; 敬请 is courtesy' },
    { text: notice('根据你局《关于恳请解决校舍维修经费的请示》，现批复如下。', '××区教育局：', '××市教育局关于校舍维修经费的批复').replace('特此通知。', '此复。'), why: 'a cited title' },
    { text: `××市交通运输局关于实施交通管制的通告\n\n　　施工期间给市民出行带来不便，敬请谅解。\n　　特此通告。\n\n××市交通运输局\n2024年3月5日\n`, why: 'a 通告 to the public may ask for understanding' },
  ],
  invalid: [
    { text: notice('敬请各地大力支持为盼。', '各省、自治区、直辖市教育厅（教委）：'), found: ['支持为盼'] },
    { text: notice('敬请局属各单位在百忙之中予以大力支持配合为盼。', '局属各单位：', '××县农业农村局关于加强秸秆综合利用工作的指导意见'), found: ['在百忙之中', '配合为盼'] },
    { text: notice('恳请各区县教育局高度重视，认真落实。'), found: ['恳请'], severity: 'warning', suggestions: ['请'], message: '下级机关' },
    { text: notice('拜托各单位务必落实到位。'), found: ['拜托'] },
    { text: notice('万望各校严格执行。', '局属各学校：'), found: ['万望'] },
    { text: notice('同意你局调整学校布局，恳请你局认真组织实施。', '××区教育局：', '××市人民政府关于××区调整学校布局的批复').replace('特此通知。', '此复。'), found: ['恳请'] },
    { text: notice('恳请全市各级各部门以先进为榜样。', '各区县人民政府，市政府各部门：', '××市人民政府关于表扬防汛先进集体的通报').replace('特此通知。', '特此通报。'), found: ['恳请'] },
  ],
});
