import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n各区县教育局：\n　　请按要求做好有关工作。\n　　特此通知。\n\n××市教育局\n2025年3月5日\n`;

ruleCases('title-wording', {
  valid: [
    { text: doc('××县人民政府关于转发《××市人民政府关于加强安全生产工作的意见》的通知'), why: 'the second 关于 inside the cited title’s 书名号' },
    { text: doc('××市教育局关于做好2025年中小学招生工作有关问题的通知'), why: '有关问题 without a 的 before it' },
    { text: doc('××市教育局关于做好中小学招生工作的通知'), why: 'one 的' },
    { text: doc('××市人民政府关于印发《××市关于加快发展现代农业的实施意见》的通知'), why: 'the 的 of the cited title are not counted' },
    { text: doc('国务院办公厅关于进一步加强政府网站信息内容建设的意见'.replace('意见', '通知')), why: 'a long title, and no length set' },
    { text: doc('××市教育局关于做好中小学招生工作的通知'), config: { rules: { 'title-wording': { severity: 'warning', options: { maxLength: 30 } } } }, why: 'shorter than the length a pack sets' },
  ],
  invalid: [
    { text: doc('××大学关于认真贯彻中央纪律检查委员会关于不准干扰大学毕业生分配工作的通报精神做好应届毕业生分配工作的意见'), found: ['关于'], severity: 'info' },
    { text: doc('××市教育局关于做好2025年中小学招生工作的有关问题的通知'), found: ['的'], severity: 'warning', suggestions: [''] },
    { text: doc('××县人民政府关于加强农村宅基地管理的有关事项的通知'), found: ['的'] },
    { text: doc('××市教育局关于做好全市的中小学的招生工作的通知'), found: ['的'], severity: 'info', message: '3个“的”' },
    { text: doc('××市教育局关于进一步做好2025年全市义务教育阶段学校招生入学工作的通知'), found: ['××市教育局关于进一步做好2025年全市义务教育阶段学校招生入学工作的通知'], message: '超过本单位规定的30字', config: { rules: { 'title-wording': { severity: 'warning', options: { maxLength: 30 } } } } },
    { text: doc('××县人民政府关于做好防汛工作的有关工作的通知'), found: ['的'] },
  ],
});
