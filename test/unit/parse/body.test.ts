/** 主送机关, 正文 paragraphs and 层次标题 (一、（一）1.（1） and their faulty variants). */
import { strict as assert } from 'node:assert';
import { parse } from '../../../src/core';
import { parseHeading } from '../../../src/core/parse/headings';
import { splitLines } from '../../../src/core/parse/lines';
import { assertModelConsistent, assertSpan } from './helpers';

const TITLE = '青山市教育局关于做好安全检查工作的通知';

describe('parse: 主送机关', () => {
  const cases: Array<{ name: string; line: string; recipients?: string; firstParagraph: string }> = [
    { name: 'one organisation with the full-width colon', line: '市人民政府：', recipients: '市人民政府：', firstParagraph: '现将有关事项通知如下：' },
    { name: 'several, separated by ， and 、', line: '各区县人民政府，市政府各部门、各直属机构：', recipients: '各区县人民政府，市政府各部门、各直属机构：', firstParagraph: '现将有关事项通知如下：' },
    { name: 'a half-width colon (recipient-colon flags it)', line: '各区县教育局:', recipients: '各区县教育局:', firstParagraph: '现将有关事项通知如下：' },
    { name: 'no colon but organisation-like and followed by text', line: '市人民政府', recipients: '市人民政府', firstParagraph: '现将有关事项通知如下：' },
    { name: 'an opening sentence ending in 如下： is 正文, not 主送', line: '为做好安全检查工作，现就有关事项通知如下：', firstParagraph: '为做好安全检查工作，现就有关事项通知如下：' },
    { name: 'a 根据 sentence ending in a colon is 正文', line: '根据市政府工作部署：', firstParagraph: '根据市政府工作部署：' },
    { name: 'a sentence with a full stop is 正文', line: '经研究，决定开展检查。具体安排如下：', firstParagraph: '经研究，决定开展检查。具体安排如下：' },
    { name: 'a 层次标题 is 正文', line: '一、检查范围：', firstParagraph: '一、检查范围：' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = `${TITLE}\n\n${c.line}\n\n　　现将有关事项通知如下：\n　　特此通知。\n`;
      const doc = parse(text);
      if (c.recipients) assertSpan(text, doc.recipients, c.recipients, 0, '主送机关');
      else assert.equal(doc.recipients, undefined, 'no 主送机关');
      assertSpan(text, doc.paragraphs[0], c.firstParagraph, 0, 'first paragraph');
      assertModelConsistent(doc);
    });
  }

  it('a 主送 list that wraps over two lines is one element', () => {
    const text = `${TITLE}\n各区县人民政府，市政府各部门，\n各直属机构：\n　　现将有关事项通知如下：\n`;
    const doc = parse(text);
    const start = text.indexOf('各区县');
    assert.deepEqual([doc.recipients!.start, doc.recipients!.end], [start, text.indexOf('：') + 1]);
    assert.equal(doc.paragraphs[0].text, '现将有关事项通知如下：');
  });

  for (const line of ['各乡镇人民政府，县直各单位', '各区人民政府，市政府各委、办、局。', '各县（市、区）人民政府；市政府各部门、各直属机构；', '市发展改革委、市财政局、市自然资源和规划局。', '县政府办公室、县财政局，']) {
    it(`a draft that so far holds only a list of names is a 主送 being typed: ${line}`, () => {
      const doc = parse(`${line}\n`);
      assertSpan(`${line}\n`, doc.recipients, line, 0, '主送机关');
      assert.equal(doc.title, undefined);
    });
  }

  it('a request with a date that ends in bodies is a sentence, not a 主送', () => {
    const text = '请各县（市、区）于2024年4月30日前将资金分配方案报送市教育局、市财政局。\n青岚市教育局　　　　青岚市财政局\n2024年3月20日\n';
    assert.equal(parse(text).recipients, undefined);
  });

  it('a lone name list after a title is not taken as a 主送 when it is a sentence', () => {
    const text = `${TITLE}\n\n经省人民政府批准，撤销青山镇，设立青山街道办事处。\n`;
    assert.equal(parse(text).recipients, undefined);
  });

  it('a web page\'s metadata line between the title and the 主送 is neither', () => {
    const text = '关于做好高温天气防暑降温工作的通知\n发布时间：2025-06-10 09:32　　来源：临江市人力资源和社会保障局　　浏览次数：1276\n\n各县（市、区）人力资源和社会保障局，各有关单位：\n　　请做好防暑降温工作。\n';
    const doc = parse(text);
    assert.equal(doc.recipients?.text, '各县（市、区）人力资源和社会保障局，各有关单位：');
    assert.equal(doc.paragraphs[0].text, '请做好防暑降温工作。');
  });

  it('an issuer\'s line over the title or the 发文字号 is no 主送', () => {
    const doc = parse('关于印发专家库管理办法的通知\n交通运输部办公厅\n厅科技字〔2012〕73号\n各省交通运输厅：\n　　现印发给你们。\n');
    assert.equal(doc.recipients?.text, '各省交通运输厅：');
  });

  it('a list of bodies ending in its separator, typed after the title, is the 主送 being typed', () => {
    const doc = parse('城关镇人民政府关于做好夏季防溺水工作的通知\n\n各村（社区）、镇直各单位、\n');
    assert.equal(doc.recipients?.text, '各村（社区）、镇直各单位、');
  });

  it('a 通告 without 主送 starts its 正文 right after the title', () => {
    const text = '青山市公安局关于实施临时交通管制的通告\n\n　　为保障比赛顺利进行，现就有关事项通告如下：\n　　特此通告。\n';
    const doc = parse(text);
    assert.equal(doc.recipients, undefined);
    assert.equal(doc.paragraphs.length, 2);
  });
});

