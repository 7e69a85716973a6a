import type { LintConfig } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const config: Partial<LintConfig> = {
  organization: {
    name: '某某市教育局',
    superiors: ['某某市人民政府'],
    subordinates: ['各区教育局', '市教育科学研究院'],
    peers: ['某某市财政局'],
  },
};

const doc = (genre: '请示' | '报告' | '通知', cc: string) => {
  const title = `某某市教育局关于学校改造工作的${genre}`;
  const closing = genre === '请示' ? '妥否，请批示。' : genre === '报告' ? '特此报告。' : '特此通知。';
  const to = genre === '通知' ? '各区教育局' : '某某市人民政府';
  return `${title}\n\n${to}：\n　　我局拟对12所学校实施改造。\n　　${closing}\n\n某某市教育局\n2024年3月5日\n\n${cc}\n`;
};

const govDoc = (issuer: string, cc: string) =>
  `${issuer}关于将南溪古镇列入省级历史文化名镇的请示\n\n临江市人民政府：\n　　我县拟申报省级历史文化名镇，恳请市人民政府同意并转报。\n　　妥否，请批示。\n\n${issuer}\n2024年4月16日\n\n${cc}\n`;

ruleCases('route-upward-no-cc-subordinate', {
  valid: [
    { text: '梅溪县教育局关于新建县城第三幼儿园的请示\n\n梅溪县人民政府：\n　　拟新建幼儿园1所。\n　　妥否，请批示。\n\n梅溪县教育局\n2025年3月5日\n\n抄送：江城市第一人民医院。\n', why: 'a hospital is not in the 教育 line', config: {} },
    { text: govDoc('南溪县人民政府', '抄送：省住房和城乡建设厅，临江市财政局。'), why: 'a province department and another government’s department are not led by the county', config: {} },
    { text: govDoc('南溪县人民政府', '抄送：北河县人民政府。'), why: 'a government of the same level is a peer', config: {} },
    { text: govDoc('南溪县人民政府', '抄送：临江市人民政府办公室。'), why: 'the superior government’s office', config: {} },
    { text: doc('请示', '抄送：某某区财政局。'), why: 'a department issuer: another department is no subordinate by name', config: {} },
    { text: doc('请示', '抄送：某某市财政局。'), why: 'a peer in the 抄送 of a 请示 is allowed (条例第十五条（一）同级机关)', config },
    { text: doc('通知', '抄送：各区教育局，市教育科学研究院。'), why: 'a 通知 is not an upward document', config },
    { text: doc('报告', '抄送：各有关单位。'), why: '各有关单位 is not subordinate by its name', config: {} },
    { text: doc('请示', '抄送：某某市南城街道办事处。'), why: 'an 办事处 is no internal office', config: {} },
    { text: doc('请示', '抄送：省教育厅。'), why: 'the same line of work a level up', config: {} },
    { text: doc('请示', '抄送：某某市发展和改革委员会。'), why: 'without a profile only names like 各乡镇 are suspicious', config: {} },
    { text: doc('请示', '抄送：市教育局办公室。'), why: 'a name not in the subordinates list and not 各… is not flagged', config },
    { text: `某某市教育局关于学校改造工作的请示\n\n某某市人民政府：\n　　此前已将《关于抄送各区教育局的说明》报送。\n　　妥否，请批示。\n\n某某市教育局\n2024年3月5日\n`, why: 'a name in the body is not the 抄送 line', config },
  ],
  invalid: [
    { text: '××区城市管理局关于增配环卫作业车辆的请示\n\n××区人民政府：\n　　拟增配环卫作业车辆6辆。\n　　妥否，请批示。\n\n××区城市管理局\n2025年3月5日\n\n抄送：区财政局，局属各执法中队。\n', found: ['局属各执法中队'], severity: 'warning', config: {} },
    { text: '江城市清河区柳林街道办事处关于柳林农贸市场升级改造的请示\n\n清河区人民政府：\n　　恳请区政府予以支持。\n　　妥否，请批示。\n\n江城市清河区柳林街道办事处\n2025年3月5日\n\n抄送：区商务局，柳林社区居委会。\n', found: ['柳林社区居委会'], severity: 'warning', config: {} },
    { text: '梅溪县教育局关于新建县城第三幼儿园的请示\n\n梅溪县人民政府：\n　　拟新建幼儿园1所。\n　　妥否，请批示。\n\n梅溪县教育局\n2025年3月5日\n\n抄送：梅溪县财政局，梅溪县实验幼儿园。\n', found: ['梅溪县实验幼儿园'], severity: 'warning', config: {} },
    { text: doc('请示', '抄送：各区教育局。'), found: ['各区教育局'], severity: 'warning', config: {} },
    { text: doc('请示', '抄送：某某市财政局，财务处，基建处。'), found: ['财务处', '基建处'], severity: 'warning', config: {} },
    { text: govDoc('南溪县人民政府', '抄送：县住房城乡建设局，县文化和旅游局，南溪镇人民政府。'), found: ['县住房城乡建设局', '县文化和旅游局', '南溪镇人民政府'], severity: 'warning', config: {} },
    { text: govDoc('临江市人民政府', '抄送：临江市财政局。'), found: ['临江市财政局'], severity: 'warning', config: {} },
    { text: govDoc('北河县人民政府', '抄送：县发展和改革委员会。'), found: ['县发展和改革委员会'], severity: 'warning', config: {} },
    { text: doc('请示', '抄送：学校各学院。'), found: ['学校各学院'], severity: 'warning', config: {} },
    { text: doc('请示', '抄送：各区、县教育局。'), found: ['各区', '县教育局'], severity: 'warning', config: {} },
    {
      text: doc('请示', '抄送：某某市财政局，各区教育局。'),
      found: ['各区教育局'],
      severity: 'error',
      suggestions: [''],
      message: '不抄送下级机关',
      config,
    },
    {
      text: doc('报告', '抄送：市教育科学研究院，某某市财政局。'),
      found: ['市教育科学研究院'],
      severity: 'error',
      config,
    },
    {
      text: doc('请示', '抄送：某某市财政局，各乡镇人民政府。'),
      found: ['各乡镇人民政府'],
      severity: 'warning',
      message: '看起来是下级机关',
      config: {},
    },
    {
      text: doc('报告', '抄送：各科室、各直属单位。'),
      found: ['各科室', '各直属单位'],
      severity: 'warning',
      config: {},
    },
    {
      text: doc('请示', '抄送：各县（市、区）教育局。'),
      found: ['各县（市、区）教育局'],
      severity: 'warning',
      config,
    },
    {
      text: doc('请示', '抄送：某某市财政局，\n　　　　各区教育局。'),
      found: ['各区教育局'],
      severity: 'error',
      config,
    },
  ],
});
