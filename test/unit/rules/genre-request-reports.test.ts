import { ruleCases } from '../helpers/ruleTester';

ruleCases('genre-request-reports', {
  valid: [
    { text: '白鹭市人民政府关于同意莲塘县调整安全生产工作情况通报制度的批复', why: 'a 批复 granting a request' },
    { text: '××市人民政府关于××县城市总体规划的批复', why: 'the matter of a 请示' },
    { text: '××局关于报送审批2024年项目计划的请示', why: 'sent up for approval (审批)' },
    { text: '××局关于事故处理问题的请示', why: 'asks how to handle a matter' },
    { text: '××县教育局关于申请拨付校舍维修经费的请示', why: 'the 事由 asks for money' },
    { text: '××县人民政府关于调整城市总体规划的请示', why: 'the 事由 asks for approval of a change' },
    { text: '××局关于2024年工作情况的报告', why: 'a 报告 that reports is right' },
    { text: '××局关于根据检查情况追加整改资金的请示', why: '情况 is the ground; the request (追加资金) is named' },
    { text: '××局关于设立××检查站有关情况的请示', why: 'the 事由 names the request (设立)' },
    { text: '××局关于工作情况的请示报告', why: 'a doubled genre word is genre-doubled\'s finding' },
  ],
  invalid: [
    { text: '白鹭市人民政府关于莲塘县2024年上半年安全生产工作情况的批复', found: ['工作情况'], message: '报告' },
    { text: '××县应急管理局关于“5·12”事故调查处理结果的请示', found: ['处理结果'] },
    { text: '××市统计局关于一季度经济运行分析的请示', found: ['运行分析'] },
    { text: '××市教育局关于报送2024年教育统计数据的请示', found: ['报送'] },
    { text: '××县教育局关于2024年暑期校舍维修工作情况的请示', found: ['工作情况'], suggestions: ['报告'] },
    { text: '××局关于上半年安全生产情况的请示', found: ['生产情况'], suggestions: ['报告'] },
    { text: '××区关于创建文明城市工作进展情况的请示', found: ['工作进展情况'] },
    { text: '××局关于2024年度工作总结的请示', found: ['工作总结'] },
    { text: '××乡关于防汛救灾工作开展情况的请示\n\n县人民政府：\n　　现将有关情况报告如下。\n　　妥否，请批示。\n\n××乡人民政府\n2024年7月5日', found: ['开展情况'] },
  ],
});
