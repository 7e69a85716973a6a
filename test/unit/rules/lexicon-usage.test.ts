import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-usage', {
  valid: [
    { text: doc('各地要制订《2025年工作方案》并报送。'), why: 'a 方案 is 制订' },
    { text: doc('接种后出现不良反应的情况要及时报告。'), why: '反应 of a body to a vaccine' },
    { text: doc('全体干部无时无刻不在坚守岗位，第二台、十二台、二级、二等奖、地块二位于路北。'), why: '无时无刻不; 二 as an ordinal, in a larger number, before 级/等, before 位于' },
    { text: doc('市政府作出决定，全面部署防汛工作。'), why: 'the customary form' },
    { text: doc('各地要制定政策，制订工作计划。'), why: '制定 with 政策, 制订 with 计划' },
    { text: doc('会议传达了“做出决定要慎重”的要求。'), why: 'inside quotation marks' },
    { text: doc('转发《关于做出决定的若干规定》。'), why: 'inside a cited title' },
    { text: doc('各地作出部署，落实到位。'), why: 'the customary form' },
    // Context guards: the form is only wrong in its context (before/after in the entry).
    { text: doc('同志们合拢双手，默默祈祷。'), why: '合拢 of hands: no bridge before it' },
    { text: doc('严禁泄露国家秘密和工作秘密。'), why: '泄露 of a secret: no gas or liquid before it, no 事故 after' },
    { text: doc('参会人员于报到当日入住宾馆。'), why: '入住 of people: no 巡视组 or 企业 before it' },
    { text: doc('要拓宽群众反映问题的途径，畅通信访渠道。'), why: '途径 as a noun: no place after it' },
    { text: doc('政协委员提交提案86件。'), why: '提案 of the 政协' },
  ],
  invalid: [
    { text: doc('市人民政府依法制订了《云溪市城市生活垃圾分类管理办法》。'), found: ['制订'], message: '制定' },
    { text: doc('对群众向我们反应的问题，要件件有落实。'), found: ['反应'], message: '反映' },
    { text: doc('厂里买了二台新机器。'), found: ['二'], message: '两' },
    { text: doc('无时无刻都在散发着迷人魅力。'), found: ['无时无刻'] },
    { text: doc('双方合作协议期满后自动中止。'), found: ['中止'], message: '终止' },
    { text: doc('市政府做出决定，全面部署防汛工作。'), found: ['做出决定'], severity: 'info', suggestions: ['作出决定'] },
    { text: doc('各地要做出部署，落实到位。'), found: ['做出部署'], suggestions: ['作出部署'] },
    { text: doc('省里已做出规定。'), found: ['做出规定'], suggestions: ['作出规定'] },
    { text: doc('要抓紧制订政策。'), found: ['制订政策'], suggestions: ['制定政策'] },
    { text: doc('市委已做出决策，各地做出批示。'), found: ['做出决策', '做出批示'] },
    { text: doc('跨江大桥主桥于本月顺利合拢。'), found: ['合拢'], suggestions: ['合龙'] },
    { text: doc('严防有毒气体泄露。'), found: ['泄露'], severity: 'info', suggestions: ['泄漏'] },
    { text: doc('严防泄露事故发生。'), found: ['泄露'], suggestions: ['泄漏'] },
    { text: doc('省委巡视组已入住我市。'), found: ['入住'], suggestions: ['入驻'] },
    { text: doc('新建公路途径我县5个乡镇。'), found: ['途径'], suggestions: ['途经'] },
    { text: doc('坚决狙击疫情扩散蔓延。'), found: ['狙击'], suggestions: ['阻击'] },
    { text: doc('市人大代表共提出提案56件。'), found: ['提案'], suggestions: ['议案'] },
  ],
});
