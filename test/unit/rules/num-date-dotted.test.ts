import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××县人民政府办公室关于开展安全生产自查的通知\n\n各乡镇人民政府：\n　　${body}\n　　特此通知。\n\n××县人民政府办公室\n2024年12月2日\n`;

ruleCases('num-date-dotted', {
  valid: [
    { text: doc('执行GB/T 7408-2005和2023-2025年规划。'), why: 'a standard’s number and a range of years' },
    { text: doc('请各单位于12月22日前将自查报告报送县政府办公室。'), why: 'the date in words' },
    { text: doc('全县生产总值增长12.22%。'), why: 'a decimal' },
    { text: doc('请在3.5个工作日内办结。'), why: 'a decimal before its unit' },
    { text: doc('按照第3.2.1条的规定执行。'), why: 'a clause number' },
    { text: doc('按照1.2.3.4条执行。'), why: 'a clause number of four parts' },
    { text: doc('于13.22前完成。'), why: 'no month 13' },
    { text: doc('平均每户增收11.15万元。'), why: 'a decimal with no date around it' },
  ],
  invalid: [
    { text: doc('该公司是于1994-09-30在北京成立的。'), found: ['1994-09-30'], message: '1994年9月30日' },
    { text: doc('本办法自2024·07·01起施行。'), found: ['2024·07·01'], message: '2024年7月1日' },
    { text: doc('请各单位于12.22前将自查报告报送县政府办公室。'), found: ['12.22'], severity: 'warning', message: '12月22日', output: null, suggested: doc('请各单位于12月22日前将自查报告报送县政府办公室。') },
    { text: doc('报名截至3.31，逾期不再受理。'), found: ['3.31'], message: '3月31日' },
    { text: doc('县政府定于2024.11.15上午9时召开全县冬季安全生产工作会议。'), found: ['2024.11.15'], message: '2024年11月15日' },
    { text: doc('会议于11.15下午3时召开。'), found: ['11.15'] },
    { text: doc('你局2025.4.28《关于征求选址意见的函》收悉。'), found: ['2025.4.28'] },
    { text: doc('本次检查时间为2024.11.15，检查对象为全县重点企业。'), found: ['2024.11.15'] },
    { text: doc('材料请在5.10之前报送。'), found: ['5.10'], message: '5月10日' },
    { text: doc('会议定于１２．２２当天召开。'), found: ['１２．２２'], message: '12月22日' },
    { text: doc('整改期限延至6.30。'), found: ['6.30'], message: '6月30日' },
    { text: doc('请各单位于2024.4.5前将自查报告报送办公室。'), found: ['2024.4.5'], message: '2024年4月5日' },
  ],
});
