import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-usage', {
  valid: [
    { text: doc('市政府作出决定，全面部署防汛工作。'), why: 'the customary form' },
    { text: doc('各地要制定政策，制订工作计划。'), why: '制定 with 政策, 制订 with 计划' },
    { text: doc('会议传达了“做出决定要慎重”的要求。'), why: 'inside quotation marks' },
    { text: doc('转发《关于做出决定的若干规定》。'), why: 'inside a cited title' },
    { text: doc('各地作出部署，落实到位。'), why: 'the customary form' },
  ],
  invalid: [
    { text: doc('市政府做出决定，全面部署防汛工作。'), found: ['做出决定'], severity: 'info', suggestions: ['作出决定'] },
    { text: doc('各地要做出部署，落实到位。'), found: ['做出部署'], suggestions: ['作出部署'] },
    { text: doc('省里已做出规定。'), found: ['做出规定'], suggestions: ['作出规定'] },
    { text: doc('要抓紧制订政策。'), found: ['制订政策'], suggestions: ['制定政策'] },
    { text: doc('市委已做出决策，各地做出批示。'), found: ['做出决策', '做出批示'] },
  ],
});
