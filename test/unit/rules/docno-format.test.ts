import { strict as assert } from 'node:assert';
import { lint } from '../../../src/core';
import { formatRules } from '../../../src/core/rules/format';
import { ruleCases } from '../helpers/ruleTester';

const doc = (docNo: string, body = '现将有关事项通知如下。') =>
  `××市人民政府文件\n${docNo}\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('docno-format', {
  valid: [
    { text: '〔2011〕80号\n永康市人民政府办公室　　二○一一年十月十七日\n　　会议研究了有关事项。\n', why: 'a 纪要\'s number without 机关代字 is no inverted order' },
    { text: '内蒙古自治区人民政府令\n第82号\n《××实施办法》已经自治区人民政府常务会议通过，现予发布施行。\n自治区主席 ××\n1997年7月23日\n', why: 'the 令号 on its own line under the 令 is rightly 第N号' },
    { text: '〔2024〕', why: 'a bracketed year being typed, in the right brackets' },
    { text: doc('兰陵政字〔2024〕32号'), why: '字 in a 机关代字 is common practice; only a bracketed 函 is flagged' },
    { text: doc('××省人民政府令〔2010〕第15号'), why: 'a 令 is numbered 第N号, it has no 发文字号' },
    { text: doc('×府发〔2024〕5号'), why: 'the GB/T 9704 7.2.5 form: 六角括号, full year, no 第, no leading zero, 号' },
    { text: doc('×府办发〔2024〕112号　　签发人：张三'), why: 'a 上行文 number sharing its line with the 签发人' },
    { text: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》（国发〔2013〕1号），现通知如下。'), why: 'a correctly cited number in the body' },
    { text: doc('×府发〔2024〕5号', '根据《××条例》（国务院令第783号），现通知如下。'), why: 'a 令号 legitimately uses 第 and has no year brackets' },
    { text: doc('×府发〔2024〕5号', '详见××市人民政府公告（2024）第1号。'), why: 'the number of a 公告 is not a 发文字号' },
    { text: doc('×府发〔2024〕5号', '按照“十四五”规划（2021—2025年）和2024年3月5日9:00会议精神，详见https://www.gov.cn/zhengce/2024-01/05/content_5号.htm。'), why: 'near-misses: a year range in parentheses, a date and time, a URL with digits and 号' },
    { text: doc('×府发〔2024〕5号', '该案件（2024）京0101民初123号已审结，第（2）项、（3）项另行通知。'), why: 'a court case number and bracketed item numbers are not 发文字号' },
    { text: doc('×府发〔2024〕5号', '来文写的“×府发[2024]第05号”不规范，已退回修改。'), why: 'a number inside quotation marks is someone else\'s text' },
    { text: doc('×府发〔2024〕5号', 'See Document No. [2024] 5 and section (2013) 1 of the English appendix.'), why: 'an English passage with bracketed numbers has no 机关代字 or 号' },
  ],
  invalid: [
    { text: '某法发〔二〇二四〕5号\n', found: ['某法发〔二〇二四〕5号'], message: '用了汉字数字' },
    { text: '××县人民政府文件\n江政发字〔2024〕3号\n\n××县人民政府关于做好春耕生产的通知\n\n各乡镇人民政府：\n　　请做好春耕。\n\n××县人民政府\n2024年3月1日\n', found: ['江政发字〔2024〕3号'] },
    // A 发文字号 being typed: its parts alone are checked too.
    { text: '[2006]', found: ['[2006]'], message: '六角括号', output: null },
    { text: '08号', found: ['08号'], message: '虚位', output: null },
    { text: '第1号', found: ['第1号'], message: '“第”字', output: null },
    { text: '×政（函）〔2023〕5号', found: ['×政（函）〔2023〕5号'], output: null },
    { text: '〔2015〕×政3号', found: ['〔2015〕×政3号'], message: '机关代字前面', output: null },
    { text: 'X市财发〔1992〕字第36号', found: ['X市财发〔1992〕字第36号'], message: '“字”', output: null },
    { text: '1995年[12]号', found: ['1995年[12]号'], message: '顺序号加了括号', output: null },
    { text: '渝府办发〔2015年〕036号', found: ['渝府办发〔2015年〕036号'], message: '“年”字', output: '渝府办发〔2015〕36号' },
    { text: doc('财税[2010]4号'), found: ['财税[2010]4号'], severity: 'warning', output: doc('财税〔2010〕4号') },
    { text: doc('财税(2010)4号'), found: ['财税(2010)4号'], severity: 'error', output: doc('财税〔2010〕4号') },
    {
      text: doc('×府发[2024]第05号'),
      found: ['×府发[2024]第05号'],
      output: doc('×府发〔2024〕5号'),
      severity: 'error',
      message: '应写作“×府发〔2024〕5号”',
    },
    { text: doc('国办发（2024）12号'), found: ['国办发（2024）12号'], output: doc('国办发〔2024〕12号'), severity: 'error' },
    { text: doc('×府发﹝2024﹞5号'), found: ['×府发﹝2024﹞5号'], output: doc('×府发〔2024〕5号'), message: 'U+FE5D' },
    { text: doc('×府发〔24〕5号'), found: ['×府发〔24〕5号'], output: null, severity: 'error', message: '未标全称' },
    { text: doc('×府发〔２０２４〕５号'), found: ['×府发〔２０２４〕５号'], output: doc('×府发〔2024〕5号'), severity: 'warning' },
    { text: doc('×府发〔2024〕5'), found: ['×府发〔2024〕5'], output: doc('×府发〔2024〕5号'), message: '缺“号”字' },
    { text: doc('×府发【2024】5号　　签发人：张三'), found: ['×府发【2024】5号'], output: doc('×府发〔2024〕5号　　签发人：张三') },
    {
      text: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》(国发[2013]1号)，现通知如下。'),
      found: ['国发[2013]1号'],
      output: doc('×府发〔2024〕5号', '根据《国务院关于加强防汛工作的通知》(国发〔2013〕1号)，现通知如下。'),
      message: '文中引用的发文字号',
    },
    {
      text: doc('×府发〔2024〕5号', '根据国办发[2018]第115号文件精神，现通知如下。'),
      found: ['国办发[2018]第115号'],
      output: doc('×府发〔2024〕5号', '根据国办发〔2018〕115号文件精神，现通知如下。'),
    },
  ],
});

/** All the format rules together on correct documents full of near-misses: numbers, times, URLs, English, Markdown. */
describe('format rules: near-misses in correct documents', () => {
  const ids = new Set(formatRules.map((r) => r.meta.id));
  const quiet = (text: string, detect: 'always' | 'auto') => {
    const r = lint(text, { detect, config: { rules: { 'heading-numbering-order': { options: { allowSkipLevel: true } } } } });
    assert.ok(r.linted, 'recognised as a 公文');
    // The elements the rules look at were found (so silence means "correct", not "not seen").
    assert.ok(r.doc.title && r.doc.recipients && r.doc.date && r.doc.headings.length >= 2, 'title, 主送, date and headings parsed');
    return r.findings.filter((f) => ids.has(f.ruleId)).map((f) => `${f.ruleId}: ${JSON.stringify(text.slice(f.range[0], f.range[1]))}`);
  };

  it('plain text: numbers, dates, times, URLs, e-mail and an English passage', () => {
    const text = [
      '000001',
      '秘密★1年',
      '特急',
      '××市教育局文件',
      '×教发〔2024〕5号',
      '',
      '××市教育局关于进一步加强校园安全管理的通知',
      '',
      '各区县教育局，局属各学校：',
      '　　根据《关于加强学校安全工作的意见》（×教发〔2023〕12号）和2024年3月5日9:00会议精神，现就有关事项通知如下：',
      '　　一、工作目标',
      '　　2024年底前完成1.5万平方米校舍改造，投资3.2亿元，完成率达到100%。',
      '　　二、工作要求',
      '　　（一）时间安排。3、4月份集中排查，每周一8:30至12:00开展检查。',
      '　　（二）信息报送。请登录https://edu.example.gov.cn/2024/03/05/notice_1.html填报，或发送至safety@example.gov.cn。',
      '　　1.English materials: "School Safety Guide (2024), Chapter 1. Introduction; see p. 12-15."',
      '　　2.联系电话：0791-86219876，传真：0791-86219877。',
      '　　特此通知。',
      '',
      '　　附件：1.校园安全检查表（2024年版）',
      '　　　　　2.隐患整改台账',
      '',
      '××市教育局',
      '2024年3月5日',
      '（此件公开发布）',
      '',
      '附件1',
      '',
      '校园安全检查表（2024年版）',
      '',
      '附件2',
      '',
      '隐患整改台账',
      '',
      '抄送：市人民政府办公室，市公安局。',
      '××市教育局办公室　　2024年3月5日印发',
      '',
    ].join('\n');
    assert.deepEqual(quiet(text, 'auto'), []);
  });

  it('Markdown: front matter, headings, bold, lists, links, code spans and fences, a table, a rule', () => {
    const md = [
      '---',
      'genre: 通知',
      '---',
      '',
      '# ××市教育局关于进一步加强校园安全管理的通知',
      '',
      '各区县教育局：',
      '',
      '　　现将有关事项通知如下，详见[《关于加强学校安全工作的意见》](https://example.gov.cn/a/2023-12(1).html)（×教发〔2023〕12号）。',
      '',
      '## 一、工作目标',
      '',
      '**（一）总体目标**',
      '',
      '　　2024年底前完成隐患整改，投资`3.2`亿元。',
      '',
      '- 校舍：1.5万平方米',
      '- 时间：9:00—12:00',
      '',
      '| 序号 | 事项 | 时间 |',
      '|---|---|---|',
      '| 1、 | 排查 | 3月5日 |',
      '',
      '```',
      '1, 2, 3',
      '(1) code [2024] 5',
      '```',
      '',
      '## 二、工作要求',
      '',
      '　　请认真贯彻执行。',
      '',
      '××市教育局',
      '',
      '2024年3月5日',
      '',
    ].join('\n');
    assert.deepEqual(quiet(md, 'auto'), []);
  });
});
