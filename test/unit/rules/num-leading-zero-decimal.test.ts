import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('num-leading-zero-decimal', {
  valid: [
    { text: doc('下降0.5个百分点。'), why: 'the 0 is written' },
    { text: doc('请下载报送模板a.5和report.docx。'), why: 'a dot after a letter is part of a name' },
    { text: doc('版本v.2和第3.5条。'), why: 'a dot after a letter or digit' },
    { text: doc('详见https://www.gov.cn/a/.5/b。'), why: 'inside a URL' },
    { text: doc('加强水利...5个方面。'), why: 'the last dot of an ellipsis' },
  ],
  invalid: [
    { text: doc('下降.5个百分点。'), found: ['.5'], output: doc('下降0.5个百分点。') },
    { text: doc('增长 .25 倍。'), found: ['.25'], output: doc('增长 0.25 倍。') },
    { text: doc('比例为.05。'), found: ['.05'], output: doc('比例为0.05。') },
    { text: doc('(.5)'), found: ['.5'], output: doc('(0.5)') },
    { text: doc('降幅.8%，增幅.3%。'), found: ['.8', '.3'], output: doc('降幅0.8%，增幅0.3%。') },
    { text: doc('下降.５个百分点。'), found: ['.５'], output: doc('下降0.５个百分点。') },
  ],
});
