import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n各学校：\n　　现将省教育厅通知转发给你们，请认真贯彻执行。\n\n××县教育局\n2024年3月5日\n`;

ruleCases('title-transfer-nesting', {
  valid: [
    { text: '青溪县人民政府关于印发青溪县2025年招商引资工作要点的通知', why: '印发 a 要点' },
    { text: '××市人民政府办公室关于印发《2025年“安全生产月”活动方案》的通知', why: 'a cited plan' },
    { text: doc('××省人民政府关于贯彻落实国务院关于加快发展养老服务业若干意见的实施意见'), why: 'a verb (贯彻落实) says what is done with the other document' },
    { text: doc('国务院批转发展改革委关于2009年深化经济体制改革工作意见的通知'), why: '批转 with the document named by its 事由' },
    { text: doc('××县人民政府转发市人民政府办公室《关于加强防汛工作的意见》的通知'), why: 'named in 《》' },
    { text: '瑞安市人民政府办公室转发温州市推行说理性行政处罚文书指导意见及操作规范的通知', why: 'a place named first stands for its government as the issuer' },
    { text: doc('××县教育局转发省教育厅关于做好招生工作的通知'), why: 'names whose document it forwards' },
    { text: doc('××县教育局关于转发《××省中小学学籍管理办法》的通知'), why: 'the forwarded document is named in 《》' },
    { text: doc('××县教育局转发省教育厅关于做好2024年招生工作的通知'), why: 'the recommended form: one 转发, one 关于, one 通知' },
    { text: doc('××县人民政府转发市人民政府关于加强防汛工作的意见的通知'), why: 'one 转发 and one 关于; 意见的通知 is not doubled' },
    { text: doc('××局关于印发《关于加强安全生产工作的意见》的通知'), why: 'a 关于 inside 《》 is the printed document\'s own title' },
    { text: doc('××县教育局关于做好2024年招生工作的通知'), why: 'not a transfer title' },
    { text: doc('国务院办公厅转发农业部等部门关于2002年减轻农民负担工作意见的通知'), why: 'a real single-level transfer title' },
  ],
  invalid: [
    { text: '青溪县人民政府关于印发青溪县2025年招商引资工作的通知', found: ['青溪县人民政府关于印发青溪县2025年招商引资工作的通知'], message: '不是文件名' },
    { text: doc('临溪市人民政府办公室关于转发省政府办公厅文件的通知'), found: ['临溪市人民政府办公室关于转发省政府办公厅文件的通知'] },
    { text: doc('临川县人民政府办公室转发《通知》的通知'), found: ['临川县人民政府办公室转发《通知》的通知'], message: '没有写明所转发文件的标题' },
    { text: doc('南湖区教育局关于印发《东川市教育局关于印发〈中小学课后服务管理办法〉的通知》的通知'), found: ['南湖区教育局关于印发《东川市教育局关于印发〈中小学课后服务管理办法〉的通知》的通知'], message: '转发' },
    { text: doc('关于××市人民政府关于加强防汛工作的通知'), found: ['关于××市人民政府关于加强防汛工作的通知'], message: '转发、印发' },
    { text: doc('云岭省人民政府批转省教育厅报告的通知'), found: ['云岭省人民政府批转省教育厅报告的通知'], message: '没有写明所批转文件的标题' },
    { text: doc('××县人民政府转发市财政局的意见的通知'), found: ['××县人民政府转发市财政局的意见的通知'], message: '转发' },
    { text: doc('转发省民政厅党组关于推行殡葬改革工作的报告的通知'), found: ['转发省民政厅党组关于推行殡葬改革工作的报告的通知'], message: '批转' },
    { text: doc('转发关于做好防汛工作的通知'), found: ['转发关于做好防汛工作的通知'] },
    { text: doc('××县人民政府关于批转县教育局工作要点的报告'), found: ['报告'] },
    { text: doc('转发……方案的通知'), found: ['转发……方案的通知'] },
    {
      text: doc('××县教育局关于转发××市教育局关于转发省教育厅关于做好2024年招生工作的通知的通知的通知'),
      found: ['××县教育局关于转发××市教育局关于转发省教育厅关于做好2024年招生工作的通知的通知的通知'],
      severity: 'warning',
      message: '“的通知”重复3次',
      suggestions: ['××县教育局转发省教育厅关于做好2024年招生工作的通知'],
    },
    { text: doc('××县教育局转发市教育局转发省教育厅关于做好招生工作的通知'), message: '“转发”出现2次', suggestions: ['××县教育局转发省教育厅关于做好招生工作的通知'] },
    { text: doc('××县人民政府关于转发市人民政府关于加强防汛工作的意见的通知'), message: '“关于”出现2次', suggestions: ['××县人民政府转发市人民政府关于加强防汛工作的意见的通知'] },
    { text: doc('××县人民政府关于转发市人民政府关于加强防汛工作的通知的通知'), suggestions: ['××县人民政府转发市人民政府关于加强防汛工作的通知'] },
    { text: doc('××县财政局批转县审计局关于批转××的报告的通知'), message: '“批转”出现2次' },
  ],
});
