import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

const noDocno = { rules: { 'docno-format': { severity: 'off' as const } } };
/** An attachment page: docno-format does not scan it, so the year brackets there are this rule's. */
const annex = (line: string) =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请做好防汛工作。\n\n附件：防汛工作要点\n\n××市人民政府\n2024年3月5日\n\n附件\n\n防汛工作要点\n\n　　${line}\n`;

ruleCases('punct-doc-citation-brackets', {
  valid: [
    { text: doc('根据《国务院关于防汛工作的通知》（国发〔2013〕1号）执行。'), why: 'the standard citation' },
    { text: annex('按照国办发〔2018〕115号文件执行。'), why: 'a bare 发文字号 with 六角括号' },
    { text: '××市人民政府文件\n×政发[2024]5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请做好防汛工作。\n', why: 'the 版头 发文字号 is docno-format\'s' },
    { text: doc('按照国办发[2018]115号文件执行。'), why: 'a citation in the 正文 is checked by docno-format while it is on' },
    { text: annex('投资(2024)年度计划另行下达。'), why: 'not a 发文字号 (no 号)' },
    { text: annex('代码写作`国发(2013)1号`。'), why: 'in code' },
  ],
  invalid: [
    {
      text: annex('根据《关于防汛工作的通知》（国发(2013)1号）执行。'),
      found: ['(', ')'],
      output: annex('根据《关于防汛工作的通知》（国发〔2013〕1号）执行。'),
    },
    { text: annex('按照国办发[2018]115号文件执行。'), found: ['[', ']'], output: annex('按照国办发〔2018〕115号文件执行。') },
    {
      text: doc('按照国办发【2018】115号和国发（2013）1号执行。'),
      config: noDocno,
      found: ['【', '】', '（', '）'],
      output: doc('按照国办发〔2018〕115号和国发〔2013〕1号执行。'),
    },
    {
      text: doc('根据《关于防汛工作的通知》［国发〔2013〕1号］执行。'),
      found: ['［', '］'],
      output: doc('根据《关于防汛工作的通知》（国发〔2013〕1号）执行。'),
    },
    { text: annex('按照京政发﹝2024﹞5号执行。'), found: ['﹝', '﹞'], output: annex('按照京政发〔2024〕5号执行。') },
  ],
});
