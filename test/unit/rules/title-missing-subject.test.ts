import { ruleCases } from '../helpers/ruleTester';

ruleCases('title-missing-subject', {
  valid: [
    { text: '××县人民政府关于调整城区学校布局的请示', why: 'issuer, 事由 and 文种' },
    { text: '××市人民政府通告', why: 'a 通告 may be titled by issuer and genre' },
    { text: '××市人民政府公告', why: 'a 公告 may be titled by issuer and genre' },
    { text: '××局转发市财政局关于做好预算编制工作的通知', why: 'a 转发 title names the forwarded document' },
    { text: '关于开展安全检查的通知', why: 'the issuer may be left out; the 事由 is there' },
    { text: '紧急通知', why: 'a bare genre word is genre-title-missing-genre\'s finding' },
  ],
  invalid: [
    { text: '××县人民政府请示', found: ['××县人民政府请示'] },
    { text: '××市教育局通知', found: ['××市教育局通知'] },
    { text: '××区财政局报告\n\n区人民政府：\n　　现将有关情况报告如下。', found: ['××区财政局报告'] },
    { text: '××市人民政府办公室的函', found: ['××市人民政府办公室的函'] },
    { text: '××大学批复', found: ['××大学批复'] },
  ],
});
