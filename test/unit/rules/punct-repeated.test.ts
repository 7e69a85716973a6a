import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市教育局关于做好防汛工作的通知\n\n各区县教育局：\n　　${body}\n　　特此通知。\n\n××市教育局\n2025年3月5日\n`;

ruleCases('punct-repeated', {
  valid: [
    { text: doc('形势十分严峻。请各单位高度重视。'), why: 'one mark each' },
    { text: doc('他说：“好。”。'), why: 'two different marks' },
    { text: doc('会议指出。。。要加强领导。'), why: 'three full stops are a faulty ellipsis (punct-ellipsis), not a doubled one' },
    { text: doc('财政、人社等部门要加强配合。'), why: 'a single 顿号' },
    { text: doc('引文中“严峻。。”照录。'), why: 'inside quotation marks' },
    { text: doc('请问是否可行？请于3月底前报送。'), why: 'a single question mark' },
  ],
  invalid: [
    { text: doc('形势十分严峻。。请各单位高度重视。'), found: ['。'], severity: 'warning', output: doc('形势十分严峻。请各单位高度重视。') },
    { text: doc('请各单位高度重视，，认真落实。'), found: ['，'], output: doc('请各单位高度重视，认真落实。') },
    { text: doc('财政、、人社等部门要加强配合。'), found: ['、'], output: doc('财政、人社等部门要加强配合。') },
    { text: doc('主要任务：：一是加强领导。'), found: ['：'], output: doc('主要任务：一是加强领导。') },
    { text: doc('加强领导；；压实责任。'), found: ['；'], output: doc('加强领导；压实责任。') },
    { text: doc('务必高度重视！！'), found: ['！'] },
  ],
});
