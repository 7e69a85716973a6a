import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, body: string, recipients = '市人民政府：') =>
  `${title}\n\n${recipients}\n　　${body}\n\n××局\n2024年3月5日\n`;

ruleCases('address-direction', {
  valid: [
    { text: doc('临江市自然资源和规划局关于同意市教育局临时使用储备地块的复函', '你局《关于商请临时使用储备地块的函》收悉。经研究，同意你局临时使用。', '市教育局：'), why: 'an approving 复函 addresses the applicant' },
    { text: doc('市政府关于吴中区越溪街道部分道路地名的复函', '你们上报的《关于申请部分道路地名命名的函》收悉。同意命名。', '吴中区人民政府越溪街道办事处：'), why: 'a city government answering a district\'s 街道办事处: 你们 names a lower level' },
    { text: doc('××县交通运输局关于县政协第40号提案的答复', '你们提出的关于加快乡村道路建设的提案收悉。现答复如下。', '××同志：'), why: 'an answer to a member\'s 提案 speaks to persons' },
    { text: '国务院办公厅关于同意建立养老服务部际联席会议制度的函\n\n民政部：\n　　你部关于建立养老服务部际联席会议制度的请示收悉。经国务院同意，现函复如下。\n\n国务院办公厅\n2019年7月27日\n', why: 'a general office of the State Council speaks down to a ministry' },
    { text: doc('××局关于购置执法车辆的请示', '拟购置执法车辆2辆，恳请市政府予以支持。\n　　妥否，请批示。'), why: 'names the superior' },
    { text: doc('××区教育局关于商请追加经费的函', '商请贵局追加经费50万元。\n　　请予支持为盼。', '××区财政局：'), why: '贵局 to a peer' },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '你区《关于调整学校布局的请示》收悉。\n　　此复。', '××区人民政府：'), why: '你区 to a subordinate' },
    { text: doc('国务院办公厅关于同意××市调整行政区划的函', '你省《关于××市调整行政区划的请示》收悉。\n　　此复。', '××省人民政府：'), why: 'a 函 answering a 请示 addresses a subordinate' },
    { text: doc('××局关于2024年工作情况的报告', '市领导“你们要抓好安全”的指示，我局认真落实。\n　　特此报告。'), why: 'quoted words are not the document\'s own' },
    { text: doc('××局关于开展对口支援的通知', '贵州省××县的对口支援工作要抓实抓细。\n　　特此通知。', '各科室：'), why: '贵州 is a place name' },
  ],
  invalid: [
    { text: doc('××省人力资源和社会保障厅关于××大学设立博士后流动站有关问题的复函', '你校《关于设立博士后流动站有关问题的函》收悉。你校可在2025年申报期内提交材料。', '××大学：'), found: ['你校', '你校'], severity: 'info' },
    { text: doc('××市交通运输局关于商请提供管网资料的函', '请你们于6月10日前提供资料。', '××省自然资源厅：'), found: ['你们'], severity: 'warning' },
    { text: doc('××局关于购置执法车辆的请示', '请你们尽快批复。\n　　妥否，请批示。'), found: ['你们'], severity: 'warning', message: '上级机关' },
    // Two bodies of one level: published 函 write 你局 as often as 贵局, so a hint.
    { text: doc('××区教育局关于商请追加经费的函', '请你局于5月10日前函复。', '××区财政局：'), found: ['你局'], severity: 'info', suggestions: ['贵局'] },
    { text: doc('××县教育局关于商请支持的函', '请你局于5月10日前函复。', '××市财政局：'), found: ['你局'], severity: 'warning', suggestions: ['贵局'] },
    { text: doc('××区教育局关于商请追加经费的函', '你单位《关于经费的函》收悉，请你们支持。', '××区财政局：'), found: ['你单位', '你们'], suggestions: ['贵单位'] },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '贵区《关于调整学校布局的请示》收悉。\n　　此复。', '××区人民政府：'), found: ['贵区'], severity: 'info', suggestions: ['你区'] },
    { text: doc('××局关于2024年工作情况的报告', '你局交办的事项已办结。\n　　特此报告。'), found: ['你局'] },
  ],
});
