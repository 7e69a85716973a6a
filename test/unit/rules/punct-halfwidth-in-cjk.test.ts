import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-halfwidth-in-cjk', {
  valid: [
    { text: doc('全年完成投资3.5亿元，比上年增长12.5%，其中增长１２.６%。'), why: 'decimal points inside numbers, full-width digits included' },
    { text: doc('会议于9:00开始，14:30结束，比例尺为1:500，共计10,000元。'), why: 'times, ratios and thousands separators between digits' },
    { text: doc('详见https://www.gov.cn/zhengce/a(1).html，或发送邮件至office@example.gov.cn。'), why: 'URLs and e-mail addresses are masked' },
    { text: doc('他在致辞中引用了“Hello, world.”这句话。'), why: 'an English sentence inside Chinese quotes keeps its own punctuation' },
    { text: doc('请下载附件v2.1.3版本的报送模板a.txt和report.docx。'), why: 'version numbers and file names' },
    { text: '××局关于报送材料的通知\n\n各科室：\n　　请报送以下材料。\n1.报名表\n2.汇总表\n', why: 'a 下脚点 after a line-initial number is an ordinal, not a full stop' },
    { text: doc('请参阅[办事指南](guide(1).md)，用`a,b;c`格式填写，**注意**不要遗漏。<!-- 备注:内部 -->'), why: 'Markdown link targets, inline code and HTML comments are not text' },
    { text: '---\ntitle: 通知,草稿\n---\n××局关于报送材料的通知\n\n各科室：\n　　请报送材料。\n', why: 'front matter is not document text' },
    { text: '××局关于报送材料的请示\n\n市政府:\n　　请批准。\n\n附件:1.预算表\n\n××局\n2024年3月5日\n', why: 'the colons of 主送 and 附件 belong to recipient-colon and attachment-note-format' },
    { text: doc('函数f(x)的取值，以Excel(2016)计算。'), why: 'parentheses of a formula or product name glued to Latin text' },
    { text: doc('引用国发(2013)1号文件精神。'), why: 'the year brackets of a 发文字号 belong to punct-doc-citation-brackets' },
  ],
  invalid: [
    {
      text: doc('请于6月1日前报送(附表),逾期不候.'),
      found: ['(', ')', ',', '.'],
      output: doc('请于6月1日前报送（附表），逾期不候。'),
    },
    { text: doc('注意:请按时报送;是否参加?务必回复!'), found: [':', ';', '?', '!'], output: doc('注意：请按时报送；是否参加？务必回复！') },
    { text: doc('全年增长3.5%.'), found: ['.'], output: doc('全年增长3.5%。') },
    { text: doc('会议时间为9:00.请准时参加'), found: ['.'], output: doc('会议时间为9:00。请准时参加') },
    { text: doc('本项目使用Word,并统一格式。'), found: [','], output: doc('本项目使用Word，并统一格式。') },
    { text: doc('第(1)项由财政局负责。'), found: ['(', ')'], output: doc('第（1）项由财政局负责。') },
    { text: doc('请各单位 : 认真落实。'), found: [':'], output: doc('请各单位 ： 认真落实。') },
    {
      text: '××局关于报送材料的通知\n\n各科室：\n　　请报送材料。\n\n附件：报名表\n\n××局\n2024年3月5日\n\n附件\n\n报名表\n\n　　姓名,单位(盖章)\n',
      found: [',', '(', ')'],
      output: '××局关于报送材料的通知\n\n各科室：\n　　请报送材料。\n\n附件：报名表\n\n××局\n2024年3月5日\n\n附件\n\n报名表\n\n　　姓名，单位（盖章）\n',
    },
  ],
});
