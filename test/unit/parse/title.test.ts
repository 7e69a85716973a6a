/** 标题: one line, several lines (as gov.cn lays titles out), Markdown headings, a title alone, 副标题. */
import { strict as assert } from 'node:assert';
import { isInside } from '../../../src/core/parse/quotes';
import { parse } from '../../../src/core';
import { assertModelConsistent, assertSpan, offsetOf } from './helpers';

interface TitleCase {
  name: string;
  text: string;
  /** The title's lines as written (one entry for a single-line title); undefined = no title. */
  parts?: string[];
  subtitle?: string;
  /** The element right after the title, when it matters. */
  recipients?: string;
}

const CASES: TitleCase[] = [
  {
    name: 'a single-line title',
    text: '青山市教育局关于调整城区义务教育学校布局的请示\n\n市人民政府：\n',
    parts: ['青山市教育局关于调整城区义务教育学校布局的请示'],
    recipients: '市人民政府：',
  },
  {
    name: 'a title over two lines, broken after the issuer',
    text: '青山市教育局\n关于印发《2024年全市教育工作要点》的通知\n\n各区县教育局：\n',
    parts: ['青山市教育局', '关于印发《2024年全市教育工作要点》的通知'],
    recipients: '各区县教育局：',
  },
  {
    name: 'a title over two centred lines (indented with full-width spaces)',
    text: '　　青山市教育局关于调整城区义务教育\n　　　　学校布局的请示\n\n市人民政府：\n',
    parts: ['青山市教育局关于调整城区义务教育', '学校布局的请示'],
    recipients: '市人民政府：',
  },
  {
    name: 'a title over three lines',
    text: '青山市人民政府办公室\n转发省人民政府办公厅关于做好2024年\n春季森林防火工作的通知\n\n各区县人民政府：\n',
    parts: ['青山市人民政府办公室', '转发省人民政府办公厅关于做好2024年', '春季森林防火工作的通知'],
    recipients: '各区县人民政府：',
  },
  {
    name: 'a Markdown # heading',
    text: '# 青山市财政局关于同意追加学校安全经费的复函\n\n市教育局：\n',
    parts: ['青山市财政局关于同意追加学校安全经费的复函'],
    recipients: '市教育局：',
  },
  {
    name: 'a Markdown ## heading with closing hashes',
    text: '## 关于召开安全生产工作会议的通知 ##\n\n各区县人民政府：\n',
    parts: ['关于召开安全生产工作会议的通知'],
  },
  {
    name: 'a title in Markdown bold',
    text: '**关于召开安全生产工作会议的通知**\n\n各区县人民政府：\n',
    parts: ['关于召开安全生产工作会议的通知'],
  },
  {
    name: 'a title alone is the whole document',
    text: '关于增拨防汛经费的请示',
    parts: ['关于增拨防汛经费的请示'],
  },
  {
    name: 'a title alone with a trailing line break',
    text: '关于增拨防汛经费的请示\n',
    parts: ['关于增拨防汛经费的请示'],
  },
  {
    name: 'a faulty title keeps its trailing punctuation (title-trailing-punct flags it)',
    text: '关于开展安全检查的通知。\n各区县人民政府：\n',
    parts: ['关于开展安全检查的通知。'],
    recipients: '各区县人民政府：',
  },
  {
    name: 'a line that does not complete the title is not joined to it',
    text: '青山市教育局关于调整学校布局\n市人民政府：\n　　现将有关事项请示如下：\n',
    parts: ['青山市教育局关于调整学校布局'],
    recipients: '市人民政府：',
  },
  {
    name: 'a first line that ends with a sentence mark is not continued by the next',
    text: '现将有关文件转发给你们。\n请示\n',
    parts: ['现将有关文件转发给你们。'],
  },
  {
    name: 'a title broken by blank-line noise is still one title',
    text: '青山市教育局关于调整城区义务教育\n\n\n学校布局的请示\n\n市人民政府：\n',
    parts: ['青山市教育局关于调整城区义务教育', '学校布局的请示'],
    recipients: '市人民政府：',
  },
  {
    name: 'a 决议 with its （……会议通过） line',
    text: '青山市第十七届人民代表大会第三次会议\n关于青山市人民政府工作报告的决议\n\n（2024年1月18日青山市第十七届人民代表大会第三次会议通过）\n\n　　会议决定批准这个报告。\n',
    parts: ['青山市第十七届人民代表大会第三次会议', '关于青山市人民政府工作报告的决议'],
    subtitle: '（2024年1月18日青山市第十七届人民代表大会第三次会议通过）',
  },
  {
    name: 'a 决定 whose （……会议通过） wraps over two lines',
    text: '苏州市人民代表大会常务委员会\n关于召开苏州市第十七届人民代表大会\n第四次会议的决定\n（2024年12月31日苏州市第十七届人大常委会\n第十九次会议通过）\n　　会议决定：大会于2025年1月12日召开。\n',
    parts: ['苏州市人民代表大会常务委员会', '关于召开苏州市第十七届人民代表大会', '第四次会议的决定'],
    subtitle: '（2024年12月31日苏州市第十七届人大常委会\n第十九次会议通过）',
  },
  {
    name: 'a title whose first line ends in a document name and whose second goes on with 和',
    text: '关于印发金华市人民政府办理人大代表建议\n和政协提案工作规则的通知\n金政办发〔2010〕15号\n各县（市、区）人民政府：\n　　现印发给你们。\n',
    parts: ['关于印发金华市人民政府办理人大代表建议', '和政协提案工作规则的通知'],
    recipients: '各县（市、区）人民政府：',
  },
  {
    name: 'a joint 版头: an issuer alone on its line above another issuer’s ……文件',
    text: '西潞省发展和改革委员会\n西潞省财政厅文件\n西发改〔2024〕88号\n西潞省发展和改革委员会　西潞省财政厅关于动用省级预备费的请示\n省人民政府：\n　　妥否，请批示。\n',
    parts: ['西潞省发展和改革委员会　西潞省财政厅关于动用省级预备费的请示'],
    recipients: '省人民政府：',
  },
  {
    name: 'a 版头 without 文件 above a title that opens with the same name',
    text: '青岚市人民政府\n青岚市人民政府关于提请审议《青岚市历史文化名城保护条例（草案）》的议案\n青岚市人民代表大会常务委员会：\n　　现提请审议。\n',
    parts: ['青岚市人民政府关于提请审议《青岚市历史文化名城保护条例（草案）》的议案'],
    recipients: '青岚市人民代表大会常务委员会：',
  },
  {
    name: 'a 令 with its 令号',
    text: '青山市人民政府令\n\n第12号\n\n　　《青山市城市绿化管理办法》已经市人民政府常务会议通过，现予公布，自2024年5月1日起施行。\n',
    parts: ['青山市人民政府令'],
    subtitle: '第12号',
  },
  {
    name: 'a document that opens with its （……会议通过） note has no title',
    text: '（2016年12月10日武汉市武昌区第十五届人民代表大会\n第一次会议通过）\n　　会议决定批准这个报告。\n',
  },
  {
    name: 'a document that opens with a sentence has no title',
    text: '　　根据工作安排，现将有关事项通知如下：\n　　一、请于3月8日前报送材料。\n',
  },
  {
    name: 'a document that opens with a 层次标题 has no title',
    text: '一、总体要求\n　　坚持稳中求进。\n',
  },
  {
    name: 'a document that opens with its 版记 has no title',
    text: '抄送：市委办公室。\n青山市人民政府办公室　　2024年3月5日印发\n',
  },
];

