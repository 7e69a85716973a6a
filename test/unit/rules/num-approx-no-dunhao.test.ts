import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-approx-no-dunhao', {
  valid: [
    { text: doc('完善一、二次分配制度，评出一、二等奖和一、二类项目。'), why: '一、二 before 次分配, 等奖, 类: two named items' },
    { text: doc('按照第十三、四条的规定办理。'), why: 'an ordinal list after 第' },
    { text: doc('三、四所属单位要认真落实。'), why: '所属 is no counting word' },
    { text: doc('预计三四天完成，需要两三个人。'), why: 'the approximate number already without 顿号' },
    { text: doc('6、7月是主汛期，三、四月做好准备。'), why: 'two months (缩略), not an approximation' },
    { text: doc('评选一、二等奖若干名，三、四季度加强巡查。'), why: 'ranks and quarters are enumerations' },
    { text: doc('第三、四条另行规定，三、四年级学生参加。'), why: 'after 第, and 年级, the numbers are ordinals' },
    { text: doc('工期五、七天不等，三、五、七天分批完成。'), why: 'non-neighbouring numbers and a longer list' },
    { text: '××局关于报送材料的通知\n\n各科室：\n　　一、总体要求\n　　三、四天内完成整改。\n', why: 'a heading ordinal at the start of a line' },
  ],
  invalid: [
    { text: doc('河道两侧一、二百米范围内禁止新建畜禽养殖场。'), found: ['一、二'], message: '一二' },
    { text: doc('拣了大半天，他才拣了20几斤花生。'), found: ['20几'], message: '二十几' },
    { text: doc('参训的多是27～8岁的青年。'), found: ['27～8'], message: '二十七八' },
    { text: doc('参训的多是二十七、八岁的青年。'), found: ['二十七、八'], message: '二十七八' },
    { text: doc('仍有两、三所学校存在消防通道堵塞问题。'), found: ['两、三'], output: null, suggested: doc('仍有两三所学校存在消防通道堵塞问题。')},
    { text: doc('发现四、五处安全隐患。'), found: ['四、五'], output: null },
    { text: doc('预计三、四天完成。'), found: ['三、四'], output: null, suggested: doc('预计三四天完成。')},
    { text: doc('需要两、三个人协助。'), found: ['两、三'], output: null, suggested: doc('需要两三个人协助。')},
    { text: doc('预计3、4天完成。'), found: ['3、4'], output: null, suggested: doc('预计三四天完成。')},
    { text: doc('每年检查五、六次，每次三、五个小时。'), found: ['五、六', '三、五'], output: null, suggested: doc('每年检查五六次，每次三五个小时。')},
    { text: doc('安排七、八十人值守。'), found: ['七、八'], output: null, suggested: doc('安排七八十人值守。')},
    { text: doc('预计３、４天完成。'), found: ['３、４'], output: null, suggested: doc('预计三四天完成。')},
  ],
});
