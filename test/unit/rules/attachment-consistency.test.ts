import { ruleCases } from '../helpers/ruleTester';

const doc = (note: string, attachments: string) =>
  `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　现将有关事项通知如下。\n　　特此通知。\n\n${note}\n\n××市教育局\n2024年3月5日\n\n${attachments}`;
const TWO = '　　附件：1.防汛责任表\n　　　　　2.应急物资清单';
/** The same notice whose 正文 names an attachment. */
const citing = (sentence: string, note = TWO) => doc(note, '').replace('现将有关事项通知如下。', sentence);

ruleCases('attachment-consistency', {
  valid: [
    { text: '柳塘镇人民政府关于印发《柳塘镇2025年森林防灭火工作方案》的通知\n\n各村（社区）：\n　　现将方案印发给你们。\n\n　　附件：柳塘镇2025年森林防灭火工作方案\n\n柳塘镇人民政府\n2025年2月24日\n', why: 'the note names the document as the title does' },
    { text: citing('请按照《防汛责任表》（见附件1）落实责任。'), why: 'the cited title is the note item’s' },
    { text: doc(TWO, '附件1\n\n……\n\n附件2\n\n应急物资清单\n'), why: 'a title left out (……) is not compared' },
    { text: doc('　　附件：第三批非物质文化遗产保护名录', '附件\n\n第三批非物质文化遗产保护名录（共17项）\n'), why: 'a count in brackets after the title' },
    { text: citing('请按附件2格式报送（见附件1）。'), why: 'the 正文 names attachments the note lists' },
    { text: citing('参照《××市防汛预案》附件3执行。'), why: 'the 附件3 of a cited document is not this one' },
    { text: citing('参照《××市防汛预案》附件3执行。', ''), why: 'another document’s attachment, with no note here either' },
    { text: citing('附件材料由各区自行留存。', ''), why: '附件材料 is no reference to this document’s attachment' },
    { text: citing('请按附件三格式报送。', '　　附件：1.防汛责任表\n　　　　　2.应急物资清单\n　　　　　3.值班表'), why: 'a Chinese numeral within the count' },
    { text: doc(TWO, '附件1\n\n防汛责任表\n\n　　单位：\n\n附件2\n\n应急物资清单\n\n　　物资名称：\n'), why: 'labels and titles match the note' },
    { text: doc('　　附件：防汛责任表', '附件\n\n防汛责任表\n\n　　单位：\n'), why: 'a single attachment labelled 附件 without a number' },
    { text: doc('　　附件：《××市防汛应急预案》', '附件\n\n××市防汛应急预案\n'), why: 'the 书名号 of the note are not part of the title' },
    { text: doc(TWO, ''), why: 'attachments not included in the draft: nothing to compare' },
    {
      text: doc('　　附件：1.××市关于进一步加强中小学校园安全管理和防汛工作的实施方案\n　　　　　2.应急物资清单', '附件1\n\n××市关于进一步加强中小学校园安全管理\n和防汛工作的实施方案\n\n附件2\n\n应急物资清单\n'),
      why: 'a long attachment title wrapped onto two lines',
    },
    { text: doc(TWO, '附件1\n\n防汛责任表\n\n附件2\n\n应急物资清单\n\n抄送：市人民政府办公室。\n××市教育局办公室　　2024年3月5日印发\n'), why: 'attachments followed by the 版记' },
  ],
  invalid: [
    { text: '柳塘镇人民政府关于印发《柳塘镇2025年森林防灭火工作方案》的通知\n\n各村（社区）：\n　　现将《柳塘镇2025年森林防灭火工作方案》印发给你们，请认真贯彻执行。\n\n　　附件：柳塘镇2025年森林防火工作方案\n\n柳塘镇人民政府\n2025年2月24日\n', found: ['柳塘镇2025年森林防火工作方案'], severity: 'warning', suggestions: ['柳塘镇2025年森林防灭火工作方案'] },
    { text: citing('请各地对照验收资料清单（详见附件）认真准备。', ''), found: ['附件'], severity: 'info', message: '正文下没有附件说明' },
    { text: citing('请按附件2格式报送。', ''), found: ['附件2'], severity: 'info' },
    { text: citing('请按照《防汛工作责任表》（见附件1）落实责任。'), found: ['防汛责任表'], severity: 'warning', message: '防汛工作责任表' },
    { text: citing('请按照《应急物资储备清单》（附件2）备齐物资。'), found: ['应急物资清单'], severity: 'warning' },
    { text: citing('请按附件3格式报送。'), found: ['附件3'], severity: 'warning', message: '只列了2个附件' },
    { text: citing('具体要求见附件二。', '　　附件：防汛责任表'), found: ['附件二'], message: '只列了1个附件' },
    { text: '附件1:', found: ['附件1:'], output: '附件1' },
    { text: '附件一', found: ['附件一'], output: '附件1' },
    { text: doc(TWO, '附件1：\n\n防汛责任表\n\n附件2\n\n应急物资清单\n'), found: ['附件1：'], output: doc(TWO, '附件1\n\n防汛责任表\n\n附件2\n\n应急物资清单\n'), severity: 'warning', message: '冒号' },
    { text: doc(TWO, '附件1\n\n防汛责任清单\n\n附件2\n\n应急物资清单\n'), found: ['防汛责任清单'], suggestions: ['防汛责任表'], severity: 'error', message: '不一致' },
    { text: doc(TWO, '附件1\n\n防汛责任表\n\n附件3\n\n应急物资清单\n'), found: ['应急物资清单', '附件3'] },
    { text: doc(TWO, '附件2\n\n应急物资清单\n\n附件1\n\n防汛责任表\n'), found: ['附件2', '附件1'], message: '顺序号与排列顺序不符' },
    { text: doc('　　附件：1.防汛责任表\n　　　　　3.应急物资清单', '附件1\n\n防汛责任表\n\n附件3\n\n应急物资清单\n'), found: ['3.', '附件3'] },
    { text: doc('　　特此说明。', '附件\n\n防汛责任表\n'), found: ['附件'], message: '没有附件说明' },
    { text: doc(TWO, '附件１\n\n防汛责任表\n\n附件2\n\n应急物资清单\n'), found: ['附件１'], output: doc(TWO, '附件1\n\n防汛责任表\n\n附件2\n\n应急物资清单\n') },
    { text: doc(TWO, '附件1\n\n防汛责任表\n'), found: ['应急物资清单'], severity: 'warning', message: '正文后没有' },
  ],
});
