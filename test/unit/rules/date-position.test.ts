import { ruleCases } from '../helpers/ruleTester';

const TITLE = '××县应急管理局关于开展汛前尾矿库安全隐患排查的通知';
const BODY = '各乡镇人民政府，县直有关单位：\n　　请各单位于5月31日前完成辖区尾矿库隐患排查，并将排查结果报送县应急管理局。\n　　特此通知。\n';

ruleCases('date-position', {
  valid: [
    { text: '××市第十七届人民代表大会第四次会议关于政府工作报告的决议\n（2025年1月16日××市第十七届人民代表大会第四次会议通过）\n　　会议同意这个报告。\n', why: 'a 决议 dated by its 题注' },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n2024年5月6日\n`, why: 'the date under the 署名' },
    { text: `${TITLE}\n2024-05-06\n\n${BODY}\n××县应急管理局\n2024年5月6日\n`, why: 'a web page\'s date under the title, and the 成文日期 under the 署名 as well' },
    { text: `${TITLE}\n2024年5月6日\n${BODY}……\n`, why: 'a web page that prints its date under the title and leaves the end out (no 署名)' },
    { text: `${TITLE}\n\n${BODY}`, why: 'a draft whose 正文 is not yet signed' },
    { text: '××县应急管理局关于开展汛前尾矿库安全隐患排查的通知\n', why: 'a title alone' },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n2024年5月6日\n（联系人：王××，电话：12345678）\n`, why: 'a 附注 after the date' },
  ],
  invalid: [
    { text: `2025年3月20日\n${TITLE}\n\n${BODY}\n××县应急管理局\n`, found: ['2025年3月20日'], message: '写在了正文之前' },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n（联系人：彭××，电话：0576-8120337）\n\n××县应急管理局办公室　　2025年4月16日印发\n`, found: ['××县应急管理局'], message: '之下没有成文日期' },
    { text: `${TITLE}\n（2025年2月18日）\n\n${BODY}\n××县应急管理局\n`, found: ['（2025年2月18日）'], message: '作为题注' },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n\n抄送：县人民政府办公室。\n2025年4月2日\n`, found: ['2025年4月2日'], message: '版记或附件之后' },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n`, found: ['××县应急管理局'], severity: 'warning', message: '之下没有成文日期' },
    { text: `${TITLE}\n2024年5月6日\n\n${BODY}\n××县应急管理局\n`, found: ['2024年5月6日'], severity: 'warning', message: '写在了正文之前' },
    { text: `${TITLE}\n\n${BODY}附件：排查情况统计表\n\n××县应急管理局\n\n附件\n\n排查情况统计表\n（略）\n`, found: ['××县应急管理局'], message: '之下没有成文日期' },
    { text: `××县人民政府文件\n×政发〔2024〕19号\n${TITLE}\n2024年10月9日\n${BODY}××县应急管理局\n附件\n名单\n`, found: ['2024年10月9日'] },
    { text: `${TITLE}\n\n${BODY}\n××县应急管理局\n\n抄送：县人民政府办公室。\n`, found: ['××县应急管理局'] },
  ],
});
