import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于深化改革的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-quotes', {
  valid: [
    { text: doc("禁采范围为（经度113°51'25\"、纬度29°15'11\"）至（经度113°46'40\"、纬度29°17'17\"）。"), why: 'the seconds of a longitude or latitude are no quotation marks' },
    { text: doc('深入推进“放管服”改革，落实“关于‘一网通办’的要求”。'), why: 'curly quotes, single inside double' },
    { text: doc('系统提示“Error: file not found”时请联系管理员。'), why: 'curly quotes around English are fine' },
    { text: doc('配置项写作`name="wenmi"`即可。'), why: 'straight quotes in inline code are code' },
    { text: doc('英文版写作 it\'s done 和 don\'t。'), why: 'apostrophes in English words are not quotes' },
    { text: doc('请在<span class="note">备注</span>栏填写。'), why: 'straight quotes inside an HTML tag' },
    { text: doc('原文如下。\nHe said "Hello world" and "goodbye" to us.\n　　请遵照执行。'), why: 'straight quotes in an English paragraph with no Chinese around stay' },
  ],
  invalid: [
    { text: doc('评选‘十佳’教师。'), found: ['‘', '’'], output: doc('评选“十佳”教师。'), message: '外层' },
    { text: '××县人民政府关于表彰‘十佳’教师的决定', found: ['‘', '’'] },
    { text: doc('深入推进"放管服"改革。'), found: ['"', '"'], output: doc('深入推进“放管服”改革。') },
    { text: doc('落实“关于"一网通办"的要求”。'), found: ['"', '"'], output: doc('落实“关于‘一网通办’的要求”。') },
    { text: doc('落实“关于“一网通办”的要求”。'), found: ['“', '”'], output: doc('落实“关于‘一网通办’的要求”。') },
    { text: doc("推进'放管服'改革。"), found: ["'", "'"], output: doc('推进“放管服”改革。') },
    { text: doc('简称"双随机、一公开"，即"随机抽取"。'), found: ['"', '"', '"', '"'], output: doc('简称“双随机、一公开”，即“随机抽取”。') },
    { text: doc('他说"要加强值守。'), found: ['"'], output: null },
    { text: doc('要求"关于“三防”工作"落实到位。'), found: ['"', '“', '”', '"'], output: doc('要求“关于‘三防’工作”落实到位。') },
  ],
});
