import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市安全生产委员会办公室关于召开全市安全生产工作会议的通知\n\n各区县安委办：\n　　${body}\n\n××市安全生产委员会办公室\n2024年3月5日\n`;

ruleCases('punct-book-title-name', {
  valid: [
    { text: doc('请各单位派员参加全市安全生产工作会议。'), why: 'no marks' },
    { text: doc('会议印发了《全市安全生产工作会议纪要》。'), why: 'a 纪要 is a document' },
    { text: doc('认真学习《在全市安全生产工作会议上的讲话》。'), why: 'a speech is a work' },
    { text: doc('按照《2024年“安全生产月”活动方案》组织实施。'), why: 'a plan is a document' },
    { text: doc('收看《中国诗词大会》节目。'), why: 'a programme named as one' },
    { text: doc('开展“安全生产月”活动。'), why: 'quotes are right for an activity' },
    { text: doc('开展《安全生产月》主题活动和《青年文明号》评选。'), why: 'the word 活动 or 评选 stands outside the marks (title-book-marks judges 《》活动 in a title)' },
    { text: doc('他说：“要参加《全市安全生产工作会议》。”'), why: 'inside a quotation' },
  ],
  invalid: [
    { text: doc('请各单位派员参加《全市安全生产工作会议》。'), found: ['《全市安全生产工作会议》'], severity: 'warning', suggestions: ['全市安全生产工作会议', '“全市安全生产工作会议”'] },
    { text: doc('组织参加《全省职业技能大赛》。'), found: ['《全省职业技能大赛》'] },
    { text: doc('举办《安全生产管理人员培训班》。'), found: ['《安全生产管理人员培训班》'] },
    { text: doc('荣获《全国五一劳动奖章》。'), found: ['《全国五一劳动奖章》'] },
    { text: doc('召开《全市河长制工作推进会》和《安全生产座谈会》。'), found: ['《全市河长制工作推进会》', '《安全生产座谈会》'] },
  ],
});