describe('parse: 正文 paragraphs', () => {
  it('one paragraph per non-blank line, without indentation or trailing spaces, with exact offsets', () => {
    const text = `${TITLE}\n\n各区县教育局：\n\n　　为做好安全检查工作，现将有关事项通知如下：　\n\n\n　　一、检查范围\n  　　全市中小学校。  \n　　特此通知。\n\n青山市教育局\n2024年3月5日\n`;
    const doc = parse(text);
    const expected = ['为做好安全检查工作，现将有关事项通知如下：', '一、检查范围', '全市中小学校。', '特此通知。'];
    assert.equal(doc.paragraphs.length, expected.length);
    expected.forEach((p, k) => {
      assertSpan(text, doc.paragraphs[k], p, 0, `paragraph ${k + 1}`);
      assert.equal(doc.paragraphs[k].kind, 'paragraph');
    });
    assert.deepEqual(doc.body, [doc.paragraphs[0].start, doc.paragraphs[3].end]);
    assert.deepEqual(doc.headings.map((h) => h.line), [doc.paragraphs[1].line]);
    assertModelConsistent(doc);
  });

  it('a document with no 正文 has no body range', () => {
    const doc = parse(`${TITLE}\n`);
    assert.deepEqual(doc.paragraphs, []);
    assert.equal(doc.body, undefined);
  });
});

interface HeadingCase {
  line: string;
  level?: 1 | 2 | 3 | 4;
  number?: number;
  marker?: string;
  canonical?: string;
  text?: string;
  runIn?: boolean;
}

