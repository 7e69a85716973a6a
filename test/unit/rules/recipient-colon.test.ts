import { ruleCases } from '../helpers/ruleTester';

const doc = (recipients: string, body = '现将有关事项通知如下。') =>
  `××市人民政府关于做好防汛工作的通知\n\n${recipients}\n　　${body}\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('recipient-colon', {
  valid: [
    { text: doc('各乡镇人民政府、各街道办事处，县直各单位：'), why: 'the same kind with 、, the other kind after ，' },
    { text: doc('各县（市、区）人民政府，市政府各部门、各直属机构：'), why: 'the 、 inside the brackets belongs to the name' },
    { text: doc('市教育局、市财政局、市人力资源社会保障局：'), why: 'named departments: no kind said' },
    { text: doc('各乡镇人民政府、各有关单位：'), why: '各有关单位 names no kind' },
    { text: '云栖市2023年国民经济和社会发展统计公报\n云栖市统计局\n国家统计局云栖调查队\n2024年3月18日\n　　2023年，全市实现地区生产总值5126.8亿元。\n', why: 'the byline of a 公报 (a 文种 without 主送)' },
    { text: `××市人民政府关于做好防汛工作的通知\n\n各区人民政府：\n　　经省人民政府批准，撤销青山镇，设立青山街道办事处。\n　　特此通知。\n\n××市人民政府\n2024年3月5日\n`, why: 'a sentence of the body that ends in a body\'s name is not a 主送' },
    { text: doc('各区县人民政府，市政府各部门：'), why: 'the 主送 line ends with a full-width colon' },
    { text: doc('各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构：'), why: 'a long 主送 list wrapped onto a second line ends with the colon' },
    { text: '××市人民政府关于禁止燃放烟花爆竹的通告\n\n　　为加强安全管理，现将有关事项通告如下：\n　　一、禁止燃放区域。\n\n××市人民政府\n2024年3月5日\n', why: 'a 通告 opening sentence ending with a colon is not a 主送机关' },
    { text: '××市人民政府关于禁止燃放烟花爆竹的通告\n\n　　为加强城市安全管理，保障人民群众生命财产安全，根据有关法律法规规定，决定在全市范围内禁止燃放烟花爆竹。\n\n××市人民政府\n2024年3月5日\n', why: 'a document without a 主送机关' },
    { text: '# ××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n\n　　现将有关事项通知如下，详见 https://example.gov.cn/a:b 。\n', why: 'a Markdown draft with a correct 主送 line and a URL in the body' },
  ],
  invalid: [
    { text: doc('各区县人民政府，市政府各部门'), found: ['各区县人民政府，市政府各部门'], severity: 'warning', output: doc('各区县人民政府，市政府各部门：') },
    { text: doc('各乡镇人民政府、各街道办事处、县直各单位：'), found: ['、'], severity: 'warning', message: '不同类型的机关之间用逗号', suggestions: ['，'] },
    { text: doc('各区人民政府、市人民政府各部门：'), found: ['、'], severity: 'warning' },
    { text: doc('各县（市、区）人民政府、市政府各部门、各直属机构：'), found: ['、'], severity: 'warning' },
    { text: doc('市直各单位、各乡镇人民政府：'), found: ['、'], severity: 'warning' },
    { text: doc('各镇人民政府、街道办事处、县直各单位、各驻县单位：'), found: ['、'], severity: 'warning' },
    { text: doc('市政府各部门、各直属单位，各县（市、区）人民政府、'), found: ['、'], severity: 'error', output: doc('市政府各部门、各直属单位，各县（市、区）人民政府：') },
    { text: doc('各县（市、区）人民政府；市政府各部门、各直属机构；'), found: ['；', '；'], output: doc('各县（市、区）人民政府；市政府各部门、各直属机构：') },
    { text: doc('各区人民政府，市政府各委、办、局。'), found: ['。'], output: doc('各区人民政府，市政府各委、办、局：') },
    { text: doc('各区县教育局；市直各学校：'), found: ['；'], severity: 'warning', suggestions: ['、', '，'] },
    { text: doc('各区县人民政府 市政府各部门：'), found: [' '], severity: 'warning' },
    { text: doc('各区县教育局/市直各学校：'), found: ['/'] },
    { text: doc('各区县人民政府:'), found: [':'], output: doc('各区县人民政府：'), severity: 'error', message: '全角冒号' },
    { text: doc('各区县人民政府，'), found: ['，'], output: doc('各区县人民政府：') },
    { text: doc('各区县人民政府,'), found: [','], output: doc('各区县人民政府：') },
    { text: doc('各区县人民政府。'), found: ['。'], output: doc('各区县人民政府：') },
    { text: doc('各区县人民政府'), found: ['各区县人民政府'], output: doc('各区县人民政府：'), message: '缺冒号' },
    { text: doc('各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构:'), found: [':'], output: doc('各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构：') },
    { text: doc('各区县人民政府；'), found: ['；'], output: doc('各区县人民政府：') },
  ],
});
