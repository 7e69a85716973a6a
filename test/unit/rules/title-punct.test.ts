import { ruleCases } from '../helpers/ruleTester';

ruleCases('title-punct', {
  valid: [
    { text: '东川市人民政府关于进一步加强城市管理提升城市品质的意见', why: 'no inner marks' },
    { text: '××市人民政府关于印发《××市城市管理办法（试行）》的通知', why: 'marks inside 《》 and （）' },
    { text: '××市教育局关于开展“安全、文明、和谐”校园创建活动的通知', why: 'a quoted name keeps its marks' },
    { text: '××市人民政府关于表彰张三、李四同志的决定', why: 'a 顿号 between parallel words' },
    { text: '阜阳市人民政府关于省委、省政府批准颍州区、颍东区部分乡撤乡设镇调整事项的公告', why: 'published titles use the 顿号 (by default it is not flagged)' },
    { text: '××市人民政府关于印发《安全、文明校园创建办法》的通知', why: 'a 顿号 inside a cited name, with the house style on', config: { rules: { 'title-punct': { options: { dunhao: true } } } } },
    { text: '××市人民政府关于做好防汛工作的通知。', why: 'the trailing mark is title-trailing-punct’s' },
    { text: '　　为加强管理，现就有关事项通知如下：', why: 'not a title' },
    { text: '项目代码：2208-440106-04-01-848098\n广州市天河区发展和改革局关于春岗立交排水改造工程可行性研究报告的复函\n穗天发改投批〔2023〕4号\n', why: 'a 版头 label line taken in with the title' },
  ],
  invalid: [
    { text: '东川市人民政府关于进一步加强城市管理，提升城市品质的意见', found: ['，'], severity: 'warning', suggestions: ['、', ''] },
    { text: '××县人民政府关于做好防汛工作；确保安全度汛的通知', found: ['；'] },
    { text: '青溪县民政局：关于开展2025年度养老机构安全隐患排查整治的通知', found: ['：'] },
    { text: '××局关于安全检查：发现问题整改情况的报告', found: ['：'], suggestions: [''] },
    { text: '土官镇人民政府关于代表议案，建议、批评和意见办理情况的报告', found: ['，'] },
    { text: '××市人民政府关于加强管理，规范秩序，提升服务的意见', found: ['，', '，'] },
    {
      text: '关于商请安排玉米、小麦出口计划的函',
      found: ['、'],
      message: '标题中不用顿号',
      suggestions: ['和', ''],
      config: { rules: { 'title-punct': { options: { dunhao: true } } } },
    },
    {
      text: '××市教育局关于开展“安全、文明”校园和张三、李四表彰的通知',
      found: ['、'],
      config: { rules: { 'title-punct': { options: { dunhao: true } } } },
    },
  ],
});
