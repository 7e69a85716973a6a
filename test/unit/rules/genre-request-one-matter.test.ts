import { ruleCases } from '../helpers/ruleTester';

const request = (body: string, title = '××市教育局关于××的请示') =>
  `${title}\n\n市人民政府：\n　　${body}\n　　妥否，请批示。\n\n××市教育局\n2024年3月5日\n`;

ruleCases('genre-request-one-matter', {
  valid: [
    { text: '××局关于购置执法车辆及所需经费的请示', why: 'the cost of a purchase belongs to it' },
    { text: '××县关于设立县数据中心和核定人员编制的请示', why: 'a new body\'s staff belongs to setting it up' },
    { text: '××局关于调整和完善补助标准的请示', why: 'two verbs, one matter' },
    { text: '××局关于增加和调整执法岗位的请示', why: 'two verbs sharing one object' },
    { text: '清河县人民政府关于同意县第二中学扩建和用地的批复', why: 'one subject' },
    { text: '清河县人民政府关于同意城东小学和城西小学扩建的批复', why: 'one kind of matter for two schools' },
    { text: '××县关于新建城东小学和扩建城西中学的请示', why: 'two buildings are one kind of matter (立项建设)' },
    { text: request('拟购置执法车辆2辆，所需经费60万元。'), why: 'one request closing' },
    { text: request('请示的结束语按“妥否，请批示”书写。拟购置执法车辆2辆。'), why: 'a closing named in quotation marks is not a second request' },
    { text: request('台风损坏校舍十所，特申请修复经费380万元，其中A校200万元、B校180万元。'), why: 'one sum with its breakdown is one request' },
    { text: '××市人民政府关于同意××镇设立联合贸易公司的批复\n\n××镇人民政府：\n　　你镇《关于设立联合贸易公司的请示》收悉。经研究，同意设立。\n　　此复。\n\n××市人民政府\n2024年3月5日\n', why: 'a 批复 answering one 请示' },
    { text: '××省人民政府关于同意划定集中式饮用水水源保护区的批复\n\n甲市、乙市人民政府：\n　　你们报送的《甲市人民政府关于划定长江大渡口集中式饮用水水源保护区的请示》（甲府〔2020〕13号）、《乙市人民政府关于划分涪江东山村集中式饮用水水源保护区的请示》（乙府〔2020〕15号）收悉。现批复如下：\n　　一、原则同意。\n', why: 'several requests on one matter, answered together' },
    { text: '国务院关于同意××省调整××市部分行政区划的批复\n\n××省人民政府：\n　　你省《关于××市市中区行政区划调整的请示》（×府〔2001〕39号）和《关于××市市中区行政区划调整的请示》（×府〔2003〕34号）收悉。现批复如下：\n', why: 'a request and its repeat' },
    { text: request('为保障执法工作，拟购置执法车辆2辆，恳请解决购车经费60万元。'), why: 'the cost of the purchase is the same matter' },
    { text: request('为保障执法工作，特申请购置执法车辆2辆，所需经费120万元由市财政解决。'), why: 'the money describes the purchase' },
    { text: request('该项目已于去年立项。现申请增拨经费50万元。'), why: 'background (已于去年立项) is not asked for' },
    { text: request('恳请批准设立××学校安全管理中心，核定事业编制5名。'), why: 'the staffing of a new body belongs to setting it up' },
    { text: request('根据《关于申请建设用地和购置设备的通知》，现申请增拨经费30万元。'), why: 'matters inside a cited title do not count' },
    { text: `××局关于2024年工作情况的报告\n\n市人民政府：\n　　请求增拨经费50万元并增加编制3名。\n　　特此报告。\n\n××局\n2024年3月5日\n`, why: 'only a 请示 must be 一文一事' },
  ],
  invalid: [
    { text: '青山县教育局关于解决农村学校校舍维修资金和教师编制问题的请示', found: ['解决农村学校校舍维修资金和教师编制问题'], severity: 'info' },
    { text: '××县卫生健康局关于购置救护车和增加医护人员编制的请示', found: ['购置救护车和增加医护人员编制'], severity: 'info' },
    { text: '清河县人民政府关于同意县第二中学扩建和县城西污水处理厂选址的批复', found: ['县第二中学扩建和县城西污水处理厂选址'], severity: 'info', message: '分别批复' },
    { text: '临江城投集团有限公司关于增加注册资本和调整董事会成员的请示', found: ['增加注册资本和调整董事会成员'], severity: 'info', message: '一文一事' },
    { text: '××公司关于转让闲置厂房及延长土地租赁期限的请示', found: ['转让闲置厂房及延长土地租赁期限'], severity: 'info' },
    { text: request('一、拟购置执法车辆2辆。当否，请批复。\n　　二、拟增加编制3名。'), found: ['妥否，请批示'], severity: 'warning', message: '一文多事' },
    { text: request('拟购置执法车辆2辆，同时申请增加编制5名。'), found: ['申请增加编制5名'] },
    { text: request('台风损坏校舍十所，特申请修复经费380万元。\n　　××小学多媒体项目尚欠设备款30万元，现申请追加30万元。'), found: ['××小学多媒体项目尚欠设备款30万元，现申请追加30万元。'], message: '两处' },
    { text: '××市人民政府关于××镇有关事项的批复\n\n××镇人民政府：\n　　对你镇的数次请示，经研究作答复如下：\n　　一、同意建立联合贸易公司。\n　　此复。\n\n××市人民政府\n2024年3月5日\n', found: ['数次请示'], message: '几份请示' },
    { text: '××镇人民政府：\n　　你镇《关于建立贸易公司的请示》《关于举办服装节的请示》收悉。现批复如下：\n　　一、同意。\n', found: ['《关于建立贸易公司的请示》《关于举办服装节的请示》收悉'] },
    { text: request('为加强执法力量，请求增拨经费50万元并增加编制3名。'), found: ['增加编制3名'], message: '一文一事' },
    { text: request('恳请批准划拨用地20亩用于新建校舍。同时申请表彰先进集体3个。'), found: ['申请表彰先进集体3个'] },
    { text: request('现申请购置执法车辆2辆；另申请增加人员编制4名。'), found: ['另申请增加人员编制4名'] },
    { text: request('请予批准成立××中心，并请调整学生资助政策标准。'), found: ['请调整学生资助政策标准'] },
    { text: request('特申请立项建设××体育馆，恳请同时授予我局“文明单位”称号。'), found: ['授予我局“文明单位”称号'] },
  ],
});

describe('genre-request-one-matter on a very long opening', () => {
  it('a 批复 whose opening cites 请示 thousands of times is checked without blowing up (bounded pattern)', () => {
    const { lint } = require('../../../src/core') as typeof import('../../../src/core');
    const text = `××市人民政府关于××的批复\n\n××县人民政府：\n　　你县${'《关于A的请示》、'.repeat(20000)}收悉。\n　　此复。\n`;
    const result = lint(text, { detect: 'always' });
    // It finishes (the unbounded pattern took minutes here) and no rule throws.
    require('node:assert').strict.deepEqual(result.ruleErrors, []);
  });
});
