import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-fullwidth-digits', {
  valid: [
    { text: doc('2024年完成投资3.5亿元。'), why: 'half-width digits' },
    { text: doc('第一季度完成三成任务。'), why: 'Chinese numerals are not full-width digits' },
    { text: doc('代码写作`ＡＢ１２`即可。'), why: 'full-width digits inside code' },
    { text: '０００００１\n××市人民政府文件\n×政发〔2024〕5号\n\n××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请做好防汛工作。\n', why: 'the 份号 is copyno-format\'s' },
    { text: doc('用ＡＢＣ字母编号。'), why: 'full-width letters are not digits' },
    { text: doc('用３、４天完成，由１把手负责。'), why: 'num-approx-no-dunhao and num-fixed-expressions rewrite these digits as Chinese numerals' },
  ],
  invalid: [
    { text: doc('２０２４年完成投资。'), found: ['２０２４'], output: doc('2024年完成投资。') },
    { text: doc('完成投资３．５亿元。'), found: ['３．５'], output: doc('完成投资3.5亿元。') },
    { text: doc('共有１２个部门、３个单位。'), found: ['１２', '３'], output: doc('共有12个部门、3个单位。') },
    { text: doc('增长２.5%。'), found: ['２'], output: doc('增长2.5%。') },
    { text: doc('1２人参加。'), found: ['２'], output: doc('12人参加。') },
    { text: doc('请于６月１日前报送。'), found: ['６', '１'], output: doc('请于6月1日前报送。') },
    {
      text: doc('用３、４天完成。'),
      found: ['３', '４'],
      output: doc('用3、4天完成。'),
      config: { rules: { 'num-approx-no-dunhao': { severity: 'off' } } },
    },
  ],
});
