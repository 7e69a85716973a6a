import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-year-abbrev', {
  valid: [
    { text: doc('二〇〇八年以来，三四年间变化很大。'), why: 'a full year in words, and 三四年 (a 概数)' },
    { text: doc('自24年来从未间断，从3年起算。'), why: 'a span (自……年来), and a single digit' },
    { text: doc('2024年底前完成，2025年度预算另行下达。'), why: 'four-digit years' },
    { text: doc('改革开放40年全国面貌焕然一新，建市30年我市发生巨大变化。'), why: 'durations after a word, not at a clause head' },
    { text: doc('24年来全市从未发生重大事故。'), why: '24年来 is a span' },
    { text: doc('关于30年来的发展变化，报告作了回顾。'), why: '关于 a span of years' },
    { text: doc('按照2024—2026年规划和2023-12-31的数据。'), why: 'full years in a range, a dashed date' },
    { text: doc('他在基层工作24年，24年来从未间断。'), why: 'a duration, not a year' },
    { text: doc('该堤防已运行30年，30年后需要大修，近10年底数不清。'), why: 'durations and a count before 年底' },
    { text: doc('二十世纪九〇年代以来，七八年间变化很大。'), why: 'a decade (年代) and an approximate number (七八年)' },
    { text: doc('根据《24年工作要点》安排。'), why: 'inside a cited title' },
    { text: doc('按照国办发〔2024〕5号文件执行，共12年度。'), why: 'a full year in a 发文字号; 12年度 after 共 is a count' },
    { text: doc('根据国发〔24〕5号执行。'), why: 'a cited 发文字号 in the 正文 is docno-format\'s while it is on' },
    { text: '××市人民政府文件\n×政发〔24〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请做好防汛工作。\n', why: 'the 版头 发文字号 is docno-format\'s' },
  ],
  invalid: [
    { text: doc('该同志80年出生，02年参加工作。'), found: ['80', '02'], message: '1980' },
    { text: doc('24年全市地区生产总值同比增长5.6%。15年全区完成固定资产投资86亿元。'), found: ['24', '15'], message: '2024' },
    { text: doc('回顾过去，23年我县财政收入稳步增长。'), found: ['23'] },
    { text: doc('会议研究了关于24年城中村改造项目推进有关事项。'), found: ['24'] },
    { text: doc('实施三年行动（2024—26年），参照1950～80年的资料。'), found: ['26', '80'], message: '2026' },
    { text: doc('今年是零八年，各项任务十分繁重。'), found: ['零八'], message: '2008' },
    { text: doc('我县自01年起全面实施农村公路提档升级工程。'), found: ['01'], message: '2001' },
    { text: doc('事故起数较23年同期下降12%。'), found: ['23'], output: null },
    { text: doc('各项工程24年底前完成。'), found: ['24'], output: null, suggestions: ['2024', '1924'], severity: 'error' },
    { text: doc('请于25年3月底前报送，并编制25年度预算。'), found: ['25', '25'], suggestions: ['2025', '1925'] },
    { text: doc('98年初，该地曾发生特大洪水。'), found: ['98'], suggestions: ['1998', '2098'] },
    { text: doc('九〇年该地曾发生特大洪水。'), found: ['九〇'], suggestions: ['1990', '2090'] },
    {
      text: doc('根据《关于防汛工作的通知》（国发〔24〕5号）执行。'),
      found: ['24'],
      message: '发文字号',
      config: { rules: { 'docno-format': { severity: 'off' } } },
    },
    { text: doc('２４年上半年完成。'), found: ['２４'], suggestions: ['2024', '1924'] },
  ],
});
