import { strict as assert } from 'node:assert';
import { figureValue } from '../../../src/core/rules/punct/num-multiple';
import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市统计局关于2024年全市经济运行情况的报告\n\n市人民政府：\n　　${body}\n　　特此报告。\n\n××市统计局\n2024年12月2日\n`;

ruleCases('num-multiple', {
  valid: [
    { text: doc('全市新办企业从300家增加到600家，增加了一倍。'), why: '600 is 300 plus one time 300' },
    { text: doc('全市新办企业从300家增加到900家，增加了两倍。'), why: 'the arithmetic agrees' },
    { text: doc('新办企业数量是去年的2倍。'), why: '是……的N倍 counts the original' },
    { text: doc('财政收入增长了一倍多。'), why: 'an increase in multiples, no figures to check' },
    { text: doc('审批时间缩短了一半。'), why: 'a decrease as a fraction' },
    { text: doc('不合格产品减少了50%。'), why: 'a decrease as a percentage' },
    { text: doc('处理能力至少提高一倍，成本至少一倍以上下降的说法不准确。'), why: '至少一倍 is no decrease' },
    { text: doc('PM2.5浓度不低于标准值的3倍时启动预警。'), why: '低于 compares' },
    { text: doc('新线运力要高一倍以上，票价还要低一些。'), why: '高一倍 is an increase' },
    { text: doc('有人说“差错少了一倍”，这种说法不规范。'), why: 'quoted text' },
    { text: doc('接待人数从5万人次增加到10万元，增加了两倍。'), why: 'units that differ: nothing to compare' },
    { text: doc('从2020年到2024年，销量增加了两倍。'), why: 'years are no amounts' },
  ],
  invalid: [
    { text: doc('该报纸这个月的差错比上个月少了一倍。'), found: ['少了一倍'], severity: 'warning', message: '倍数只用于表示增加' },
    { text: doc('不合格产品减少了好几倍。'), found: ['减少了好几倍'] },
    { text: doc('审批时间缩短了一倍。'), found: ['缩短了一倍'] },
    { text: doc('单位能耗比去年低一倍。'), found: ['比去年低一倍'] },
    { text: doc('生产成本降低了1.5倍。'), found: ['降低了1.5倍'] },
    { text: doc('相比之下，普通列车硬座票价要低一倍多。'), found: ['要低一倍'] },
    { text: doc('全市新办企业从300家增加到600家，增加了两倍。'), found: ['增加了两倍'], message: '增加了1倍' },
    { text: doc('我市每千户人家的录像机拥有量，从五年前的50台，到今年的200台，增加了四倍。'), found: ['增加了四倍'], message: '增加了3倍' },
    { text: doc('粮食产量由1.2万吨提高到3.6万吨，提高了3倍。'), found: ['提高了3倍'] },
  ],
});

describe('num-multiple: figureValue', () => {
  for (const [s, v] of [['300', 300], ['１.５', 1.5], ['五十', 50], ['两百', 200], ['十二', 12], ['一千零五', 1005]] as const) {
    it(`${s} → ${v}`, () => assert.equal(figureValue(s), v));
  }
  it('a word that is no figure', () => assert.ok(Number.isNaN(figureValue('好几'))));
});
