import { ruleCases } from '../helpers/ruleTester';

const letter = (body: string, title = '××区教育局关于商请追加经费的函') =>
  `${title}\n\n××区财政局：\n　　${body}\n\n××区教育局\n2024年3月5日\n`;

ruleCases('tone-letter-directive', {
  valid: [
    { text: '某县农业农村局关于做好2025年农业面源污染防治工作的通知\n\n各乡镇农业综合服务中心：\n　　各单位必须于每月5日前报送进展情况，不得延误。\n\n某县农业农村局\n2025年3月10日\n', why: 'a 通知 down to the issuer’s own units' },
    { text: letter('为保障校舍安全，商请贵局追加维修经费50万元。\n　　请予支持为盼。'), why: 'the courteous closing of a 函' },
    { text: letter('请贵局于5月10日前函复。'), why: 'a deadline asked politely' },
    { text: letter('我局将严格执行财务管理规定，专款专用。\n　　请予批准为盼。'), why: 'a commitment of the writer, not an order to the recipient' },
    { text: letter('根据《关于做好经费管理工作的通知》“请遵照执行”的要求，现商请贵局支持。\n　　请予支持为盼。'), why: 'the phrase is inside a quotation' },
    { text: `××局关于开展安全检查的通知\n\n各科室：\n　　请务必于3月10日前完成自查。\n　　请遵照执行。\n\n××局\n2024年3月5日\n`, why: 'a 通知 may direct its subordinates' },
  ],
  invalid: [
    { text: '某县农业农村局关于做好2025年农业面源污染防治工作的意见\n\n县生态环境局、县水利局：\n　　一、各单位必须于每月5日前向我局报送上月工作进展情况，不得延误。\n　　二、我局将对各单位工作落实情况进行通报。\n\n某县农业农村局\n2025年3月10日\n', found: ['各单位必须', '不得延误', '我局将对各单位工作落实情况进行通报'], message: '平级' },
    { text: letter('你公司必须于6月10日前将上述资料报送我局，逾期不报的，由你公司承担一切后果。'), found: ['你公司必须', '由你公司承担一切后果'], suggestions: ['请贵单位'] },
    { text: letter('请于6月10日前报送，否则后果自负。'), found: ['后果自负'] },
    { text: letter('现将经费使用办法函告贵局，请遵照执行。'), found: ['请遵照执行'], severity: 'warning', message: '条例第八条（十四）', suggestions: ['请予支持为盼', '请予配合'] },
    { text: letter('请务必于5月10日前函复。'), found: ['请务必'], suggestions: ['请'] },
    { text: letter('务必于5月10日前报送材料，不得有误。'), found: ['务必', '不得有误'], suggestions: ['请'] },
    { text: letter('你单位必须按时报送材料。'), found: ['你单位必须'], suggestions: ['请贵单位'] },
    { text: letter('请认真贯彻执行。', '××区财政局关于经费管理有关问题的复函'), found: ['请认真贯彻执行'] },
    { text: letter('相关材料必须按时报送。'), found: ['必须按时'], suggestions: ['请按时'] },
  ],
});
