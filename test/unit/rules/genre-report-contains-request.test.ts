import { strict as assert } from 'node:assert';
import { getRule, lint } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const report = (body: string, title = '××市交通运输局关于2024年安全生产工作情况的报告') =>
  `${title}\n\n市人民政府：\n　　2024年，我局认真贯彻落实市委、市政府决策部署。现将有关情况报告如下：\n　　${body}\n\n××市交通运输局\n2024年12月20日\n`;

ruleCases('genre-report-contains-request', {
  valid: [
    { text: report('该项目已报请县委予以审批，目前正在审批中。'), why: '报请 describes a request made elsewhere' },
    { text: report('我局已于3月向市政府请求拨付专项资金，目前已到位。\n　　特此报告。'), why: 'a request told about, not made here' },
    { text: report('我局将积极争取上级支持，解决资金缺口。\n　　特此报告。'), why: 'the writer’s own plan, not a request to the superior' },
    { text: report('建议市政府统筹安排专项资金，用于道路改造。\n　　特此报告。'), why: 'a 报告 may put forward a 建议' },
    { text: report('省财政已拨付专项资金50万元，我局已全部用于物资储备。\n　　特此报告。'), why: 'money already granted is reported, not asked for' },
    { text: report('经申请，市财政局追加经费20万元。\n　　特此报告。'), why: '申请 before 追加 tells what happened' },
    { text: '××市教育局关于要求各校报送2024年招生计划的通知', why: 'a 通知 that requires its recipients to act goes down: 要求 is an order there' },
    { text: '××市财政局关于申请2025年中央财政衔接资金项目的通知', why: 'a 通知 about applying for projects, addressed to subordinates' },
    { text: '全国人民代表大会常务委员会关于批准《××引渡条约》的决定', why: 'a 决定 that approves is right; only an asking verb is wrong there' },
    { text: '××县关于2023年度财政补助资金绩效评价的报告', why: '绩效评价 reports on money spent' },
    { text: '××局关于2023年度经费使用情况的报告', why: 'the 事由 reports on money spent, it asks for none' },
    { text: '××局关于2023年度专项经费使用情况的报告', why: 'the 事由 reports on money spent' },
    { text: '××局关于增加教学科研用房情况的报告', why: '情况 after the ask: a report on what was done' },
    { text: report('我局已向县政府请求追加拨款，县政府已批准。\n　　特此报告。'), why: 'a request told about' },
    { text: '××局关于申请资金使用情况的报告', why: 'a report on how a granted application was used' },
    { text: '××局关于行政审批制度改革工作的报告', why: '审批 names the subject, not a request' },
    { text: report('全年检查企业318家次。\n　　特此报告。'), why: 'a plain report' },
    { text: report('根据《××局关于购置执法车辆的请示》的批复，车辆已购置到位。\n　　特此报告。'), why: 'a cited 请示 title is not a request of this document' },
    { text: report('按照市政府批示精神，我局开展了专项整治。\n　　特此报告。'), why: '批示 as a noun is not a request' },
    { text: report('该项目已报请市发展改革委批准立项。\n　　特此报告。'), why: '报请批准 describes a past step, it does not ask' },
    { text: report('全年检查企业318家次。\n　　以上报告，请审阅。'), why: '请审阅 is an accepted 报告 closing' },
    { text: `××局关于开展安全检查的通知\n\n各科室：\n　　请于3月10日前完成自查，妥否，请批示。\n\n××局\n2024年3月5日\n`, why: 'a 通知 is closing-mismatch\'s business' },
    { text: `××局关于2025年工作的意见\n\n市人民政府：\n　　一、总体要求。\n　　以上意见如无不妥，请批转各地区、各部门执行。\n\n××局\n2024年12月5日\n`, why: 'the upward 意见 closing asks for 批转, the seed: 上行意见按请示程序办理' },
    { text: `××局关于2025年工作的意见\n\n市人民政府：\n　　一、总体要求。\n　　以上意见妥否，请批示。\n\n××局\n2024年12月5日\n`, why: 'an upward 意见 closing “以上意见妥否，请批示” follows the 请示 procedure (seed)' },
  ],
  invalid: [
    { text: report('以上报告，批准为盼。'), found: ['报告', '批准为盼'] },
    { text: report('以上报告，请审议并批复。'), found: ['报告', '请审议并批复'] },
    { text: report('目前尚有资金缺口约680万元。恳请县政府在2025年农村公路建设资金安排上给予我乡政策倾斜和资金支持。'), found: ['报告', '恳请县政府在2025年农村公路建设资金安排上给予我乡政策倾斜和资金支持'] },
    { text: report('以上报告请审核批准。'), found: ['报告', '请审核批准'] },
    { text: report('我局拟于9月再举办专场招聘会2场，需经费6万元，请县委予以审批。'), found: ['报告', '请县委予以审批'] },
    { text: report('尚缺资金48万元。恳请镇政府给予大力支持，帮助解决资金缺口。'), found: ['报告', '恳请镇政府给予大力支持'] },
    { text: report('目前尚有资金缺口300万元，希望市政府给予资金支持。\n　　特此报告。'), found: ['报告', '希望市政府给予资金支持'] },
    { text: report('恳请市里帮助解决资金缺口。\n　　特此报告。'), found: ['报告', '恳请市里帮助解决资金缺口'] },
    { text: report('以上报告，盼复。'), found: ['报告', '盼复'] },
    { text: report('储备物资不足，请县人民政府拨付应急物资储备专项资金50万元。\n　　特此报告。'), found: ['报告', '请县人民政府拨付应急物资储备专项资金'] },
    { text: report('恳请集团公司于7月底前拨付安全技改专项资金120万元，以消除隐患。\n　　特此报告。'), found: ['报告', '恳请集团公司于7月底前拨付安全技改专项资金'] },
    { text: '关于要求解决××中学生产实习基地的\n紧急通知\n县人民政府：\n　　请县政府及时研究解决。\n××县教育局\n1998年12月1日', found: ['紧急通知'], severity: 'warning', suggestions: ['请示'] },
    { text: '××县教育局关于请求拨付校舍维修经费的通知', found: ['通知'], severity: 'warning' },
    { text: '××县教育局关于申请拨付校舍维修经费的报告', found: ['申请'], suggestions: ['请示'] },
    { text: '××县关于追加防汛资金的报告', found: ['追加'] },
    { text: '关于向县政府申请暂借资金兑付教师工资的报告', found: ['向县政府申请'] },
    { text: '××县交通局关于拨款维修××村桥梁的报告', found: ['拨款'] },
    { text: '关于申请拨款的通报', found: ['申请'] },
    { text: report('更新设备尚缺经费80万元，恳请县政府追加拨款。\n　　特此报告。'), found: ['报告', '恳请县政府追加拨款'] },
    { text: '××县卫生健康局关于疫苗冷链设备购置经费的报告', found: ['购置经费'], suggestions: ['请示'] },
    { text: '××学院关于增加教学科研用房的报告', found: ['增加教学科研用房'] },
    { text: report('我局拟购置执法车辆6辆。\n　　妥否，请批示。'), found: ['报告', '妥否，请批示'] },
    { text: report('全年检查企业318家次。\n　　特此报告，妥否，请批示。'), found: ['报告', '妥否，请批示'] },
    { text: report('我局拟购置执法车辆6辆，恳请批准。\n　　特此报告。'), found: ['报告', '恳请批准'] },
    { text: report('下一步拟新建检测站，请予核拨经费120万元。\n　　特此报告。\n　　当否，请批复。'), found: ['报告', '请予核拨经费', '当否，请批复'] },
    { text: `××市安委会关于2024年安全生产检查情况的通报\n\n各区人民政府：\n　　现将检查情况通报如下。\n　　妥否，请批示。\n\n××市安委会\n2024年3月5日\n`, found: ['妥否，请批示'], severity: 'warning', suggestions: ['特此通报。'] },
    { text: `××市人民政府常务会议纪要\n\n　　会议研究了防汛工作。\n　　会议议定：请市财政局予以同意。\n　　请予审批。\n\n××市人民政府办公室\n2024年3月5日\n`, found: ['请予审批'], severity: 'warning' },
  ],
});

