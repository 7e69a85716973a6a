import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n市人民政府：\n　　为保障执法工作，拟购置执法车辆2辆。\n　　妥否，请批示。\n\n××局\n2024年3月5日\n`;

ruleCases('title-redundant', {
  valid: [
    { text: '国务院关于国务院机构设置的通知', why: 'the issuer in a proper name (国务院机构) is not the subject of a verb' },
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
    { text: doc('××局关于请求增拨经费的请示报告'), why: 'a doubled genre is genre-doubled\'s business first' },
    { text: doc('××局关于落实请求事项的请示'), why: '请求 not right after 关于' },
    { text: '××局关于报告制度执行情况的报告', why: '报告制度 is a noun phrase' },
    { text: doc('××局关于请示事项办理时限的请示'), why: '请示事项 is a noun phrase' },
  ],
  invalid: [
    { text: '临江市教育局关于临江市教育局开展师德师风专项整治的通知', found: ['临江市教育局'] },
    { text: '云岭省交通运输厅关于省交通运输厅机关内设机构调整的通知', found: ['省交通运输厅'] },
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