const HEADINGS: HeadingCase[] = [
  // A garbled numeral is no number to renumber by (fix-all must not turn （三六） into （六））.
  { line: '（三六）进一步简化审批' },
  { line: '一十一、其他事项' },
  // The four correct levels of GB/T 9704 7.3.3.
  { line: '一、总体要求', level: 1, number: 1, marker: '一、', canonical: '一、', text: '总体要求', runIn: false },
  { line: '（二）主要目标', level: 2, number: 2, marker: '（二）', canonical: '（二）', text: '主要目标', runIn: false },
  { line: '3.推进标准化建设', level: 3, number: 3, marker: '3.', canonical: '3.', text: '推进标准化建设', runIn: false },
  { line: '（4）明确责任分工', level: 4, number: 4, marker: '（4）', canonical: '（4）', text: '明确责任分工', runIn: false },
  // Run-in headings: body text follows the heading after 。
  { line: '（一）指导思想。坚持以人民为中心。', level: 2, number: 1, marker: '（一）', canonical: '（一）', text: '指导思想', runIn: true },
  { line: '1.学生分流。按照就近原则安排。', level: 3, number: 1, marker: '1.', canonical: '1.', text: '学生分流', runIn: true },
  // A standalone heading that ends with 。 is not run-in.
  { line: '二、稳妥做好分流安置。', level: 1, number: 2, marker: '二、', canonical: '二、', text: '稳妥做好分流安置', runIn: false },
  // Larger numbers.
  { line: '十一、其他事项', level: 1, number: 11, marker: '十一、', canonical: '十一、', text: '其他事项' },
  { line: '二十三、附则', level: 1, number: 23, marker: '二十三、', canonical: '二十三、', text: '附则' },
  { line: '（十二）加强督导', level: 2, number: 12, marker: '（十二）', canonical: '（十二）', text: '加强督导' },
  { line: '12.做好宣传', level: 3, number: 12, marker: '12.', canonical: '12.', text: '做好宣传' },
  { line: '1.2024年工作目标', level: 3, number: 1, marker: '1.', canonical: '1.', text: '2024年工作目标' },
  // Faulty variants, recognised with their level so that heading-numbering-format can flag them.
  { line: '一.总体要求', level: 1, number: 1, marker: '一.', canonical: '一、' },
  { line: '一，总体要求', level: 1, number: 1, marker: '一，', canonical: '一、' },
  { line: '一．总体要求', level: 1, number: 1, marker: '一．', canonical: '一、' },
  { line: '一 、总体要求', level: 1, number: 1, marker: '一 、', canonical: '一、' },
  { line: '（一）、指导思想', level: 2, number: 1, marker: '（一）、', canonical: '（一）' },
  { line: '(一)指导思想', level: 2, number: 1, marker: '(一)', canonical: '（一）' },
  { line: '（一).指导思想', level: 2, number: 1, marker: '（一).', canonical: '（一）' },
  { line: '1、加强领导', level: 3, number: 1, marker: '1、', canonical: '1.' },
  { line: '1，加强领导', level: 3, number: 1, marker: '1，', canonical: '1.' },
  { line: '1)加强领导', level: 3, number: 1, marker: '1)', canonical: '1.' },
  { line: '1．加强领导', level: 3, number: 1, marker: '1．', canonical: '1.' },
  { line: '（1）、明确责任', level: 4, number: 1, marker: '（1）、', canonical: '（1）' },
  { line: '(1)明确责任', level: 4, number: 1, marker: '(1)', canonical: '（1）' },
  // Not headings.
  { line: '一是加强组织领导' },
  { line: '十一月底前完成' },
  { line: '1.5万元用于设备购置' },
  { line: '2024年全市教育工作要点' },
  { line: '（此件公开发布）' },
  { line: '一、' },
  { line: '（一）' },
  { line: '第一，加强领导' },
];

describe('parse: 层次标题', () => {
  for (const c of HEADINGS) {
    it(c.level ? `${c.line} → level ${c.level}, ${c.canonical}` : `${c.line} is not a heading`, () => {
      const text = `　　${c.line}\n`;
      const line = splitLines(text)[0];
      const h = parseHeading(line);
      if (!c.level) {
        assert.equal(h, undefined);
        return;
      }
      assert.ok(h, 'a heading');
      assert.equal(h.level, c.level, 'level');
      assert.equal(h.number, c.number, 'number');
      assertSpan(text, h.marker, c.marker!, 0, 'marker');
      assert.equal(h.canonical, c.canonical, 'canonical marker');
      if (c.text) assertSpan(text, h.text, c.text, 0, 'heading text');
      if (c.runIn !== undefined) assert.equal(h.runIn, c.runIn, 'run-in');
      assert.equal(h.line, 0);
    });
  }

  it('bracketed numbers after a notes label (注释：) are footnotes, not headings', () => {
    const text = `${TITLE}\n\n各区县教育局：\n　　一、总人口\n　　全市常住人口312.6万人。\n注释：\n[1]本公报数据为初步汇总数据。\n[2]普查登记的对象是自然人。\n`;
    const doc = parse(text);
    assert.deepEqual(doc.headings.map((h) => h.marker.text), ['一、']);
  });

  it('headings in a document carry their line, in order, and Markdown marks and bold are not part of them', () => {
    const text = `# ${TITLE}\n\n各区县教育局：\n\n## 一、检查范围\n\n**（一）中小学校**\n\n1.城区学校\n\n（1）公办学校\n\n特此通知。\n`;
    const doc = parse(text);
    assert.deepEqual(doc.headings.map((h) => [h.level, h.marker.text, h.text.text]), [
      [1, '一、', '检查范围'],
      [2, '（一）', '中小学校'],
      [3, '1.', '城区学校'],
      [4, '（1）', '公办学校'],
    ]);
    assertSpan(text, doc.headings[0].marker, '一、', 0, 'marker after ## ');
    assertSpan(text, doc.headings[1].text, '中小学校', 0, 'text inside **…**');
    assert.deepEqual(doc.headings.map((h) => h.line), doc.paragraphs.slice(0, 4).map((p) => p.line));
    assertModelConsistent(doc);
  });
});
