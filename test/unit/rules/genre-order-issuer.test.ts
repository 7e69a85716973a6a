import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, body = '经研究，决定如下。', sig = '') => `${title}\n\n　　${body}\n\n${sig}\n2024年3月5日\n`;

ruleCases('genre-order-issuer', {
  valid: [
    { text: doc('中华人民共和国国务院令'), why: 'the State Council issues 令' },
    { text: doc('××省人民政府令', '《××省××办法》已经省政府常务会议通过，现予公布。'), why: 'a provincial government publishes 规章 by 令' },
    { text: doc('中华人民共和国公安部令'), why: 'a ministry publishes 部门规章 by 令' },
    { text: doc('国家市场监督管理总局令'), why: 'a State Council body publishes 规章 by 令' },
    { text: doc('××市人民政府令'), why: 'a 设区的市 government publishes 规章' },
    { text: doc('××县人民政府关于嘉奖抗洪抢险有功人员的命令'), why: 'a 命令 that rewards, not a numbered 令' },
    { text: doc('××市人民政府关于嘉奖抗洪抢险有功人员的命令'), why: 'a government 嘉奖 by 命令' },
    { text: doc('××银河商贸有限公司关于给予职工李某某记过处分的决定'), why: 'a company sanctions by a 决定' },
    { text: doc('××市人民医院关于印发《门诊管理制度》的通知'), why: 'a hospital issues its rules by a 通知' },
  ],
  invalid: [
    { text: doc('某市人民政府办公室关于嘉奖抗洪抢险先进集体和先进个人的命令'), found: ['命令'], suggestions: ['决定'] },
    { text: doc('临江银河商贸有限公司关于给予职工李某某记过处分的命令'), found: ['命令'], severity: 'warning', suggestions: ['决定'], message: '条例第八条（三）' },
    { text: doc('××大学关于表彰2024年度优秀教师的命令'), found: ['命令'], suggestions: ['决定'] },
    { text: doc('××市第一人民医院关于严格执行门诊考勤制度的命令'), found: ['命令'], suggestions: ['通知'] },
    { text: doc('××县农业产业化集团关于实行安全生产责任制的命令'), found: ['命令'], suggestions: ['通知'] },
    { text: doc('××市律师协会关于加强行业自律的命令'), found: ['命令'], message: '××市律师协会' },
    { text: doc('安平县教育局关于规范中小学校服征订行为的命令'), found: ['命令'], suggestions: ['通知'] },
    { text: doc('清河县财政局令', '《清河县财政票据管理办法》现予公布。'), found: ['令'] },
    { text: doc('柳塘县人民政府令', '《柳塘县城区养犬管理办法》已经县政府常务会议通过，现予公布。'), found: ['令'] },
  ],
});
