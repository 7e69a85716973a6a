import { ruleCases } from '../helpers/ruleTester';

const doc = (colophon: string, body = '现将有关事项通知如下。') =>
  `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n\n${colophon}\n××市人民政府办公室　　2024年3月5日印发\n`;

ruleCases('cc-format', {
  valid: [
    { text: doc('抄送：县委办公室，县科学技术局，县农业农村局。'), why: '科学技术局 is a body, not a 科' },
    { text: '财政部关于加强自然保护区经费管理的通知\n\n各省、自治区、直辖市财政厅（局）：\n　　请认真执行。\n\n财政部\n2001年5月10日\n\n抄送：各省、自治区、直辖市环保局。\n', why: 'level words standing for longer names are not bodies named twice' },
    { text: doc('抄送：市委办公室，市人大常委会办公室，市政协办公室。'), why: 'each body once, none of them a 主送机关' },
    { text: doc('抄送：市委办公室，市人大常委会办公室。'), why: '抄送 with a full-width colon and a final 句号' },
    { text: doc('主送：各区县人民政府。\n抄送：市委办公室。'), why: '主送 moved to the 版记, above the 抄送' },
    { text: doc('抄送：市委办公室，市人大常委会办公室，市政协办公室，\n　　　市纪委监委机关。'), why: 'a wrapped list ending with 句号' },
    { text: doc('抄送：市委办公室。', '请抄送市委办公室:详见https://example.gov.cn/a,b，抄报情况另行说明'), why: '抄送 and 抄报 inside the 正文 are not the 版记' },
    { text: '# ××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n\n　　现将有关事项通知如下。\n\n××市人民政府\n\n2024年3月5日\n\n---\n\n抄送：市委办公室。\n\n××市人民政府办公室　　2024年3月5日印发\n', why: 'a Markdown draft with a correct 抄送 line' },
  ],
  invalid: [
    { text: doc('抄送：县政府办公室秘书科，县委办公室，县人大常委会办公室。'), found: ['县政府办公室秘书科'], severity: 'warning', message: '内设科室' },
    { text: doc('抄送：市委宣传部；市文化广电旅游局。'), found: ['；'], severity: 'warning', output: doc('抄送：市委宣传部，市文化广电旅游局。') },
    { text: doc('抄送单位：市委办公室，市人大常委会办公室。'), found: ['抄送单位：'], severity: 'warning', output: doc('抄送：市委办公室，市人大常委会办公室。') },
    { text: doc('抄送：市委办公室，市人大常委会办公室，市委办公室。'), found: ['市委办公室'], severity: 'warning', message: '写了两次', output: null },
    { text: doc('抄送：各区县人民政府，市委办公室。'), found: ['各区县人民政府'], severity: 'warning', message: '已是主送机关', output: null },
    {
      text: doc('抄送:市委办公室,市人大常委会办公室'),
      found: ['抄送:', '常委会办公室'],
      output: doc('抄送：市委办公室,市人大常委会办公室。'),
      severity: 'error',
    },
    { text: doc('抄送：市委办公室，市人大常委会办公室，'), found: ['，'], output: doc('抄送：市委办公室，市人大常委会办公室。'), message: '句号' },
    { text: doc('抄报：省人民政府办公厅。'), found: ['抄报：'], output: doc('抄送：省人民政府办公厅。'), severity: 'warning', message: '旧写法' },
    { text: doc('报：省人民政府办公厅。'), found: ['报：'], output: doc('抄送：省人民政府办公厅。') },
    { text: doc('分送：各区县人民政府。'), found: ['分送：'], output: doc('抄送：各区县人民政府。') },
    { text: doc('抄送 市委办公室。'), found: ['抄送'], output: doc('抄送：市委办公室。'), severity: 'error', message: '缺冒号' },
    { text: doc('抄送：市委办公室。\n主送：各区县人民政府。'), found: ['主送'], message: '之上一行' },
    { text: doc('抄送：市委办公室;'), found: [';'], output: doc('抄送：市委办公室。') },
  ],
});
