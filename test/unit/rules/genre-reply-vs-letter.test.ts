import { ruleCases } from '../helpers/ruleTester';

const reply = (title: string, opening: string, closing = '此复。', sig = '××市人民政府') =>
  `${title}\n\n××区人民政府：\n　　${opening}\n　　一、同意你区调整学校布局。\n　　${closing}\n\n${sig}\n2024年3月5日\n`;

ruleCases('genre-reply-vs-letter', {
  valid: [
    { text: reply('福建省物价局关于收取管外自备车服务费的批复', '你公司《关于请求批复收取管外自备车服务费的函》收悉。经研究，批复如下：'), why: 'a 函 that asks for approval is answered by a 批复 in 审批 practice' },
    { text: reply('××市人民政府关于××区调整学校布局的批复', '你区《关于调整学校布局的请示》（×政〔2024〕5号）及有关补充报告收悉。现批复如下：'), why: 'a 请示 with its supplementary 报告' },
    { text: reply('××市人民政府关于××区调整学校布局的批复', '你区《关于调整学校布局的请示报告》（×政〔2024〕5号）收悉。现批复如下：'), why: 'a doubled 请示报告 asks (genre-doubled is the sender\'s fault)' },
    { text: '东川市人民政府关于推进城市更新的实施意见', why: 'an 意见 on a matter of its own' },
    { text: '东川市人民政府办公室关于南湖区城市更新计划的意见', why: 'a general office' },
    { text: '东川市教育局关于南湖区学校布局调整方案的意见', why: 'a department, not a government: the line is not known' },
    { text: '××市人民政府关于同意××县调整城市总体规划的通知\n\n各县（区）人民政府，市政府各部门：\n　　市政府同意××县调整城市总体规划，现予通知。\n\n××市人民政府\n2024年3月5日\n', why: 'an approval made known to many bodies' },
    { text: '××市教育局关于同意市第一中学开设国际班的通知', why: 'not a people\'s government (a department may tell its school by 通知; judged elsewhere)' },
    { text: '××市人民政府办公室关于同意建立××联席会议制度的通知', why: 'a general office' },
    { text: '××市人民政府关于同意市教育局调整学校布局的批复', why: 'a government answers its own department' },
    { text: '××省教育厅关于同意××市教育局设立分校的批复', why: 'a provincial department above a city\'s department of its line' },
    { text: '××市发展和改革委员会关于同意市交通运输局××道路工程项目立项的批复', why: 'a project approved in 审批 practice' },
    { text: reply('××区发展和改革委员会关于××绿地新建工程项目建议书的批复', '你单位《关于报送〈××绿地新建工程项目建议书〉的函》收悉。经研究，现批复如下：'), why: 'a 函 that submits a project for approval is answered by a 批复 (审批 practice)' },
    { text: '国务院办公厅关于同意建立××部际联席会议制度的函', why: 'a general office answers by 函 when authorised' },
    { text: '××省自然资源厅关于同意××市调整用地的函', why: 'a department answering a government it does not lead: 函 is right' },
    { text: '××市人民政府关于××区调整规划的函', why: 'a plain 函 that grants nothing in its title is not judged' },
    { text: reply('××市人民政府关于同意调整学校布局的批复', '你区《关于调整学校布局的请示》（×政〔2024〕5号）收悉。经研究，现批复如下：'), why: 'a 批复 answers a 请示' },
    { text: reply('××市财政局关于追加经费的复函', '贵局《关于商请追加经费的函》收悉。经研究，现函复如下：', '特此函复。', '××市财政局'), why: 'a 复函 answers a 函' },
    { text: reply('国务院办公厅关于同意××市调整行政区划的函', '你省《关于××市调整行政区划的请示》收悉。经国务院批准，现函复如下：', '此复。', '国务院办公厅'), why: '办公厅 answers a 请示 by 函 when authorised' },
    { text: reply('××市人民政府关于同意调整学校布局的批复', '根据《××市教育局关于征求意见的函》，现就你区请示批复如下：'), why: 'a 函 cited without 收悉 is not what is being answered' },
    { text: reply('××市教育局关于商请支持的函', '为做好招生工作，现商请贵局支持。', '请予支持为盼。', '××市教育局'), why: 'an outgoing 函 answers nothing' },
  ],
  invalid: [
    { text: reply('××市人民政府关于××区2024年上半年安全生产工作情况的批复', '你区《关于2024年上半年安全生产工作情况的报告》（×政〔2024〕41号）收悉。经研究，批复如下：'), found: ['批复'], severity: 'warning', message: '上级对报告不作批复' },
    { text: '东川市人民政府关于南湖区2024年城市更新计划的意见', found: ['意见'], suggestions: ['批复'], message: '计划、方案' },
    { text: '南湖区人民政府关于对城关街道社区规划调整方案的意见', found: ['意见'] },
    { text: '青岚县人民政府关于同意县水利局动用防汛应急资金的通知', found: ['通知'], message: '答复请示应当用“批复”', suggestions: ['批复'] },
    { text: '××市人民政府关于同意××县调整城市总体规划的通知', found: ['通知'] },
    { text: '临川市财政局关于同意市卫生健康委员会调剂使用疫苗接种专项资金的批复', found: ['批复'], severity: 'warning', suggestions: ['复函'] },
    { text: '青岚县人民政府关于同意临江市交通运输局在我县设立公路超限检测站的批复', found: ['批复'], message: '不是' },
    { text: '中共临江市委关于同意中共江北区委增设区委巡察机构的复函', found: ['复函'], suggestions: ['批复'] },
    { text: '××市人民政府关于同意××县调整发展规划的复函', found: ['复函'], suggestions: ['批复'] },
    { text: '××省人民政府关于××市总体规划的复函', found: ['复函'], suggestions: ['批复'] },
    { text: '市人民政府关于同意市教育局调整学校布局的复函', found: ['复函'] },
    { text: '关于同意设立××学校的意见', found: ['意见'], suggestions: ['批复'] },
    { text: reply('××市人民政府关于同意调整学校布局的批复', '你局《关于商请支持调整学校布局的函》收悉。经研究，现批复如下：'), found: ['批复'], severity: 'warning', suggestions: ['复函'] },
    { text: reply('××市人民政府关于同意调整学校布局的批复', '贵局《关于调整学校布局的复函》及有关材料收悉。'), found: ['批复'], message: '复函' },
    { text: reply('××市财政局关于同意追加经费的复函', '你局《关于追加经费的请示》收悉。经研究，现函复如下：', '特此函复。', '××市财政局'), found: ['复函'], suggestions: ['批复'] },
    { text: reply('××市教育局关于同意设立分校的函', '你校《关于设立分校的请示》（×校〔2024〕3号）收悉。', '此复。', '××市教育局'), found: ['函'], message: '条例第八条（十二）' },
    { text: reply('××市人民政府关于同意调整学校布局的批复', '根据工作安排，你局《关于商请调整学校布局的函》已收悉。'), found: ['批复'] },
  ],
});
