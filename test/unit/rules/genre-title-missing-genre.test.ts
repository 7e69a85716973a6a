import { ruleCases } from '../helpers/ruleTester';

const body = '\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆。\n　　{closing}\n\n××局\n2024年3月5日\n';
const doc = (title: string, closing = '特此报告。') => title + body.replace('{closing}', closing);

ruleCases('genre-title-missing-genre', {
  valid: [
    { text: '石柱土家族自治县人民政府森林防火封山令\n　　为有效防范森林火灾，特发布如下封山令。\n', why: 'a 封山令 is a 令' },
    { text: 'YXDR-2012-00006\n永兴县人民政府\n森林防火禁火令\n　　为有效防范森林火灾，特发布如下禁火令。\n', why: 'a registration number above the issuer line and a 禁火令' },
    { text: '中华人民共和国农业部公告第1731号\n　　根据《兽药管理条例》规定，现予公告。\n', why: 'a numbered 公告 titled by its number' },
    { text: '衢州市人民代表大会\n　　会议决定，开展第五个五年法制宣传教育。\n', why: 'an issuer\'s name alone on the first line is no title' },
    { text: '院办发〔2022〕5号（2021-2022学年度第十次校长办公会纪要）\n　　会议研究了有关事项。\n', why: 'the title in brackets after the number ends in its 文种' },
    { text: '重庆市人民政府令第 265 号\n\n　　《重庆市××办法》已经市人民政府第×次常务会议通过，现予公布，自公布之日起施行。\n\n市长　××\n2012年×月×日\n', why: 'a 令 whose number stands on its head line'},
    { text: '淮南市公园管理办法\n市人民政府令第129号\n《淮南市公园管理办法》已经市人民政府常务会议通过，现予公布。\n市长 ×××\n2011年8月10日\n', why: 'the name of the rules a 令 publishes stands over the 令 number' },
    { text: doc('××局关于购置执法车辆的请示', '妥否，请批示。'), why: 'ends with a statutory genre' },
    { text: doc('2010年第六次全国人口普查主要数据公报[1]（第1号）', ''), why: 'a footnote mark and a number after the title' },
    { text: '商务部令2007年第15号 商业特许经营备案管理办法\n《商业特许经营备案管理办法》已经部务会讨论通过，现予公布。\n部长　××\n2007年4月30日\n', why: 'a 令 head with the name of the rules after it' },
    { text: doc('2010年政府工作报告（全文）'), why: 'a web page\'s （全文） after the title is a note on the text' },
    { text: doc('××市人民代表大会关于××的决议（草案）', ''), why: 'a draft\'s （草案） after the title' },
    { text: doc('××市人民政府关于做好2025年防汛工作的紧急通知', '特此通知。'), why: '紧急通知 ends with 通知' },
    { text: doc('××区财政局关于追加经费的复函', '特此函复。'), why: '复函 is the genre 函' },
    { text: doc('××局关于购置执法车辆的请示。', '妥否，请批示。'), why: 'trailing punctuation is title-trailing-punct\'s business, the genre is there' },
    { text: doc('××局2024年工作总结'), why: 'a non-statutory ending is reported by genre-nonstatutory only (one finding per fault)' },
    { text: doc('关于购置执法车辆的申请'), why: '申请 is genre-nonstatutory\'s' },
    { text: '××市人民政府令\n\n第12号\n\n　　《××市养犬管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年5月1日起施行。\n\n市长　张三\n2024年3月5日\n', why: '…政府令 is the genre 命令' },
  ],
  invalid: [
    { text: doc('××局2024年安全生产工作情况'), found: ['××局2024年安全生产工作情况'], severity: 'warning', message: '没有以法定文种结尾' },
    { text: doc('关于开展安全生产大检查'), found: ['关于开展安全生产大检查'], severity: 'error', message: '条例第九条（七）' },
    { text: doc('××局关于购置执法车辆', '妥否，请批示。'), found: ['××局关于购置执法车辆'], severity: 'error', suggestions: ['××局关于购置执法车辆的请示'] },
    { text: doc('关于开展安全检查的', '特此通知。'), found: ['关于开展安全检查的'], suggestions: ['关于开展安全检查的通知'] },
    { text: doc('通知', '特此通知。'), found: ['通知'], severity: 'warning', message: '缺少发文机关名称和事由' },
    { text: doc('请示。', '妥否，请批示。'), found: ['请示'], severity: 'warning' },
    { text: doc('会议纪要', ''), found: ['会议纪要'], severity: 'warning' },
    { text: doc('开会通知', '特此通知。'), found: ['开会通知'], severity: 'warning', message: '缺少发文机关名称和事由' },
    { text: doc('关于开展安全生产大检查（征求意见稿）'), found: ['关于开展安全生产大检查'], severity: 'error' },
    { text: '---\ngenre: 通知\n---\n××局关于开展安全检查\n\n各科室：\n　　请按时完成自查。\n\n××局\n2024年3月5日\n', found: ['××局关于开展安全检查'], suggestions: ['××局关于开展安全检查的通知'] },
  ],
});
