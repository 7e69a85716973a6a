import { ruleCases } from '../helpers/ruleTester';

const tongGao = (title: string, recipients = '') =>
  `${title}\n\n${recipients ? recipients + '\n' : ''}　　为切实做好春节期间安全工作，根据有关规定，现将有关事项通告如下：\n　　一、禁止在市区燃放烟花爆竹。\n　　特此通告。\n\n××市公安局\n2024年1月5日\n`;
const gongGao = (title: string, sig = '××省人民政府') =>
  `${title}\n\n　　根据《中华人民共和国××法》，现将有关事项公告如下：\n　　一、自2024年5月1日起施行。\n　　特此公告。\n\n${sig}\n2024年3月5日\n`;

ruleCases('genre-announcement-scope', {
  valid: [
    { text: '梅溪县统计局2024年梅溪县国民经济和社会发展统计公报\n\n　　2024年，全县经济运行稳中有进。\n\n梅溪县统计局\n2025年3月5日\n', why: 'a statistics bureau publishes its figures by 公报' },
    { text: '平山县人民政府征收土地预公告\n\n平山镇孟堡村及有关农户：\n　　根据有关规定，现将拟征收土地事项公告如下。\n\n平山县人民政府\n2025年3月4日\n', why: 'a land-acquisition 公告 names whom it concerns' },
    { text: gongGao('庆元县人民政府第三次农业普查领导小组办公室公告', '庆元县人民政府第三次农业普查领导小组办公室'), why: 'a census office\'s 公告 is the census rules\' own form' },
    { text: gongGao('某市第一人民医院关于报废医疗设备公开拍卖的公告', '某市第一人民医院'), why: 'a sale by auction follows its sector\'s rules' },
    { text: '××市统计局关于2024年国民经济和社会发展的统计公报\n　　2024年，全市实现地区生产总值5126.8亿元。\n', why: 'a 统计局 publishes its data by 公报' },
    { text: '××县教育局关于2025年全县中考成绩统计情况的公报\n　　全县参考人数6321人。\n', why: 'no task or meeting in the 事由' },
    { text: '××市城市管理局关于禁止在城区主干道两侧占道经营的通知\n\n各区城市管理局：\n　　请按要求执行。\n　　特此通知。\n\n××市城市管理局\n2025年4月18日\n', why: 'a 通知 to its subordinates' },
    { text: '东川市财政局关于2024年预算执行分析会议情况的通报', why: 'a 通报 on a meeting that was held' },
    { text: '××市人民政府关于表彰2024年度全市安全生产工作会议先进单位的通报', why: 'a meeting named, not called' },
    { text: gongGao('国家市场监督管理总局关于发布《食品生产许可审查通则》的公告', '国家市场监督管理总局'), why: 'a national body (市场 is no city)' },
    { text: gongGao('××省人民代表大会常务委员会关于召开××省第十四届人民代表大会第三次会议的公告', '××省人民代表大会常务委员会'), why: 'a 人大 session is announced to the public' },
    { text: gongGao('××市发展和改革委员会关于举行城市供水价格调整听证会的公告', '××市发展和改革委员会'), why: 'a 听证会 is announced to the public by law' },
    { text: tongGao('××市公安局关于2024年××马拉松比赛期间实行交通管制的通告'), why: 'public order around an event, not a meeting notice' },
    { text: gongGao('××市市场监督管理局关于食品安全监督抽检信息的公告', '××市市场监督管理局'), why: 'sector law prescribes 抽检 公告' },
    { text: tongGao('××市公安局关于春节期间禁止燃放烟花爆竹的通告'), why: 'a 通告 without 主送机关; “为……，现将有关事项通告如下：” is its opening, not a recipient' },
    { text: gongGao('××省人民政府关于公布××自然保护区范围的公告'), why: 'a provincial 公告 of a statutory matter (自然保护区 is not a county)' },
    { text: gongGao('××市人民代表大会常务委员会公告', '××市人民代表大会常务委员会'), why: 'a legislature\'s 公告 of a 法定事项' },
    { text: gongGao('新疆维吾尔自治区人民政府关于××的公告', '新疆维吾尔自治区人民政府'), why: 'a 自治区 is a province, not a county-level 区' },
    { text: `××局关于开展安全检查的通知\n\n各科室：\n　　请按时完成自查。\n　　特此通知。\n\n××局\n2024年3月5日\n`, why: 'a 通知 has recipients' },
  ],
  invalid: [
    { text: '东湖街道办事处2024年度财务收支情况公报\n\n　　现将2024年度财务收支情况公布如下。\n\n东湖街道办事处\n2025年1月5日\n', found: ['公报'], message: '2024年度财务收支情况' },
    { text: '梅溪县教育局关于2025年全县中考招生录取工作的公报\n\n　　现将有关情况公布如下。\n\n梅溪县教育局\n2025年7月5日\n', found: ['公报'] },
    { text: tongGao('××市人民政府办公室关于规范机关大院车辆停放管理的通告'), found: ['通告'], message: '本机关内部的事项', suggestions: ['通知'] },
    { text: gongGao('某市第一人民医院关于门诊楼改造期间调整部分科室就诊位置的公告', '某市第一人民医院'), found: ['公告'], suggestions: ['通告'] },
    { text: '××县教育局关于2025年全县中考招生工作安排的公报\n　　各校要按时完成报名。\n', found: ['公报'], message: '公报“适用于公布重要决定或者重大事项”' },
    { text: '××市城市管理局关于禁止在城区主干道两侧占道经营的通知\n\n全市广大市民：\n　　自2025年5月1日起，禁止占道经营。\n　　特此通知。\n\n××市城市管理局\n2025年4月18日\n', found: ['通知'], suggestions: ['通告'] },
    { text: '东川市财政局关于召开2024年预算执行分析会议的通报', found: ['通报'], suggestions: ['通知'], message: '条例第八条（十）' },
    { text: tongGao('临川市人民政府办公室关于召开全市安全生产工作会议的通告'), found: ['通告'], severity: 'warning', message: '会议通知', suggestions: ['通知'] },
    { text: gongGao('××县教育局关于举办2024年中小学教师信息技术培训班的公告', '××县教育局'), found: ['公告'], message: '会议通知' },
    // 招聘公告 follow the rules for public recruitment: a hint, not a warning.
    { text: gongGao('××县人力资源和社会保障局2024年公开招聘事业单位工作人员公告', '××县人力资源和社会保障局'), found: ['公告'], severity: 'info', message: '启事' },
    { text: tongGao('××职业技术学院2024年招生通告'), found: ['通告'], severity: 'info', message: '招生' },
    { text: '××第一中学50周年校庆公告', found: ['公告'], severity: 'warning' },
    { text: '鸣谢公告', found: ['公告'], severity: 'warning' },
    { text: '××市桥牌大赛通告', found: ['通告'], severity: 'warning' },
    { text: '××市工商行政管理局公告', found: ['公告'], severity: 'warning' },
    { text: '××市关于严禁在市区养犬的公告', found: ['公告'], severity: 'warning' },
    { text: tongGao('××市公安局关于春节期间禁止燃放烟花爆竹的通告', '各区公安分局：'), found: ['各区公安分局：'], severity: 'warning', message: '通知', suggestions: ['通知', ''] },
    { text: gongGao('××省人民政府关于公布××自然保护区范围的公告').replace('\n\n　　根据', '\n\n各市、县人民政府：\n　　根据'), found: ['各市、县人民政府：'], severity: 'warning' },
    { text: gongGao('××街道办事处关于临时交通管制的公告', '××街道办事处'), found: ['公告'], severity: 'warning', message: '县级及以下', suggestions: ['通告'] },
    { text: gongGao('××市人民政府关于禁止燃放烟花爆竹的公告', '××市人民政府'), found: ['公告'], severity: 'warning', message: '禁止', suggestions: ['通告'] },
    { text: gongGao('××县人民政府公告', '××县人民政府'), found: ['公告'], message: '××县人民政府', suggestions: ['通告'] },
    { text: gongGao('关于调整公交线路的公告', '××市××区交通运输局'), found: ['公告'], message: '××市××区交通运输局' },
  ],
});
