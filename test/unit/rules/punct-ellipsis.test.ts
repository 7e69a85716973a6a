import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-ellipsis', {
  valid: [
    { text: doc('加强水利、交通、电力……基础设施建设。'), why: 'a six-dot ellipsis' },
    { text: doc('此处省略一段…………下文从略。'), why: 'twelve dots for a whole paragraph left out' },
    { text: doc('编号从1...10依次排列。'), why: 'dots between numbers are a range, not a Chinese ellipsis' },
    { text: doc('英文原文为“and so on...”。'), why: 'dots inside an English phrase' },
    { text: doc('代码写作`f(...args)`即可。'), why: 'dots in code' },
    { text: doc('财政、人社等部门要密切配合。'), why: 'a single 顿号 is not an ellipsis' },
  ],
  invalid: [
    { text: doc('加强燃气、电力、供水……等工程的巡查。'), found: ['……等'], suggestions: ['', ''], output: null, message: '等' },
    { text: doc('加强水利、交通、电力...基础设施建设。'), found: ['...'], output: doc('加强水利、交通、电力……基础设施建设。') },
    { text: doc('加强水利、交通、电力。。。基础设施建设。'), found: ['。。。'], output: doc('加强水利、交通、电力……基础设施建设。') },
    { text: doc('加强水利、交通、电力…基础设施建设。'), found: ['…'], output: doc('加强水利、交通、电力……基础设施建设。') },
    { text: doc('加强水利、交通、电力、、、基础设施建设。'), found: ['、、、'], output: doc('加强水利、交通、电力……基础设施建设。') },
    { text: doc('加强水利、交通、电力⋯⋯基础设施建设。'), found: ['⋯⋯'], output: doc('加强水利、交通、电力……基础设施建设。') },
    { text: doc('加强水利、、交通建设。'), found: ['、、'], output: null, suggestions: ['……', '、'] },
    { text: doc('等等......'), found: ['......'], output: doc('等等……') },
  ],
});
