import { ruleCases } from '../helpers/ruleTester';

const notice = (recipients: string, title = '××市人民政府关于春节期间禁止燃放烟花爆竹的通知', closing = '特此通知。') =>
  `${title}\n\n${recipients}\n　　为保障人民群众生命财产安全，春节期间城区禁止燃放烟花爆竹。\n　　${closing}\n\n××市人民政府\n2024年1月5日\n`;

ruleCases('recipient-public', {
  valid: [
    { text: '××县信访局关于李明同志来信反映问题的答复\n\n李明同志：\n　　你反映的问题收悉。现答复如下。\n\n××县信访局\n2024年3月5日\n', why: 'a 信访 reply is addressed to the person who wrote' },
    { text: notice('各区县人民政府，市政府各部门：'), why: 'bodies, named by their 统称' },
    {
      text: notice('广大市民：', '××市人民政府关于春节期间禁止燃放烟花爆竹的通告', '特此通告。'),
      why: 'a 通告 with a 主送 is genre-announcement-scope\'s finding',
    },
    { text: notice('各科室负责同志：', '××局关于召开安全生产会议的通知'), why: '负责同志 names a role in a meeting notice, not a person' },
    {
      text: notice('各位领导：', '××局关于增拨执法经费的请示', '妥否，请批示。'),
      why: 'a 请示 to 领导 is route-no-leader-recipient\'s finding (one finding per fault)',
    },
    { text: notice('广大市民朋友们：', '致全市人民的一封信', '谢谢大家。'), why: 'a letter to the public rightly addresses the public' },
    { text: notice('市长办公室：'), why: '市长办公室 is a body' },
    { text: notice('市人民政府：', '××局关于商请市民服务中心提供场地的函', '特此函告。'), why: '市民 inside a body name' },
  ],
  invalid: [
    {
      text: notice('全体市民：'),
      found: ['全体市民'],
      severity: 'warning',
      message: '通告或公告',
      suggestions: ['通告', ''],
    },
    {
      text: '××市人民政府办公厅关于谣言的通报\n全体市民:\n　　据反映，近日有传言称……。特此通报。\n××市人民政府\n2004年5月6日\n',
      found: ['全体市民'],
      suggestions: ['通告', ''],
    },
    { text: notice('广大市民朋友们：'), found: ['广大市民朋友们'] },
    { text: notice('各乡镇人民政府、广大群众：'), found: ['广大群众'], suggestions: ['通告', ''] },
    { text: notice('社会各界人士：'), found: ['社会各界人士'] },
    { text: notice('同志们：', '××局关于开展学习活动的通知'), found: ['同志们'], message: '机关而不是个人', suggestions: [] },
    { text: notice('张局长：', '××局关于商请支持开展研学活动的函', '特此函告。'), found: ['张局长'], message: '个人' },
    {
      text: notice('同志们：', '××局关于增拨执法经费的请示', '妥否，请批示。'),
      found: ['同志们'],
      message: '条例第十五条（五）',
    },
    { text: '全县人民：\n　　为保障安全，春节期间禁止燃放烟花爆竹。\n', found: ['全县人民'], suggestions: [''] },
  ],
});
