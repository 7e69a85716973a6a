import type { LintConfig } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const organization = {
  name: '某某市教育局',
  shortName: '市教育局',
  code: '某教',
  superiors: ['某某市人民政府', '某某省教育厅'],
  subordinates: ['各区教育局', '市教育科学研究院'],
  peers: ['某某市财政局', '某某市人力资源和社会保障局'],
};
const config: Partial<LintConfig> = { organization };

const request = (to: string, title = '某某市教育局关于追加学校改造经费的请示', closing = '妥否，请批示。') =>
  `${title}\n\n${to}：\n　　为改善薄弱学校办学条件，我局拟对12所学校实施改造，需追加经费300万元。\n　　${closing}\n\n某某市教育局\n2024年3月5日\n`;
const letter = (to: string, body: string, title = '某某市教育局关于追加学校改造经费的函') =>
  `${title}\n\n${to}：\n　　${body}\n　　请予函复。\n\n某某市教育局\n2024年3月5日\n`;

ruleCases('genre-request-vs-letter', {
  valid: [
    { text: '城关街道关于社区用房的请示\n\n梅溪县城关街道办事处：\n　　拟调整社区用房。\n　　妥否，请批示。\n\n城关街道西园社区居民委员会\n2024年6月3日\n', why: 'a 街道办事处 is a body, not a division', config: {} },
    { text: '某风景区服务站关于维修步道的请示\n\n某某市林业局某风景区管理处：\n　　拟维修步道。\n　　妥否，请批示。\n\n某风景区服务站\n2024年6月3日\n', why: 'a 管理处 is a unit of its own', config: {} },
    { text: '梅溪县城关镇卫生院关于购置救护车的请示\n\n梅溪县人民医院：\n　　拟购置救护车1辆。\n　　妥否，请批示。\n\n梅溪县城关镇卫生院\n2024年4月2日\n', why: 'a 卫生院 to the county hospital: the same line of work (医共体), left to the reviewer', config: {} },
    { text: '梅溪县城关镇人民政府关于建设垃圾中转站的请示\n\n梅溪县人民政府：\n　　拟建设垃圾中转站1座。\n　　妥否，请批示。\n\n梅溪县城关镇人民政府\n2024年4月2日\n', why: 'a 镇 to its county government: its superior', config: {} },
    { text: '梅溪县残疾人联合会关于举办残疾人职业技能竞赛的请示\n\n梅溪县人民政府：\n　　拟举办竞赛。\n　　妥否，请批示。\n\n梅溪县残疾人联合会\n2025年9月1日\n', why: 'a people\'s organisation asks the government', config: {} },
    { text: '鹤鸣县人民医院关于购置磁共振设备的请示\n\n县卫生健康局：\n　　拟购置设备1台。\n　　妥否，请批示。\n\n鹤鸣县人民医院\n2024年3月5日\n', why: 'a hospital to its own line of work', config: {} },
    { text: '某市城市建设投资集团有限公司关于增加注册资本的请示\n\n市国有资产监督管理委员会：\n　　拟增加注册资本。\n　　妥否，请批示。\n\n某市城市建设投资集团有限公司\n2024年3月5日\n', why: 'a state-owned enterprise to the 国资 commission', config: {} },
    { text: '鹤鸣县第一中学关于新建教学楼的请示\n\n县人民政府：\n　　拟新建教学楼。\n　　妥否，请批示。\n\n鹤鸣县第一中学\n2024年3月5日\n', why: 'a government may stand above any unit', config: {} },
    { text: '××市人民政府关于商请支持的函\n\n××县人民政府：\n　　请予批准。\n\n××市人民政府\n2024年3月5日\n', why: 'a higher government writing down', config: {} },
    { text: '××县教育局关于商请协助的函\n\n××市人民政府：\n　　请予批准。\n\n××县教育局\n2024年3月5日\n', why: 'a county department and a city government: the names do not show a line', config: {} },
    { text: '青岚县人民政府关于商洽合作的函\n\n临江市人民政府：\n　　拟开展合作，请予支持为盼。\n\n青岚县人民政府\n2024年3月5日\n', why: 'no approval asked', config: {} },
    { text: '青岚县人民政府关于……的复函\n\n临江市人民政府：\n　　请予批准。\n\n青岚县人民政府\n2024年3月5日\n', why: 'a 复函 answers', config: {} },
    { text: '××县公安局城关派出所关于请县公安局增配警用车辆的请示', why: 'the issuer’s own line (公安)', config: {} },
    { text: '××县第一中学关于请县教育局为我校增派教师的请示', why: 'a school’s own line (教育)', config: {} },
    { text: '××县教育局关于请县人民政府协调解决学校用地的请示', why: 'a government is a superior', config: {} },
    { text: '××县关于请求解决3号教学楼加固改造经费的请示', why: 'no body asked', config: {} },
    { text: '××县教育局关于办理教师资格认定工作的通知', why: 'not a 请示', config: {} },
    { text: '××县教育局关于请市政府协调解决教师编制的请示', why: 'a government above the issuer may be asked to 协调' },
    { text: '××县第一中学关于请县教育局批准新建教学楼的请示', why: '批准 by the school\'s own superior is a 请示' },
    { text: '××县人民政府关于商请支持的复函', why: 'a 函 may 商请' },
    { text: request('某某市人民政府'), why: 'a 请示 to a configured superior', config },
    { text: request('市人民政府'), why: 'a short form of a configured superior (某某市人民政府 ends with it)', config },
    { text: request('某某省财政厅'), why: 'without an organization profile only same-level departments are judged: a department of the province is not', config: {} },
    { text: request('某某市人民政府、某某市财政局'), why: 'without a profile: a government among the recipients makes it route-upward-single-recipient’s business', config: {} },
    { text: request('某某市卫生健康委员会'), why: 'without a profile: a 委员会 may be a coordinating body above the sender, not judged', config: {} },
    { text: letter('某某市财政局', '我局拟对12所学校实施改造，商请追加经费300万元。'), why: 'a 函 to a peer is right', config },
    { text: request('某某市人民政府、某某市财政局'), why: 'one recipient is a superior (several recipients are route-upward-single-recipient’s business)', config },
    { text: request('某某市财政局'), why: 'a profile without superiors or peers says nothing about the recipient', config: { organization: { name: '某某市教育局', code: '某教' } } },
    { text: letter('某某市人民政府', '现将有关情况函告如下，供参阅。'), why: 'a 函 to a superior that asks for no approval', config },
    { text: letter('某某市人民政府', '我局拟请予批准12所学校改造。', '某某市教育局关于学校改造问题的复函'), why: 'a 复函 answers, it does not ask', config },
  ],
  invalid: [
    { text: '云岭学院关于调整学生公寓住宿费标准的请示\n\n云岭省教育厅财务处：\n　　拟调整住宿费标准。\n　　妥否，请批示。\n\n云岭学院\n2024年6月3日\n', found: ['请示'], message: '内设机构', suggestions: ['函'], config: {} },
    { text: '某某县交通运输局关于调整客运班线的请示\n\n某某市交通运输局运输管理科：\n　　拟调整客运班线。\n　　妥否，请批示。\n\n某某县交通运输局\n2024年6月3日\n', found: ['请示'], message: '某某市交通运输局', config: {} },
    { text: '梅溪县城关街道办事处关于北片区排水管网改造项目立项的请示\n\n梅溪县发展和改革局：\n　　拟实施排水管网改造。\n　　妥否，请批示。\n\n梅溪县城关街道办事处\n2024年3月12日\n', found: ['请示'], message: '人民政府领导', config: {} },
    { text: '梅溪县图书馆关于联合举办地方文献展览的请示\n\n梅溪县档案馆：\n　　拟联合举办地方文献展览。\n　　妥否，请批示。\n\n梅溪县图书馆\n2024年4月2日\n', found: ['请示'], message: '不同系统', config: {} },
    { text: '梅溪县残疾人联合会关于将残疾儿童送教上门纳入义务教育保障范围的请示\n\n梅溪县教育局：\n　　建议将其纳入送教上门服务范围。\n　　妥否，请批示。\n\n梅溪县残疾人联合会\n2025年9月1日\n', found: ['请示'], config: {} },
    { text: '鹤鸣县人民医院关于增加2024年专业技术人员公开招聘计划的请示\n\n县人力资源和社会保障局：\n　　拟追加招聘48名。\n　　妥否，请批示。\n\n鹤鸣县人民医院\n2024年3月5日\n', found: ['请示'], message: '不相隶属', suggestions: ['函'], config: {} },
    { text: '某钢铁集团有限公司关于延长超低排放改造完成期限的请示\n\n市生态环境局：\n　　恳请延长完成期限。\n　　妥否，请批示。\n\n某钢铁集团有限公司\n2025年11月5日\n', found: ['请示'], config: {} },
    { text: '青岚县人民政府关于将我县列为试点县的函\n\n临江市人民政府：\n　　我县具备条件。\n　　请予批准为盼。\n\n青岚县人民政府\n2024年3月5日\n', found: ['函'], suggestions: ['请示'], config: {} },
    { text: '某县人民政府关于商请批准某县经济开发区扩区调区的函\n\n某市人民政府：\n　　扩区方案已经县人民政府常务会议研究同意。现商请市政府予以批准。\n　　盼复。\n\n某县人民政府\n2025年9月2日\n', found: ['函'], message: '请示', config: {} },
    { text: '石桥乡人民政府关于拨付防汛抢险应急资金的函\n\n鹤鸣县人民政府：\n　　恳请县人民政府拨付防汛抢险应急资金200万元。\n　　特此函告。\n\n石桥乡人民政府\n2024年7月2日\n', found: ['函'], config: {} },
    { text: '××市教育局关于调整学区划分的函\n\n市人民政府：\n　　拟调整学区划分。\n　　请予批准。\n\n××市教育局\n2024年3月5日\n', found: ['函'], config: {} },
    { text: '北河县人民医院关于请县公安局在医院周边增设警务室的请示', found: ['请县公安局'], message: '函', config: {} },
    { text: '××市第一中学关于恳请市交通运输局在学校门前增设公交站点的请示', found: ['恳请市交通运输局'], config: {} },
    { text: '××县教育局关于请县财政局拨付校舍维修资金的请示', found: ['请县财政局'], config: {} },
    { text: '北河县第一中学关于办理新校区建设用地规划许可的请示', found: ['办理新校区建设用地规划许可'], severity: 'info', config: {} },
    { text: '临江市教育局关于商请市财政局追加中小学校舍安全改造资金的请示', found: ['商请'], severity: 'warning', suggestions: ['函'] },
    { text: '云岭师范学院关于请临江市公安局协助做好新生入学期间交通管理的请示', found: ['请临江市公安局协助'], suggestions: ['函'] },
    { text: '××县人民医院关于恳请县供电公司支持医院电力增容的请示', found: ['恳请县供电公司支持'] },
    // Without a profile: a 请示 from one department of a government to another of the same government.
    { text: request('某某市财政局'), config: {}, found: ['请示'], severity: 'warning', message: '同级的另一个政府工作部门', suggestions: ['函'] },
    { text: request('县财政局', '某某县司法局关于拨付普法经费的请示'), config: {}, found: ['请示'] },
    {
      text: request('某某市财政局'),
      found: ['某某市财政局'],
      suggestions: ['函'],
      severity: 'warning',
      message: '同级或不相隶属',
      config,
    },
    {
      text: request('市财政局'),
      found: ['市财政局'],
      suggestions: ['函'],
      message: '应当用函',
      config,
    },
    {
      text: request('各区教育局'),
      found: ['各区教育局'],
      suggestions: ['函'],
      message: '下级机关',
      config,
    },
    {
      text: request('某某市科学技术局'),
      found: ['某某市科学技术局'],
      suggestions: ['函'],
      severity: 'info',
      message: '不在本机关的上级机关名单',
      config,
    },
    {
      text: request('某某市人力资源和社会保障局', '某某市教育局关于\n增加教师编制的\n请示'),
      found: ['某某市人力资源和社会保障局'],
      suggestions: ['函'],
      config,
    },
    {
      text: letter('某某市人民政府', '我局拟对12所学校实施改造，恳请批准追加经费300万元。'),
      found: ['某某市人民政府'],
      suggestions: ['请示'],
      message: '标题文种改为“请示”',
      config,
    },
  ],
});