describe('parse: 标题', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const doc = parse(c.text);
      if (!c.parts) {
        assert.equal(doc.title, undefined, 'no title');
      } else {
        const t = doc.title!;
        assert.ok(t, 'a title');
        assert.equal(t.parts.length, c.parts.length, 'title lines');
        c.parts.forEach((p, k) => assertSpan(c.text, t.parts[k], p, 0, `title line ${k + 1}`));
        assert.equal(t.text, c.parts.join(''), 'title text is its lines joined');
        assert.equal(t.start, t.parts[0].start);
        assert.equal(t.end, t.parts[t.parts.length - 1].end);
        assert.equal(t.line, doc.lines.findIndex((l) => l.contentStart === t.start));
      }
      if (c.subtitle) assertSpan(c.text, doc.subtitle, c.subtitle, 0, '副标题');
      else assert.equal(doc.subtitle, undefined, 'no subtitle');
      if (c.recipients) assertSpan(c.text, doc.recipients, c.recipients, 0, '主送机关');
      assertModelConsistent(doc);
    });
  }

  it('a title longer than four lines keeps its first line only when the rest does not end it', () => {
    const text = '青山市\n人民政府\n办公室\n关于\n做好防汛工作的通知\n';
    const doc = parse(text);
    assert.deepEqual(doc.title?.parts.map((p) => p.text), ['青山市']);
  });

  it('a 《》 name broken across the title lines is one quotation', () => {
    const text = '国务院办公厅关于印发《新时代推动中部地区\n高质量发展实施方案》的通知\n\n各省人民政府：\n';
    const doc = parse(text);
    assert.equal(doc.title?.parts.length, 2);
    const open = offsetOf(text, '《');
    const close = offsetOf(text, '》');
    assert.ok(isInside(doc.quoted, open, close + 1), 'the whole 《…》 is quoted');
    assert.ok(isInside(doc.quoted, offsetOf(text, '实施方案'), offsetOf(text, '实施方案') + 4), 'the word 方案 inside it is quoted');
    assert.ok(!isInside(doc.quoted, offsetOf(text, '的通知') + 1, offsetOf(text, '的通知') + 3), 'the genre word is not');
  });

  it('a Markdown heading far too long for a title is not one', () => {
    const text = '# ' + '很长的标题'.repeat(40) + '的通知\n\n正文。';
    assert.equal(parse(text).title, undefined);
  });
});

describe('parse: 副标题 is not a 层次标题', () => {
  it('a （一） heading ending in a parenthesis right under the title is 正文', () => {
    const text = '关于做好防汛工作的通知\n（一）加强组织领导（牵头单位：市水利局）\n';
    const doc = parse(text);
    assert.equal(doc.subtitle, undefined);
    assert.deepEqual(doc.headings.map((h) => h.marker.text), ['（一）']);
  });
});

describe('parse: a line addressed to someone is a 主送, not a title', () => {
  it('a line ending in a leader\'s post, typed alone or without its colon, is read as the 主送', () => {
    for (const text of ['××县人民政府并××常务副县长', '王市长\n　　现将有关情况报告如下。\n', '市教育局李局长']) {
      const doc = parse(text);
      assert.equal(doc.title, undefined, text);
      assert.ok(doc.recipients, `${text}: 主送`);
    }
  });

  it('a title that speaks of a post (关于……副县长……) stays a title', () => {
    const doc = parse('××县人民政府关于调整分管副县长工作分工的通知\n\n各乡镇人民政府：\n');
    assert.equal(doc.title?.text, '××县人民政府关于调整分管副县长工作分工的通知');
  });
});
