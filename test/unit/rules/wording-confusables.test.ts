import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('wording-confusables', {
  valid: [
    { text: doc('储备必需的防汛物资和生活必需品，这是工作所必需。'), why: '必需 as “indispensable”, before a noun or 的' },
    { text: doc('报名截止日期为6月1日，截止时间为17时，逾期报名截止。'), why: '截止 without a time object is right' },
    { text: doc('截至2024年底，其他事项另行通知。'), why: 'the right forms' },
    { text: doc('截止到6月底，共完成80%。'), why: '截止到 is accepted' },
    { text: doc('向上级如实反映情况，交代清楚。'), why: 'the right forms' },
    { text: doc('根据《关于其它事项的说明》执行。'), why: 'inside a cited title' },
    { text: doc('药物不良反应情况另行统计。'), why: '反应情况 (a reaction) is not 情况反应' },
  ],
  invalid: [
    { text: doc('值班人员必需坚守岗位，不得擅离职守。'), found: ['必需'], severity: 'info', suggestions: ['必须'] },
    { text: doc('其它事项另行通知。'), found: ['其它'], output: doc('其他事项另行通知。'), severity: 'info' },
    { text: doc('截止2024年底，共完成80%。'), found: ['截止'], output: doc('截至2024年底，共完成80%。') },
    { text: doc('截止目前，共完成80%。'), found: ['截止'], output: doc('截至目前，共完成80%。') },
    { text: doc('请把问题交待清楚，并将情况反应上来。'), found: ['交待', '情况反应'], output: doc('请把问题交代清楚，并将情况反映上来。') },
    { text: doc('储备防汛所必须的物资和生活必须品，藉此保障供应。'), found: ['所必须的', '必须品', '藉此'], output: doc('储备防汛所必需的物资和生活必需品，借此保障供应。') },
    { text: doc('加强法制建设。'), found: ['法制建设'], output: null, suggestions: ['法治建设'] },
  ],
});
