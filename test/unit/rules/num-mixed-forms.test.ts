import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-mixed-forms', {
  valid: [
    { text: doc('要做到百分之百落实，完成率达到50%。'), why: '百分之百 is a set phrase' },
    { text: doc('早在20世纪80年代，我市就开始试点；二十世纪八十年代末全面推开。'), why: 'each date in one form' },
    { text: doc('投入资金三千万元，三四百万元用于维修，一百多万元用于绿化，修到第二十七公里处。'), why: 'a round figure, a 概数 and an ordinal keep their words' },
    { text: doc('增长百分之五，占比5%。'), why: 'each number in one form' },
    { text: doc('总人口约十三亿，其中城镇人口过半。'), why: 'a round approximate number in words' },
    { text: doc('会议于三点半开始，要抓住重点。'), why: '点 as an hour or a word, not a decimal with a unit' },
    { text: doc('根据《××市二〇〇五年防汛规划》执行。'), why: 'a cited title keeps its form (and 〇 is right)' },
    { text: doc('一九九八年以来，我市防汛工作取得成效，一九九九年投入资金三千万元。').replace('2024年3月5日', '一九九九年八月五日'), why: 'a document of 1999 wrote its years in Chinese numerals, all in one form' },
    { text: doc('一九九八年以来，我市防汛工作取得成效。').replace('\n××市人民政府\n2024年3月5日\n', '\n'), why: 'a draft without a date: its time is not known, and the years are in one form' },
    { text: doc('2023年至2024年防汛工作取得成效，详见《一九九八年抗洪纪实》。'), why: 'a year inside a cited title is someone else\'s text' },
    { text: '××局关于××的通知\n\n各科室：\n　　2024年七八月份集中检查。\n　　特此通知。\n', why: 'approximate months are written in Chinese numerals' },
    { text: doc('农历腊月二十三至正月十五期间，2024年2月各地要加强值守。'), why: '农历 dates are written in Chinese numerals (GB/T 15835), beside 公历 dates in Arabic numerals' },
    { text: doc('甲辰年春节前，在乙巳年正月初八前完成检查。'), why: '干支 years and 农历 days keep their Chinese form' },
    { text: doc('农历五月初五端午节前后，2024年6月10日前要做好防汛准备。'), why: 'a 农历 festival date in words, a 公历 date in digits' },
    { text: doc('转移群众4000人，投入资金3.5亿元、5万元。'), why: 'Arabic digits with 万 and 亿 are allowed' },
    { text: doc('转移群众四千人，修复堤防一百零八处。'), why: 'all Chinese numerals' },
    { text: doc('新建堤防5千米，储备物资3千克。'), why: '千米 and 千克 are units' },
    { text: doc('根据《关于安置4千人的方案》执行。'), why: 'inside a cited title' },
  ],
  invalid: [
    { text: doc('增长2个百分点，百分之五十。'), found: ['百分之五十'], severity: 'info', message: '50%' }, // no Arabic digit before 百: only the hint
    { text: doc('截至目前，全县已完成年度任务的百分之五十。'), found: ['百分之五十'], severity: 'info', message: '50%' },
    { text: doc('早在二十世纪80年代，我市就开始试点。'), found: ['二十世纪80年代'], message: '20世纪80年代' },
    { text: doc('20世纪九十年代中期全面推开。'), found: ['20世纪九十年代'], message: '20世纪90年代' },
    { text: doc('全年投入资金二千三百万元，新修道路二十七公里。'), found: ['二千三百万元', '二十七公里'], severity: 'info' },
    { text: doc('二00五年以来，全市防汛设施逐步完善。'), found: ['二00五年'], severity: 'warning', suggestions: ['二〇〇五年'], message: '〇' },
    { text: doc('自二O一O年起实行。'), found: ['二O一O年'], suggestions: ['二〇一〇年'] },
    { text: doc('投入同比增长百分之5。'), found: ['百分之5'], suggestions: ['5%'] },
    { text: doc('全市生产总值同比增长百分之五点八。'), found: ['百分之五点八'], severity: 'warning' },
    { text: doc('全年粮食总产量一百二十六点三万吨。'), found: ['一百二十六点三万吨'] },
    { text: doc('全年完成固定资产投资十二亿三千万元，同比增长9.2%。'), found: ['十二亿三千万元'] },
    { text: doc('二〇二四年上半年，全区新增就业4620人。').replace('\n2024年3月5日\n', '\n'), found: ['二〇二四年'], severity: 'info' },
    { text: doc('降雨量较常年偏多百分之12.5。'), found: ['百分之12.5'], suggestions: ['12.5%'] },
    { text: doc('二〇二六年全年完成检查。'), found: ['二〇二六年'], severity: 'info', message: '2026年', suggestions: ['2026年'] },
    { text: doc('现行设市标准是2000年经国务院批准试行的，应对二○○○年批准的标准做以下调整。'), found: ['二○○○年'], severity: 'info', message: '同类别同形式' },
    { text: doc('转移群众4千人。'), found: ['4千'], suggestions: ['4000', '四千'] },
    { text: doc('修复堤防1百0八处。'), found: ['1百0八'], suggestions: ['108', '一百零八'] },
    { text: doc('投入资金5亿3千4百万元。'), found: ['3千4百'], suggestions: ['3400'] },
    { text: doc('约3.5千人参加。'), found: ['3.5千'], suggestions: ['3500', '三千五百'] },
    { text: doc('储备5百多吨物资。'), found: ['5百'], suggestions: ['500', '五百'], severity: 'warning' },
  ],
});
