import { ruleCases } from '../helpers/ruleTester';

const doc = (note: string, body = '现将有关事项通知如下。') =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　${body}\n　　特此通知。\n\n${note}\n\n××市教育局\n2024年3月5日\n`;

ruleCases('attachment-note-format', {
  valid: [
    { text: doc('附件：东川市2024年度民生实事项目及责任分工\n　　　表'), why: 'a long name wrapped under itself is one attachment' },
    { text: doc('附件：1.东川市2024年度民生实事项目表\n　　　2.民生实事项目责任分工表'), why: 'the standard form' },
    { text: '××县关于调整设市标准的请示\n国务院：\n　　现将有关事项请示如下。\n　　妥否，请批示。\n民政部\n2003年2月8日\n附件：\n××县设市情况表\n一、基本情况', why: '附件： on its own line over the attachment is its label' },
    { text: doc('　　附件：防汛责任表'), why: 'a single attachment: 附件： and its name, no number' },
    { text: doc('　　附件：1.防汛责任表\n　　　　　2.应急物资清单'), why: 'several attachments numbered 1. 2.' },
    { text: doc('　　附件：1．防汛责任表\n　　　　　2．应急物资清单'), why: 'a full-width 下脚点 is accepted' },
    { text: doc('　　附件：2024年度防汛预算表'), why: 'a name that starts with a year is not item 20' },
    { text: doc('　　附件：1.××市关于进一步加强中小学校园安全管理和防汛\n　　　　　　工作的实施方案（试行）\n　　　　　2.应急物资清单'), why: 'a long name wrapped and aligned under the first character' },
    { text: doc('　　附件：防汛责任表', '附件1、附件2见https://example.gov.cn/a.b;c。'), why: 'attachment words and a URL inside the 正文 are not the 附件说明' },
  ],
  invalid: [
    { text: '××市统计局关于开展统计执法检查的通知\n各区统计局：\n　　具体检查内容详见附件。\n附件如文\n××市统计局\n2024年5月6日\n', found: ['附件如文'], severity: 'info' },
    {
      text: '××县人民政府关于印发《××县城乡环境综合整治实施方案》的通知\n\n各乡镇人民政府：\n　　现将《××县城乡环境综合整治实施方案》印发给你们，请认真贯彻执行。\n\n　　附件：××县城乡环境综合整治实施方案\n\n××县人民政府\n2024年3月15日\n',
      found: ['××县城乡环境综合整治实施方案'],
      severity: 'info',
      message: '正件',
    },
    { text: doc('附件：一、2024年度考核实施细则\n　　　二、考核登记表'), found: ['一、', '二、'], severity: 'warning', message: '1.', output: null },
    { text: doc('附件：用人单位报名表\n      招聘会场地示意图'), found: ['用人单位报名表', '招聘会场地示意图'], severity: 'warning' },
    { text: doc('附：防汛检查表'), found: ['附：'], severity: 'warning', output: doc('附件：防汛检查表'), message: '附件：' },
    { text: doc('附件一：东川市2024年度民生实事项目表\n附件二：民生实事项目责任分工表'), found: ['附件一', '附件二'], severity: 'warning', message: '附件：1.' },
    { text: doc('附件：《防汛检查表》'), found: ['《防汛检查表》'], severity: 'info', suggestions: ['防汛检查表'] },
    // The year in parentheses is part of the name: only the 书名号 are a hint.
    { text: doc('　　附件：《××市防汛应急预案（2024年修订）》'), found: ['《××市防汛应急预案（2024年修订）》'], severity: 'info' },
    { text: doc('附件：1.《防汛检查表》\n　　　2.《值班表》'), found: ['《防汛检查表》', '《值班表》'] },
    { text: '××县关于调整设市标准的请示\n国务院：\n　　现将有关事项请示如下。\n　　妥否，请批示。\n民政部\n2003年2月8日\n附件：××县设市情况表', found: ['附件：××县设市情况表'], severity: 'warning', message: '成文日期之后' },
    { text: '××市卫生健康委员会关于开展绩效评价工作的通知\n各县（市、区）卫生健康局：\n　　现将有关事项通知如下。\n　　特此通知。\n××市卫生健康委员会\n2025年3月14日\n附件：1. 绩效评价指标\n　　　2. 绩效评价评分表', found: ['附件：1. 绩效评价指标'], message: '成文日期之后' },
    { text: doc('　　附件:防汛责任表'), found: ['附件:'], output: doc('　　附件：防汛责任表'), severity: 'error', message: '半角冒号' },
    { text: doc('　　附件 防汛责任表'), found: ['附件'], output: doc('　　附件：防汛责任表'), severity: 'error', message: '缺冒号' },
    { text: doc('　　附件：防汛责任表。'), found: ['。'], output: doc('　　附件：防汛责任表'), severity: 'error', message: '不加标点' },
    {
      text: doc('　　附件：1、防汛责任表；\n　　　　　2、应急物资清单'),
      found: ['1、', '；', '2、'],
      output: doc('　　附件：1.防汛责任表\n　　　　　2.应急物资清单'),
    },
    {
      text: doc('　　附件:（1）防汛责任表\n　　　　　（2）应急物资清单'),
      found: ['附件:', '（1）', '（2）'],
      output: doc('　　附件：1.防汛责任表\n　　　　　2.应急物资清单'),
    },
    {
      text: doc('　　附件：附件1、防汛责任表\n　　　　　附件2、应急物资清单'),
      found: ['附件1、', '附件2、'],
      output: doc('　　附件：1.防汛责任表\n　　　　　2.应急物资清单'),
      severity: 'warning',
    },
    { text: doc('　　附件：①防汛责任表\n　　　　　②应急物资清单'), found: ['①', '②'], output: doc('　　附件：1.防汛责任表\n　　　　　2.应急物资清单') },
    { text: doc('　　附件：1.防汛责任表'), found: ['1.'], output: null, severity: 'info', suggestions: [''] },
    { text: doc('　　附件：如文'), found: ['如文'], output: null, severity: 'info' },
    { text: doc('　　附件3件'), found: ['附件3件'], output: null, severity: 'info', message: '附件名称' },
  ],
});
