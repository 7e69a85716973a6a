import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-range-unit', {
  valid: [
    { text: doc('降幅为15%～30%，投资9亿～16亿元。'), why: 'both numbers carry the unit' },
    { text: doc('气温15～30℃，工期5～10天。'), why: 'units that cannot be misread are not in scope' },
    { text: doc('实施2023—2025年行动计划。'), why: 'a year range' },
    { text: doc('执行GB/T 15834-2011标准，约15万人。'), why: 'a standard number, not a range' },
    { text: doc('根据《关于15~30%补贴的通知》执行。'), why: 'inside a cited title' },
  ],
  invalid: [
    { text: doc('降幅为15～30%。'), found: ['15～30%'], output: doc('降幅为15%～30%。') },
    { text: doc('投资9~16亿元。'), found: ['9~16亿'], output: doc('投资9亿~16亿元。') },
    { text: doc('补助5-10万元。'), found: ['5-10万'], output: doc('补助5万-10万元。') },
    { text: doc('转移3至5万人。'), found: ['3至5万'], output: doc('转移3万至5万人。') },
    { text: doc('增长0.5～1.5‰。'), found: ['0.5～1.5‰'], output: doc('增长0.5‰～1.5‰。') },
  ],
});
