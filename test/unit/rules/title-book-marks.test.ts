import { ruleCases } from '../helpers/ruleTester';

ruleCases('title-book-marks', {
  valid: [
    { text: '××市人民政府关于开展“双随机、一公开”监管工作的通知', why: 'a working method in quotes' },
    { text: '××市教育局关于开展“平安校园”创建活动的通知', why: 'an activity in quotes' },
    { text: '××省人民政府关于实施“十四五”规划的意见', why: '“十四五” is no document name' },
    { text: '××县司法局关于开展《中华人民共和国民法典》学习宣传活动的通知', why: 'a law\'s name, and 学习宣传 stands between' },
    { text: '××市人民政府关于做好《××市国土空间总体规划》实施工作的通知', why: 'a plan\'s name' },
    { text: '××县教育局关于做好《国家学生体质健康标准》工作的通知', why: 'a standard\'s name before 工作' },
    { text: '××市文化局关于开展“书香××”全民阅读活动的通知', why: 'quotation marks for the activity' },
    { text: '××县文明办关于举办《我和我的祖国》歌咏活动的通知', why: '歌咏 stands between the song and 活动' },
  ],
  invalid: [
    { text: '中共中央关于委托中央党校创办“求是”杂志的决定', found: ['“求是”'], suggestions: ['《求是》'], message: 'GB/T 15834' },
    { text: '××局关于转发“××市安全生产条例”的通知', found: ['“××市安全生产条例”'], suggestions: ['《××市安全生产条例》'] },
    { text: '××省人民政府关于批转省财政厅“关于进一步加强财务管理的规定”的通知', found: ['“关于进一步加强财务管理的规定”'] },
    { text: '北河县教育局关于举办《全县中小学生读书节》活动的通知', found: ['《全县中小学生读书节》'], severity: 'warning', suggestions: ['全县中小学生读书节', '“全县中小学生读书节”'] },
    { text: '临川市财政局关于做好《2025年度部门预算编制》工作的通知', found: ['《2025年度部门预算编制》'] },
    { text: '××县应急管理局关于开展《安全生产月》活动的通知', found: ['《安全生产月》'] },
    { text: '××市水利局关于做好《河长制》工作的通知', found: ['《河长制》'] },
    { text: '××县团委关于开展《三下乡》活动的通知\n\n各乡镇团委：\n　　请认真组织。\n\n××县团委\n2024年6月1日\n', found: ['《三下乡》'] },
  ],
});
