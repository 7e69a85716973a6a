import assert from 'node:assert/strict';
import { ruleCases } from '../helpers/ruleTester';
import { IdiomIndex, validateIdiomData } from '../../../src/core/lexicon/idioms';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-idiom', {
  valid: [
    { text: doc('广大干部职工要恪尽职守，决不允许滥竽充数。'), why: 'the idioms as they are' },
    { text: doc('他说：“要格尽职守。”'), why: 'inside quotation marks' },
    { text: doc('会上学习了《关于格尽职守的通报》。'), why: 'inside a cited title' },
    { text: doc('各地要全力以赴，一心一意抓落实。'), why: 'idioms next to each other' },
    { text: doc('下一步要大力推进乡村振兴。'), why: 'no idiom: four characters of running text' },
    { text: doc('春播期间要再接再厉，风雨无阻。'), why: 'right forms, one after the other' },
  ],
  invalid: [
    // Same sound or same shape, in the first, second, third or fourth character.
    { text: doc('广大干部职工要格尽职守，切实抓好安全生产。'), found: ['格尽职守'], severity: 'warning', suggestions: ['恪尽职守'] },
    { text: doc('对群众反映的问题要理直气状地解决。'), found: ['理直气状'], suggestions: ['理直气壮'] },
    { text: doc('机构改革要坚持精兵减政。'), found: ['精兵减政'], suggestions: ['精兵简政'] },
    { text: doc('各部门要同舟共记，共克时艰。'), found: ['同舟共记'], suggestions: ['同舟共济'] },
    { text: doc('改革要循序渐近，不能一蹴而就。'), found: ['循序渐近'], suggestions: ['循序渐进'] },
    { text: doc('当前任务繁重，各地自顾不瑕。'), found: ['自顾不瑕'], suggestions: ['自顾不暇'] },
    // A misprint the lists name keeps its own message (lexicon-typo), and is not reported twice.
    { text: doc('文件写得味同嚼腊，干部要格尽职守。'), found: ['格尽职守'] },
  ],
});

describe('lexicon-idiom index', () => {
  const index = new IdiomIndex({ title: 't', source: 's', idioms: '滥竽充数恪尽职守', groups: ['竽芋宇', '恪格'], words: '格尽本分' });

  it('finds a slip in any of the four places, and only one that sounds or looks the same', () => {
    assert.deepEqual(index.scan('要恪尽职守', 0, 5), []);
    assert.deepEqual(index.scan('要格尽职守', 0, 5), [{ start: 1, idiom: '恪尽职守' }]);
    assert.deepEqual(index.scan('滥芋充数了', 0, 5), [{ start: 0, idiom: '滥竽充数' }]);
    // 滥竽X数 with a character of no group: four characters that merely share three is no slip.
    assert.deepEqual(index.scan('滥竽冲数', 0, 4), []);
    assert.deepEqual(index.scan('滥竽充数', 0, 4), []);
  });

  it('stays inside its window and reads no half of an idiom', () => {
    assert.deepEqual(index.scan('要格尽职守', 2, 5), []);
    assert.deepEqual(index.scan('要格尽职守', 0, 4), []);
    assert.deepEqual(index.scan('格尽职', 0, 3), []);
  });

  it('a broken data file is named and reported, never thrown', () => {
    assert.deepEqual(validateIdiomData({ title: 't', source: 's', idioms: '滥竽充数', groups: ['竽芋'], words: '' }, 'x'), []);
    assert.match(validateIdiomData({ idioms: '滥竽充', groups: [], words: '' }, 'idioms.json')[0], /idioms\.json: "idioms"/);
    assert.match(validateIdiomData({ idioms: '', groups: ['竽'], words: '' }, 'idioms.json')[0], /"groups"/);
    assert.match(validateIdiomData(null, 'idioms.json')[0], /not an object/);
  });
});
