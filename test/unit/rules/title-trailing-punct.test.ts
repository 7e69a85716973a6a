import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string) => `${title}\n\n各科室：\n　　请按时完成自查。\n　　特此通知。\n\n××局\n2024年3月5日\n`;

ruleCases('title-trailing-punct', {
  valid: [
    { text: doc('××局关于开展安全检查的通知'), why: 'no trailing punctuation' },
    { text: doc('××局关于印发《安全检查办法（试行）》的通知'), why: 'a closing bracket inside the title is not trailing punctuation' },
    { text: doc('××局关于“安全生产月”活动的通知'), why: 'quotation marks are not in the list' },
    { text: doc('××局关于开展安全检查的通知').replace('请按时完成自查。', '请按时完成自查，'), why: 'punctuation in the 正文 is not the title\'s' },
    { text: '000021。\n现将《关于做好防汛工作的通知》转发给你们。\n', why: 'a stray first line that is no title (no genre word, no 关于 of its own)' },
    { text: '!，\n', why: 'a line of punctuation only is not a title' },
    { text: '××局关于开展安全检查的通知 <!-- wenmi-disable-line title-trailing-punct -->\n\n各科室：\n　　特此通知。\n\n××局\n2024年3月5日\n', why: 'a trailing suppression comment is not punctuation' },
  ],
  invalid: [
    { text: doc('××局关于开展安全检查的通知。'), found: ['。'], output: doc('××局关于开展安全检查的通知'), message: '标题末尾' },
    { text: doc('××局关于开展安全检查的通知；'), found: ['；'], output: doc('××局关于开展安全检查的通知') },
    { text: doc('××局关于开展安全检查的通知!'), found: ['!'], output: doc('××局关于开展安全检查的通知') },
    { text: doc('××局关于开展安全检查的通知。。'), found: ['。。'], output: doc('××局关于开展安全检查的通知') },
    { text: doc('关于开展安全生产大检查。'), found: ['。'], output: doc('关于开展安全生产大检查') },
    { text: doc('××局关于开展\n安全检查的通知，'), found: ['，'], output: doc('××局关于开展\n安全检查的通知') },
    { text: '# ××局关于开展安全检查的通知。\n\n各科室：\n\n请按时完成自查。\n\n特此通知。\n\n××局\n\n2024年3月5日\n', found: ['。'], output: '# ××局关于开展安全检查的通知\n\n各科室：\n\n请按时完成自查。\n\n特此通知。\n\n××局\n\n2024年3月5日\n' },
  ],
});
