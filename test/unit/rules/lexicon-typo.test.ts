import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('lexicon-typo', {
  valid: [
    { text: doc('请各地抓紧部署，按时安装监测设备。'), why: 'the right forms' },
    { text: doc('材料按装订要求整理成册。'), why: '按 + 装订: the exception phrase the entry lists' },
    { text: doc('会上传达了《关于防止布署不当的通报》精神。'), why: 'inside a cited title' },
    { text: doc('他说：“布署要周密。”'), why: 'inside quotation marks' },
    { text: doc('各单位按排名先后报送。'), why: '按排名: 按 + 排名' },
  ],
  invalid: [
    { text: doc('要把矛盾化解在萌芽状态，做到防范于未然。'), found: ['防范于未然'], message: '防患于未然' },
    { text: doc('请各地抓紧布署防汛工作。'), found: ['布署'], severity: 'warning', suggestions: ['部署'] },
    { text: doc('对不符合规定的审批事项予以撤消。'), found: ['撤消'], suggestions: ['撤销'] },
    { text: doc('工程峻工后及时组织验收。'), found: ['峻工'], suggestions: ['竣工'] },
    { text: doc('各地勿必高度重视。'), found: ['勿必'], suggestions: ['务必'] },
    { text: doc('请尽快按排人员值守。'), found: ['按排'], suggestions: ['安排'] },
    { text: doc('建立防汛物资台帐。'), found: ['台帐'], severity: 'info', suggestions: ['台账'] },
  ],
});
