import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-paired', {
  valid: [
    { text: doc('根据《中华人民共和国防洪法》（以下简称《防洪法》）和“三防”工作要求，制定本方案（国发〔2013〕1号）。'), why: 'every mark is closed in the same paragraph' },
    { text: doc('认真贯彻《关于印发〈防汛应急预案〉的通知》，落实“关于‘防汛’的要求”。'), why: 'correctly nested title marks and quotes' },
    { text: doc('引用英文原文“it’s the teachers’ duty”作说明。'), why: 'an apostrophe is not a closing single quote' },
    { text: '××市人民政府关于印发《××市防汛\n应急预案》的通知\n\n各区县人民政府：\n　　现印发给你们。\n', why: 'a title wrapped over two lines is one unit' },
    {
      text: '××局关于报送材料的通知\n\n各科室：\n　　请报送材料。\n\n××局\n2024年3月5日\n\n抄送：市委办公室（含市委研究室，\n　　市委政策研究中心），市政府办公室。\n',
      why: 'a 抄送 list wrapped over two lines is one unit',
    },
    { text: doc('请填写报名表(附件1）并报送。'), why: 'a half-width "(" closed by "）" is a form problem for punct-halfwidth-in-cjk, not an unclosed pair' },
    { text: doc('代码`printf("（")`与<!-- “备注 -->不计入。'), why: 'marks in code and HTML comments are not text' },
  ],
  invalid: [
    { text: doc('根据《中华人民共和国防洪法，制定本方案。'), found: ['《'] },
    { text: doc('落实“三防”工作要求和“放管服改革。'), found: ['“'] },
    { text: doc('各单位要加强值守）确保安全。'), found: ['）'] },
    { text: doc('根据《防洪法“》”的规定执行。'), found: ['“', '”'] },
    { text: doc('按照〔2024〕5号文件和〔2024要求执行。'), found: ['〔'] },
    { text: doc('他说：‘要加强值守。'), found: ['‘'], severity: 'error', message: '成对使用' },
  ],
});
