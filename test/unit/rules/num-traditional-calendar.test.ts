import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××县文化和旅游局关于做好传统节日文化活动的通知\n\n各乡镇文化站：\n　　${body}\n　　特此通知。\n\n××县文化和旅游局\n2024年6月20日\n`;

ruleCases('num-traditional-calendar', {
  valid: [
    { text: doc('定于农历八月十五中秋节举办灯会。'), why: 'a lunar date in Chinese numerals' },
    { text: doc('定于正月初五举办庙会，腊月二十三开始布展。'), why: 'lunar months in words' },
    { text: doc('定于2024年9月17日（农历八月十五）举办灯会。'), why: 'the Gregorian date in Arabic numerals, the lunar one in words' },
    { text: doc('民国38年（1949年）建校。'), why: '民国纪年 is not a reign year (GB/T 15835—1995: 民国38年)' },
    { text: doc('清咸丰十年九月二十日（1860年11月2日）签订条约。'), why: 'a reign year in words, the Gregorian one in brackets' },
    { text: doc('咸丰县2023年接待游客500万人次。'), why: '咸丰县 is a county: four digits are no reign year' },
    { text: doc('10月1日国庆节期间加强值守。'), why: '国庆节 is a Gregorian date' },
    { text: doc('宣传标语写作“农历8月15”的要改正。'), why: 'quoted text' },
  ],
  invalid: [
    { text: doc('1978年农历11月24日，18位农民签下协议。'), found: ['11月24日'], severity: 'warning', message: '十一月二十四日', output: null, suggested: doc('1978年农历十一月二十四日，18位农民签下协议。') },
    { text: doc('定于正月15举办元宵灯会。'), found: ['15'], message: '十五' },
    { text: doc('定于农历5月5日举办龙舟赛。'), found: ['5月5日'], message: '五月初五' },
    { text: doc('做好8月15中秋节期间的安全保卫工作。'), found: ['8月15'], message: '八月十五' },
    { text: doc('光绪26年（1900年）8月初，八国联军进攻北京。'), found: ['26年', '8月'], message: '二十六年' },
    { text: doc('嘉靖8年，一条鞭法开始推广。'), found: ['8年'], message: '八年' },
    { text: doc('己亥年6月9日，祠堂落成。'), found: ['6月9日'], message: '六月初九' },
    { text: doc('务必于正月初8前报送值班情况。'), found: ['8'], message: '“八”' },
    { text: doc('安排好大年30的值班工作。'), found: ['30'], message: '三十' },
  ],
});

describe('num-traditional-calendar data', () => {
  it('is valid against its schema: the fields it names, unique words, month names of two characters', () => {
    const root = join(__dirname, '..', '..', '..');
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'calendar.schema.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(root, 'src', 'core', 'rules', 'punct', 'data', 'calendar.json'), 'utf8'));
    for (const k of schema.required) assert.ok(data[k] !== undefined, `${k} missing`);
    for (const k of Object.keys(data)) assert.ok(k in schema.properties, `field ${k} is not in the schema`);
    assert.equal(data.heavenlyStems.length, 10);
    assert.equal(data.earthlyBranches.length, 12);
    for (const k of ['lunarMarkers', 'lunarMonths', 'lunarFestivals', 'reignTitles']) {
      assert.equal(new Set(data[k]).size, data[k].length, `${k} has a word twice`);
    }
    for (const m of data.lunarMonths) assert.match(m, /^.月$/);
    for (const r of data.reignTitles) assert.ok(r.length >= 2 && r.length <= 4, r);
    assert.ok(!data.reignTitles.includes('民国'), '民国纪年 takes Arabic numerals');
  });
});
