import { ruleCases } from '../helpers/ruleTester';

const BODY = '　　为保障执法工作，拟购置执法车辆2辆，需经费40万元。\n　　妥否，请批示。\n\n××局\n2024年3月5日\n';

ruleCases('recipient-missing', {
  valid: [
    { text: `××局关于购置执法车辆的请示\n\n市人民政府：\n${BODY}`, why: 'the 主送 is there' },
    {
      text: '××市人民政府关于禁止燃放烟花爆竹的通告\n\n　　为加强安全管理，现就有关事项通告如下：\n　　一、城区禁止燃放烟花爆竹。\n\n××市人民政府\n2024年1月5日\n',
      why: 'a 通告 has no 主送机关',
    },
    {
      text: `××局关于购置执法车辆的请示\n\n市妇联\n${BODY}`,
      why: 'the first line is a 主送 written without its colon that the parser did not recognise: not a second finding for one fault',
    },
    {
      text: '××局关于2023年工作情况的报告\n\n　　2023年，我局圆满完成各项工作任务。\n　　特此报告。\n\n××局\n2024年1月10日\n────────\n主送：市人民政府。\n抄送：市财政局。\n',
      why: 'the 主送 has been moved to the 版记 (GB/T 9704—2012 7.3.2)',
    },
    { text: '---\ngenre: 请示\n---\n抄送：市财政局。\n××局办公室　　2024年3月5日印发\n', why: 'a fragment of the 版记 only' },
    { text: '××局关于购置执法车辆的请示\n', why: 'a title without 正文' },
    {
      text: '青山市人民政府2024年法治政府建设情况报告\n　　2024年，我市深入推进法治政府建设。\n　　一、主要举措\n',
      why: 'a yearly report published to the public (no 关于) has no 主送',
    },
    { text: `　　为保障执法工作，拟购置执法车辆2辆。\n　　妥否，请批示。\n`, why: 'no title: the 文种 is only read from the closing' },
  ],
  invalid: [
    { text: '××镇人民政府关于人居环境整治工作整改情况的报告\n　　根据县指导组的通报，我镇立即组织整改。\n　　特此报告。\n', found: ['根据县指导组的通报'], severity: 'info' },
    { text: '望川市卫生健康委员会文件\n望卫发〔2024〕16号\n望川市卫生健康委员会关于开展医疗机构专项检查的通知\n为规范医疗服务行为，现将有关事项通知如下。\n一、检查范围\n全市各级各类医疗机构。\n望川市卫生健康委员会\n2024年5月30日\n', found: ['为规范医疗服务行为'], severity: 'warning', message: '通知没有主送机关' },
    { text: '××市交通运输局关于公开征求出租汽车管理办法修订意见的通知\n\n　　为做好修订工作，现公开征求意见。\n　　特此通知。\n\n××市交通运输局\n2024年3月5日\n', found: ['为做好修订工作'], severity: 'info' },
    {
      text: `××局关于购置执法车辆的请示\n\n${BODY}`,
      found: ['为保障执法工作'],
      severity: 'warning',
      message: '条例第十五条（一）',
    },
    {
      text: '××局关于2023年工作情况的报告\n一、工作开展情况\n今年我局共承办建议8件。\n',
      found: ['一'],
      message: '报告没有主送机关',
    },
    {
      text: '××市人民政府关于同意调整学校布局的批复\n\n　　你局《关于调整学校布局的请示》收悉。经研究，批复如下：\n　　同意调整。\n　　此复。\n\n××市人民政府\n2024年3月5日\n',
      found: ['你局'],
      message: '批复主送来文请示的机关',
    },
    {
      text: '××市教育局关于商请支持开展研学活动的函\n\n　　我局拟于5月组织中小学生开展研学活动，请予支持。\n　　特此函告。\n',
      found: ['我局拟于5月组织中小学生'],
    },
    { text: '---\ngenre: 函\n---\n　　我局拟开展研学活动，请予支持。\n　　特此函告。\n', found: ['我局拟开展研学活动'] },
    {
      text: '××局关于购置执法车辆的请示。\n\n　　拟购置执法车辆2辆。\n　　妥否，请批示。\n',
      found: ['拟购置执法车辆2辆'],
    },
  ],
});
