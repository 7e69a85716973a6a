import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-deng', {
  valid: [
    { text: doc('财政、人社等部门要密切配合。'), why: 'no mark before 等' },
    { text: doc('实行差额、等额选举，划分优秀、等级评定。'), why: '等额 and 等级 are words, not the list-closing 等' },
    { text: doc('请各单位做好准备，等待上级通知，等到汛期结束再总结。'), why: '等待 and 等到 are verbs' },
    { text: doc('加强监测预警，做好物资储备，落实值班值守，等等。'), why: '等等 after comma-separated clauses may take a comma' },
    { text: '××局关于评定工作的通知\n\n各科室：\n　　一、总体要求\n　　三、等级评定\n　　按规定评定。\n', why: 'the 、 of a heading ordinal before 等级' },
    { text: doc('请报送，等我局汇总后再反馈。'), why: '等 as "wait" after a comma' },
    { text: doc('根据《关于财政、人社、等部门职责的说明》执行。'), why: 'inside a cited title' },
  ],
  invalid: [
    { text: doc('财政、人社、等部门要密切配合。'), found: ['、'], output: doc('财政、人社等部门要密切配合。') },
    { text: doc('财政、人社，等部门要密切配合。'), found: ['，'], output: doc('财政、人社等部门要密切配合。') },
    { text: doc('市财政局，市人社局，等部门要密切配合。'), found: ['，'], output: doc('市财政局，市人社局等部门要密切配合。') },
    { text: doc('加强水利、交通、电力、等等基础设施建设。'), found: ['、'], output: doc('加强水利、交通、电力等等基础设施建设。') },
    { text: doc('张三、李四、等人参加会议。'), found: ['、'], output: doc('张三、李四等人参加会议。') },
    { text: doc('财政、人社,等部门要密切配合。'), found: [','], output: doc('财政、人社等部门要密切配合。') },
  ],
});