describe('genre-report-contains-request: the request in the 正文 and the 文种', () => {
  const findings = (text: string) => lint(text, { detect: 'always', rules: [getRule('genre-report-contains-request')!] }).findings;
  it('marks the request as an error with the 报告 closing and 请示 offered, and the genre word as a warning offering 请示', () => {
    const text = report('我局拟购置执法车辆6辆。\n　　妥否，请批示。');
    const [word, body] = findings(text);
    assert.equal(text.slice(word.range[0], word.range[1]), '报告');
    assert.equal(word.severity, 'warning');
    assert.ok(word.message.includes('妥否，请批示'), word.message);
    assert.deepEqual(word.suggestions.map((x) => x.fix.text), ['请示']);
    assert.equal(text.slice(body.range[0], body.range[1]), '妥否，请批示');
    assert.equal(body.severity, 'error');
    assert.ok(body.message.includes('条例第十五条（四）'), body.message);
    assert.deepEqual(body.suggestions.map((x) => x.fix.text), ['特此报告。', '请示']);
  });
  it('does not mark the genre word twice when the title already asks', () => {
    const text = report('请予核拨经费120万元。\n　　特此报告。', '××县关于追加防汛资金的报告');
    assert.deepEqual(findings(text).map((f) => text.slice(f.range[0], f.range[1])), ['追加', '请予核拨经费']);
  });
});

