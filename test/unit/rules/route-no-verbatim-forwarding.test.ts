import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) =>
  `××县教育局关于××镇中心小学扩建校舍的请示\n\n县人民政府：\n　　${body}\n　　妥否，请批示。\n\n××县教育局\n2024年3月5日\n`;

ruleCases('route-no-verbatim-forwarding', {
  valid: [
    { text: doc('现将××镇《关于中心小学扩建校舍的请示》转报你们。经研究，我局同意该镇意见，建议安排资金80万元。'), why: 'the forwarding carries the issuer\'s opinion' },
    { text: doc('××镇报来《关于中心小学扩建校舍的请示》。经实地核实，该校确需扩建。'), why: '经核实 states an assessment' },
    { text: doc('为改善办学条件，拟扩建××镇中心小学校舍1200平方米。'), why: 'not a forwarding' },
    { text: doc('我县拟扩大开发区规划面积，恳请市政府审核后转报省人民政府批准。'), why: 'asks the recipient to forward this 请示 further' },
    { text: doc('现将××镇请示转报你们，我局认为扩建确有必要。'), why: '我局认为 is an opinion' },
    { text: `××县教育局关于转报××镇请示的报告\n\n县人民政府：\n　　现将××镇请示转报你们。\n　　特此报告。\n\n××县教育局\n2024年3月5日\n`, why: 'only a 请示 is checked' },
  ],
  invalid: [
    { text: doc('现将××镇《关于中心小学扩建校舍的请示》转报你们，请审批。'), found: ['转报'], severity: 'warning', message: '倾向性意见' },
    { text: doc('现将××镇人民政府《关于中心小学扩建校舍的请示》随文报上。'), found: ['现将××镇人民政府《关于中心小学扩建校舍的请示》随文报上'] },
    { text: doc('现将××镇关于中心小学扩建校舍的请示报上，请予审批。'), found: ['现将××镇关于中心小学扩建校舍的请示报上'] },
    { text: doc('××镇来文请求扩建校舍，现转呈县人民政府。'), found: ['转呈'] },
    { text: doc('现将××镇请示转报你们。'), message: '条例第十五条（三）' },
  ],
});
