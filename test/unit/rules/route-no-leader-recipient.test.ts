import { ruleCases } from '../helpers/ruleTester';

const doc = (recipients: string, title = '××市教育局关于增拨校舍维修经费的请示', closing = '妥否，请批示。') =>
  `${title}\n\n${recipients}\n　　为保障学生安全，拟对5所学校校舍进行维修，需经费200万元。\n　　${closing}\n\n××市教育局\n2024年3月5日\n`;

ruleCases('route-no-leader-recipient', {
  valid: [
    { text: doc('市人民政府：') + '\n抄送：市财政局，市人民政府办公室。\n', why: 'bodies in the 抄送' },
    { text: doc('各区县教育局：', '××市教育局关于做好防汛工作的通知', '特此通知。') + '\n抄送：王志强副市长。\n', why: 'only 请示, 报告, 议案 are judged' },
    { text: doc('市人民政府：'), why: 'a body, not a person' },
    { text: doc('市人民政府办公室：'), why: '办公室 is a body' },
    { text: doc('市安全生产委员会：'), why: '委员会 is a body' },
    { text: doc('市防汛抗旱指挥部：'), why: '指挥部 is a body' },
    { text: doc('各科室负责同志：', '××局关于开展安全检查的通知', '特此通知。'), why: 'a downward 通知 may address persons' },
  ],
  invalid: [
    { text: doc('市人民政府：') + '\n抄送：市财政局，王志强副市长。\n', found: ['王志强副市长'], severity: 'warning', message: '抄送' },
    { text: doc('王市长：'), found: ['王市长'], severity: 'error', message: '条例第十五条（五）' },
    { text: doc('市领导：'), found: ['市领导'] },
    { text: doc('尊敬的张局长：'), found: ['尊敬的张局长'] },
    { text: doc('市政府李书记、王市长：', '××市教育局关于2024年工作情况的报告', '特此报告。'), found: ['市政府李书记、王市长'] },
    { text: doc('市委办公室主任：'), found: ['市委办公室主任'] },
  ],
});
