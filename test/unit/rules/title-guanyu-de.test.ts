import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n各科室：\n　　请按时完成自查。\n　　特此通知。\n\n××局\n2024年3月5日\n`;

ruleCases('title-guanyu-de', {
  valid: [
    { text: doc('××县商业局关于“十二五”现代服务业发展规划（征求意见稿）的修改意见'), why: '的 and a qualifier (修改) before the 文种' },
    { text: doc('国 务 院 办 公 厅 关 于 安阳文字博物馆冠名问题的复函'), why: 'a head spaced out letter by letter has its 关于' },
    { text: '××市公安局交通管理局通告', why: 'a 通告 titled by its issuer alone' },
    { text: '××市人民政府关于加强城市建筑垃圾管理的通告', why: 'the full form' },
    { text: '广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告', why: '……的整改情况报告: a short modifier ending in 情况 stands between 的 and 报告' },
    { text: doc('××县民政局关于县政协第15号提案的答复函'), why: '答复函 is one word before the genre' },
    { text: doc('青山县人民政府关于对县人大常委会审议意见研究处理情况的报告'), why: 'the established form of a report on a 人大 审议意见' },
    { text: doc('关于落实市委办公室印发《××方案》有关要求的通知'), why: 'a verb (落实) before the issuer: 关于 is in its place' },
    { text: doc('××镇人民政府半年工作情况报告'), why: 'the form of a report to a 人大 or a yearly public report' },
    { text: doc('××区发展和改革委员会对区政协第22-140号提案的会办意见'), why: '对 is the preposition of a 会办意见' },
    { text: doc('国务院关于做好当前和今后一个时期促进就业工作的若干意见'), why: '若干 stands between 的 and the genre word' },
    { text: doc('××局关于开展安全检查的通知'), why: 'the standard 关于……的 structure' },
    { text: doc('××县人民政府转发市人民政府关于做好防汛工作的通知'), why: 'a 转发 title keeps the original title\'s 关于' },
    { text: doc('××市人民政府办公厅印发《××市公文处理实施细则》的通知'), why: 'an 印发 title without 关于 is accepted' },
    { text: doc('××市公安局关于春节期间禁止燃放烟花爆竹的通告'), why: 'a 通告 is exempt (and is fine anyway)' },
    { text: doc('××市人民政府常务会议纪要'), why: '纪要 titles name the meeting' },
    { text: doc('××局关于调整学校布局的请示报告'), why: 'a doubled genre is genre-doubled\'s business' },
    { text: doc('××局通知'), why: 'no 事由 at all: title-structure\'s business, not 关于……的' },
    { text: doc('××局关于开展安全检查的实施意见'), why: '……的实施意见 has its 的' },
  ],
  invalid: [
    { text: doc('某市应急管理局关于对某化工有限公司较大爆炸事故的通报批评'), found: ['对'] },
    { text: '临川县人民政府关于对县城区违法建设进行集中整治的通告', found: ['对'], severity: 'info' },
    { text: '××市公安局关于对部分路段的通告', found: ['对'], severity: 'warning' },
    { text: '临川市人民政府加强城市建筑垃圾管理的通告', found: ['临川市人民政府加强城市建筑垃圾管理的通告'], severity: 'info', suggestions: ['临川市人民政府关于加强城市建筑垃圾管理的通告'] },
    { text: doc('关于国务院发布《国家行政机关公文处理办法》的通知'), found: ['关于'], message: '之前' },
    { text: doc('××县人民政府税收财务物价大检查情况通报'), found: ['××县人民政府税收财务物价大检查情况通报'] },
    { text: '××市人民政府关于对××县调整区划请示的批复', found: ['对'], suggestions: [''] },
    { text: doc('国务院办公厅关于对××大督查发现的典型经验做法给予表扬的通报'), found: ['对'], severity: 'info', message: '语法上说得通' },
    { text: '东岭区教育局关于对2024年度优秀班主任予以表彰的决定', found: ['对'], severity: 'info' },
    { text: doc('××局开展安全检查的通知'), found: ['××局开展安全检查的通知'], severity: 'warning', suggestions: ['××局关于开展安全检查的通知'] },
    { text: doc('关于开展安全检查通知'), found: ['通知'], message: '缺少“的”', suggestions: ['关于开展安全检查的通知'] },
    { text: doc('××市教育局关于2024年工作情况报告'), found: ['报告'], suggestions: ['××市教育局关于2024年工作情况的报告'] },
    { text: doc('××市人民政府办公室做好2025年防汛工作的通知'), found: ['××市人民政府办公室做好2025年防汛工作的通知'], suggestions: ['××市人民政府办公室关于做好2025年防汛工作的通知'] },
    { text: doc('××区财政局关于商请追加经费复函'), found: ['复函'], suggestions: ['××区财政局关于商请追加经费的复函'] },
    { text: doc('××市教育局关于调整城区\n学校布局请示'), found: ['请示'], suggestions: ['的'] },
  ],
});
