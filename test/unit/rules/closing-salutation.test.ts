import { ruleCases } from '../helpers/ruleTester';

const letter = (closing: string, title = '××市教育局关于商请支持开展研学活动的函') =>
  `${title}\n\n市文化和旅游局：\n　　我局拟于5月组织中小学生开展研学活动，请予支持。\n${closing}\n\n××市教育局\n2024年3月5日\n`;

ruleCases('closing-salutation', {
  valid: [
    { text: letter('　　特此函告。'), why: 'a 函 closing with its own formula' },
    { text: letter('　　请予函复。'), why: 'the other 函 closing' },
    {
      text: '××局关于规范公文结束语的通知\n\n各科室：\n　　书信结尾的“此致敬礼”不用于公文，请各科室对照检查。\n　　特此通知。\n\n××局\n2024年3月5日\n',
      why: 'the salutation inside quotation marks is talked about, not written',
    },
    {
      text: letter('　　我局特此致函，恳请贵局给予支持。\n　　特此函告。'),
      why: '特此致函 contains 此致 inside a longer sentence, not the salutation',
    },
    {
      text: '××局关于表彰先进集体的通报\n\n各科室：\n　　在此致以崇高的敬意，由此致使各项工作提前完成。\n　　特此通报。\n\n××局\n2024年3月5日\n',
      why: '在此致以 / 由此致使 are not salutations',
    },
    {
      text: '××局关于印发《书信写作常识》的通知\n\n各科室：\n　　现将《此致敬礼》一文印发给你们。\n　　特此通知。\n',
      why: 'a cited title in 《》',
    },
  ],
  invalid: [
    {
      text: letter('　　此致\n敬礼！'),
      found: ['此致\n敬礼！'],
      severity: 'warning',
      message: '公文（包括函）不用书信的“此致敬礼”',
      suggestions: ['特此函告。', '请予函复。', ''],
    },
    { text: letter('　　此致敬礼！'), found: ['此致敬礼！'], suggestions: ['特此函告。', '请予函复。', ''] },
    { text: letter('　　此致　敬礼！'), found: ['此致　敬礼！'] },
    {
      // No blank line before the 署名: the parser takes 此致 and 敬礼 for 署名 lines.
      text: '××市教育局关于商请支持开展研学活动的函\n\n市文化和旅游局：\n　　我局拟于5月组织中小学生开展研学活动，请予支持。\n此致\n敬礼\n××市教育局\n2024年3月5日\n',
      found: ['此致\n敬礼'],
    },
    {
      text: '××市财政局关于同意追加研学经费的复函\n\n市教育局：\n　　你局《关于追加研学经费的函》收悉。经研究，同意追加经费10万元。此致\n　　敬礼！\n\n××市财政局\n2024年3月8日\n',
      found: ['此致\n　　敬礼！'],
      suggestions: ['此复。', '特此函复。', ''],
      message: '本文是复函，可改为“此复。”或“特此函复。”',
    },
    {
      text: '××局关于购置执法车辆的请示\n\n市人民政府：\n　　拟购置执法车辆2辆。\n　　妥否，请批示。\n　　此致\n　　敬礼\n\n××局\n2024年3月5日\n',
      found: ['此致\n　　敬礼'],
      suggestions: [''],
      message: '本文已有请示的结束语',
    },
    { text: '　　此致\n　　敬礼！\n', found: ['此致\n　　敬礼！'], suggestions: [''] },
    { text: '此致\n', found: ['此致'] },
  ],
});
