import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××县审计局关于××项目竣工决算审计情况的报告\n\n县人民政府：\n　　${body}\n　　特此报告。\n\n××县审计局\n2024年12月2日\n`;

ruleCases('num-approx-exact', {
  valid: [
    { text: doc('该项目实际完成投资110.53万元。'), why: 'an exact figure alone' },
    { text: doc('全镇常住人口2.4万余人。'), why: 'one decimal place with 余: the usual rounded figure' },
    { text: doc('完成投资110万余元。'), why: 'a round figure with 余' },
    { text: doc('增长12.5%以上。'), why: '以上 after a figure is lexicon-redundancy’s business, not this rule’s' },
    { text: doc('引用“共计12.50多吨”的说法不准确。'), why: 'quoted text' },
  ],
  invalid: [
    { text: doc('经审计，该项目实际完成投资110.53万余元。'), found: ['110.53万余'], severity: 'warning', message: '余', output: null, suggested: doc('经审计，该项目实际完成投资110.53万元。') },
    { text: doc('共计12.50多吨。'), found: ['12.50多'] },
    { text: doc('拨付资金3.275亿余元。'), found: ['3.275亿余'] },
    { text: doc('面积１２．３４万余平方米。'), found: ['１２．３４万余'] },
    { text: doc('全年接待游客56.78万多人次。'), found: ['56.78万多'] },
  ],
});
