import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, opening: string, closing = '此复。', recipients = '××区人民政府：') =>
  `${title}\n\n${recipients}\n　　${opening}\n　　一、同意调整。\n　　${closing}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('opening-reply-cites-source', {
  valid: [
    { text: '临溪县发展和改革局关于城区公共停车场收费标准调整意见的复函\n特此函复。\n', why: 'a fragment that holds its closing only' },
    { text: '西安市鄠邑区人民政府关于同意甘亭镇撤镇设街道的批复\n\n甘亭镇人民政府：\n　　你们申请的撤镇设街道工作已经省级、市级批准同意，现批复如下：\n　　一、同意撤销甘亭镇。\n\n西安市鄠邑区人民政府\n2021年3月5日\n', why: 'the request named as the one applied for (你们申请的……工作)' },
    { text: '陕西省自然资源厅关于××建设项目压覆重要矿产资源的复函\n\n府谷县自然资源和规划局：\n　　你单位就××建设项目压覆重要矿产资源的申请收悉，现函复如下：\n　　一、原则同意。\n\n陕西省自然资源厅\n2024年1月25日\n', why: 'the request named by its matter (你单位就……的申请收悉)' },
    { text: doc('××省人民政府关于××的批复', '你市报来的请示收悉。经研究，现批复如下：'), why: 'the request named as the one sent in' },
    { text: doc('××局关于××的复函', '贵委3月5日来函收悉。经研究，现函复如下：', '此复。', '××委员会：'), why: 'the letter named by its date' },
    { text: doc('××市人民政府关于同意设立分校的批复', '你区×政〔2024〕5号文收悉。经研究，现批复如下：'), why: 'older replies cite the request by its number alone' },
    { text: doc('××市人民政府关于同意设立分校的批复', '你区关于设立××分校的请示收悉。经研究，现批复如下：'), why: 'the request is cited by its bare title' },
    { text: doc('××省人民政府关于××用地的批复', '《××市自然资源局关于审批××用地的请示》（×自然资〔2021〕45号）及相关材料已通过审核。'), why: 'cited with its number, another verb than 收悉' },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '你区《关于调整学校布局的请示》（×政〔2024〕5号）收悉。经研究，现批复如下：'), why: 'the standard opening' },
    { text: doc('××市财政局关于追加经费的复函', '贵局《关于商请追加经费的函》及有关材料收悉。现函复如下：', '特此函复。'), why: '及有关材料收悉 also cites the source' },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '经研究，现批复如下。你区《关于调整学校布局的请示》已收悉。'), why: 'cited in the second sentence' },
    { text: doc('××区教育局关于商请追加经费的函', '为保障校舍安全，商请贵局追加经费。', '请予支持为盼。', '××区财政局：'), why: 'an outgoing 函 cites nothing' },
    { text: doc('××市人民政府关于开展安全检查的通知', '为做好安全工作，现就有关事项通知如下：', '特此通知。'), why: 'a 通知 is not a reply' },
  ],
  invalid: [
    { text: doc('××市人民政府关于同意设立分校的批复', '来文收悉。经研究，现批复如下：'), found: ['来文收悉。'] },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '关于你区申请调整学校布局的事，经研究，批复如下：'), found: ['关于你区申请调整学校布局的事，经研究，批复如下：'], severity: 'warning', message: '收悉' },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '你区的请示收悉。经研究，同意。'), found: ['你区的请示收悉。'] },
    { text: doc('××市财政局关于追加经费的复函', '经研究，同意追加经费50万元。', '特此函复。'), found: ['经研究，同意追加经费50万元。'], message: '复函' },
    { text: doc('××市财政局关于追加经费的函', '来函收悉。经研究，同意追加经费。', '此复。'), found: ['来函收悉。'] },
  ],
});
