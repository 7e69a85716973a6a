import { ruleCases } from '../helpers/ruleTester';

const doc = (note: string, body = '现将有关事项通知如下。') =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n${note}\n`;

ruleCases('note-fuzhu-format', {
  valid: [
    { text: doc('（此件公开发布）'), why: 'a 附注 in full-width parentheses' },
    { text: doc('（联系人：张三，联系电话：12345678）'), why: 'contact details in full-width parentheses' },
    { text: doc(''), why: 'no 附注' },
    { text: doc('', '联系人：张三，联系电话：12345678。此件请转发至各乡镇。'), why: 'contact words inside the 正文 are not a 附注' },
    { text: doc('（此件发至县级，联系电话：0791-86219876，网址https://example.gov.cn）'), why: 'a 附注 with a URL and a phone number' },
  ],
  invalid: [
    {
      text: doc('联系人：张三，电话：12345678'),
      found: ['联系人：张三，电话：12345678', '8'],
      output: doc('（联系人：张三，电话：12345678）'),
      severity: 'warning',
      message: '圆括号',
    },
    { text: doc('(此件公开发布)'), found: ['(', ')'], output: doc('（此件公开发布）') },
    { text: doc('（此件公开发布'), found: ['布'], output: doc('（此件公开发布）'), message: '右括号' },
    { text: doc('此件公开发布）'), found: ['此件公开发布）'], output: doc('（此件公开发布）'), message: '左括号' },
    { text: doc('(联系人:张三)'), found: ['(', ')'], output: doc('（联系人:张三）') },
    { text: doc('发至县级'), found: ['发至县级', '级'], output: doc('（发至县级）') },
  ],
});
