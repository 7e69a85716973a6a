import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于深化改革的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-fixed-expressions', {
  valid: [
    { text: doc('第十四届全国人民代表大会第二次会议在京召开，第3批项目已下达。'), why: 'a 届次 in words; 第3批 is a plain ordinal' },
    { text: doc('编制“十四五”规划，学习党的二十大精神和十九届四中全会精神。'), why: 'the set phrases in Chinese numerals' },
    { text: doc('主要负责同志是第一责任人，一把手亲自抓。'), why: 'Chinese numerals' },
    { text: doc('2024年共召开12次会议，14个部门参加。'), why: 'counts and years take Arabic digits' },
    { text: doc('全市14个五年计划项目已完成。'), why: '14个 followed by 五年 is a count, not 十四五' },
    { text: doc('星期日休息，第12届运动会。'), why: 'not a fixed expression with a digit' },
  ],
  invalid: [
    { text: doc('力争地区生产总值比2020年翻2番，邀请93学社代表参加。'), found: ['翻2番', '93学社'], message: '翻两番' },
    { text: doc('要大力弘扬25000里长征精神。'), found: ['25000里长征'], message: '二万五千里长征' },
    { text: doc('1900年，8国联军攻入北京。'), found: ['8国联军'], message: '八国联军' },
    { text: doc('认真学习贯彻11届全国人大1次会议精神。'), found: ['11届全国人大1次会议'], message: '十一届全国人大一次会议' },
    { text: doc('贯彻12届市人大常委会第3次会议精神。'), found: ['12届市人大常委会第3次会议'], message: '十二届市人大常委会第三次会议' },
    { text: doc('深入了解第3世界国家的发展历程。'), found: ['第3世界'], message: '第三世界' },
    { text: doc('编制“14五”规划。'), found: ['14五'], output: doc('编制“十四五”规划。') },
    { text: doc('编制十4五规划。'), found: ['十4五'], output: doc('编制十四五规划。') },
    { text: doc('学习党的20大精神和19届4中全会精神。'), found: ['20大', '19届4中全会'], output: doc('学习党的二十大精神和十九届四中全会精神。') },
    { text: doc('1把手要三令五申，做到7上8下。'), found: ['1把手', '7上8下'], output: doc('一把手要三令五申，做到七上八下。') },
    { text: doc('增强4个意识，坚定4个自信，做到2个维护。'), found: ['4个意识', '4个自信', '2个维护'], output: doc('增强四个意识，坚定四个自信，做到两个维护。') },
    { text: doc('每星期5下午学习。'), found: ['星期5'], output: doc('每星期五下午学习。') },
    { text: doc('十3届全国人大和十9届4中全会。'), found: ['十3届', '十9届4中全会'], output: doc('十三届全国人大和十九届四中全会。') },
  ],
});
