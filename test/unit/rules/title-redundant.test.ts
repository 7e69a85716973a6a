import { strict as assert } from 'node:assert';
import { lint } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆。\n　　妥否，请批示。\n\n××局\n2024年3月5日\n`;

ruleCases('title-redundant', {
  valid: [
    { text: '中共清河县委 清河县人民政府关于做好2025年秋冬季森林防灭火工作的通知', why: 'a joint title, its issuers parted by a space' },
    { text: '广东省物价局广东省财政厅关于降低横琴口岸查验收费标准的复函', why: 'a joint title whose space a web copy lost' },
    { text: '四川省人民政府关于同意芦山县人民政府机关办公驻地迁移的批复', why: 'another body (芦山县人民政府), not the issuer said again' },
    { text: '××市人民政府关于实现目的的通知', why: '的的 is not looked for (目的的)' },
    { text: '××县人民政府关于申请人资格审查有关问题的请示', why: '申请人 is a noun' },
    { text: '××县教育局申请书', why: 'not a 请示 (申请书 is genre-nonstatutory\'s)' },
    { text: '××县教育局关于追加学生营养改善计划补助资金的请示报告', why: 'the pair is genre-doubled\'s; no verb said twice' },
    { text: '国务院关于国务院机构设置的通知', why: 'the issuer in a proper name (国务院机构) is not the subject of a verb' },
    { text: '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', why: 'a longer proper name that starts with the issuer' },
    { text: '国务院办公厅关于印发国务院2024年度立法工作计划的通知', why: 'the government is not its general office' },
    { text: '××市人民政府关于表彰先进的决定', why: 'the 事由 says what is decided' },
    { text: '××市人民政府关于××同志先进事迹的通报', why: 'no 通报 in the 事由' },
    { text: '临江市教育局关于市属学校开展师德师风专项整治的通知', why: 'another body follows 关于' },
    { text: '中共教育部党组关于加强高校思想政治工作的意见', why: '中共……党组 of a ministry is the body’s name' },
    { text: '中共××县委关于做好防汛工作的通知', why: '中共××县委: 党 said once' },
    { text: '××乡党委关于加强信息工作的通知', why: 'the short form without 中共' },
    { text: '××市教育局关于印发《××市教育局2024年工作要点》的通知', why: 'the issuer inside the forwarded title (《》) is not said twice' },
    { text: '青山市教育局关于青山市中小学布局调整的请示', why: 'the city named in the 事由 is not the issuer' },
    { text: '××局关于报送2024年统计数据的报告', why: '报送 names what is sent; only 上报/呈报 repeat 报告' },
    { text: doc('××局关于追加执法经费的请示'), why: 'no redundant verb' },
    { text: doc('××局关于申请人资格认定问题的请示'), why: '申请人 is a noun' },
    { text: doc('××区教育局关于申请追加经费的函'), why: 'a 请批函 may say 申请 (only 请示 repeats it)' },
    { text: doc('××局关于落实请求事项的请示'), why: '请求 not right after 关于' },
    { text: '××局关于报告制度执行情况的报告', why: '报告制度 is a noun phrase' },
    { text: doc('××局关于请示事项办理时限的请示'), why: '请示事项 is a noun phrase' },
  ],
  invalid: [
    { text: '清河县人民政府办公室清河县人民政府关于做好2025年秋冬季森林防灭火工作的通知', found: ['清河县人民政府办公室清河县人民政府'] },
    { text: doc('关于××公司追加申请冷轧车间投资资金的请示'), found: ['申请'], severity: 'info' },
    { text: '临溪县人力资源和社会保障局关于做好2025年度年度考核工作的通知', found: ['年度'] },
    { text: '临溪县人民政府关于申请设立临溪高新技术产业园区的请示', found: ['申请'], severity: 'info' },
    { text: '临溪县人民政府关于请求设立临溪高新技术产业园区的请示', found: ['请求'], severity: 'warning' },
    { text: '关于召开2025年度党风廉政建设工作会议的会议通知\n\n各科室：\n　　定于3月5日召开会议。\n　　特此通知。\n', found: ['会议'] },
    { text: '某大学关于关于开展2025年度教职工师德师风考核工作的通知', found: ['关于'], suggestions: [''] },
    { text: '某市总工会关于某市总工会举办第五届职工职业技能大赛的通知', found: ['某市总工会'] },
    { text: '石湾县教育局申请追加学生营养改善计划补助资金的请示', found: ['申请'] },
    { text: doc('××局关于请求增拨经费的请示报告'), found: ['请求'] },
    { text: '柳塘县农业农村局关于申请下达高标准农田建设项目资金的请示报告', found: ['申请'] },
    { text: '××县人民医院请求增加专业技术人员招聘计划的请示', found: ['请求'] },
    { text: '临江市教育局关于临江市教育局开展师德师风专项整治的通知', found: ['临江市教育局'] },
    { text: '云岭省交通运输厅关于省交通运输厅机关内设机构调整的通知', found: ['省交通运输厅'] },
    { text: '某公司关于举办某公司员工培训的通知', found: ['某公司'] },
    { text: '金屿市人民政府关于金屿市人民政府2024年为民办实事项目的通知', found: ['金屿市人民政府'] },
    { text: '南渚市人民政府办公室关于部分单位予以通报批评的通报', found: ['予以通报'] },
    { text: '石湾县人民政府关于县政府决定表彰2023年度安全生产先进单位的决定', found: ['县政府决定'] },
    { text: '云岭省人民政府办公厅关于印发云岭省人民政府办公厅2024年督查工作计划的通知', found: ['云岭省人民政府办公厅'], severity: 'info' },
    { text: '临江市审计局关于做好临江市审计局机关干部年度考核工作的通知', found: ['临江市审计局'] },
    { text: '中共××乡党委关于进一步加强党委信息工作的通知', found: ['党委'], severity: 'info', message: '中国共产党' },
    { text: '关于召开中共××省第×次党代会的决定', found: ['党代会'], severity: 'info' },
    { text: '××县人民政府××县人民政府关于加强防汛工作的通知', found: ['××县人民政府'], suggestions: [''] },
    { text: '××县人民政府关于××县人民政府机关作风建设的通知', found: ['××县人民政府'] },
    { text: doc('××公司关于要求批准建造冷库的请示'), found: ['要求批准'] },
    { text: '关于上报2024年安全生产情况的报告', found: ['上报'] },
    { text: '××局关于向市财政局申请追加经费的报告', found: ['向市财政局'] },
    { text: doc('××局关于请求增拨执法经费的请示'), found: ['请求'], output: null, suggestions: [''], message: '语义重复' },
    { text: doc('××局关于申请追加经费的请示'), found: ['申请'], output: null, suggestions: [''] },
    { text: doc('××局关于请求批准设立执法大队的请示'), found: ['请求批准'], output: null, suggestions: [''] },
    { text: doc('××局关于恳请同意购置执法车辆的请示'), found: ['恳请同意'], output: null, suggestions: [''] },
    { text: doc('××局关于申请资金的请示'), found: ['申请'], output: null, suggestions: [''] },
    { text: doc('××局关于申请追加\n执法经费的请示'), found: ['申请'], output: null, suggestions: [''] },
    { text: doc('××县水利局关于请示解决水库除险加固资金的请示'), found: ['请示'], output: null, suggestions: [''] },
    { text: '××局关于报告2024年防汛工作情况的报告', found: ['报告'] },
  ],
});

describe('title-redundant on an issuer with regular-expression characters', () => {
  it('reads the issuer literally (a Markdown ** before the title threw once)', () => {
    const r = lint('青山市教育局\n**关于临时交通管制的公告\n', { detect: 'always' });
    assert.deepEqual(r.ruleErrors, []);
  });
});
