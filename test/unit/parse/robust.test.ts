/**
 * The parser copes with real drafts: CRLF and CR, full-width indentation, blank-line noise, front
 * matter, Markdown marks, a BOM — and says so when a text is not a 公文 at all (then rules stay silent).
 */
import { strict as assert } from 'node:assert';
import { lint, parse } from '../../../src/core';
import type { GongwenDocument } from '../../../src/core/parse/model';
import { listFixtures } from '../helpers/fixtures';
import { assertModelConsistent, crlf } from './helpers';

const CLEAN = [
  '000021',
  '特急',
  '青山市教育局文件',
  '青教〔2024〕12号　　签发人：王建国',
  '青山市教育局关于调整城区义务教育',
  '学校布局的请示',
  '市人民政府：',
  '现将有关事项请示如下：',
  '一、调整的必要性',
  '（一）老城区学校规模偏小。在校生不足300人。',
  '妥否，请批示。',
  '附件：1.布局调整方案',
  '2.学位供需测算表',
  '青山市教育局',
  '2024年3月5日',
  '（联系人：李华，联系电话：0791-86211234）',
  '附件1',
  '布局调整方案',
  '抄送：市财政局。',
  '青山市教育局办公室　　2024年3月5日印发',
].join('\n');

/** The model's element texts, in a comparable shape (offsets aside). */
function shape(doc: GongwenDocument) {
  return {
    isGongwen: doc.isGongwen,
    header: doc.header.elements.map((e) => [e.kind, e.text]),
    signer: doc.header.signer?.text,
    title: doc.title?.parts.map((p) => p.text),
    recipients: doc.recipients?.text,
    paragraphs: doc.paragraphs.map((p) => p.text),
    headings: doc.headings.map((h) => [h.level, h.marker.text, h.text.text, h.runIn]),
    attachmentNote: doc.attachmentNote?.items.map((i) => [i.number, i.name.text]),
    signatures: doc.signatures.map((s) => s.text),
    date: doc.date?.text,
    notes: doc.notes.map((n) => n.text),
    attachments: doc.attachments.map((a) => [a.label.text, a.title?.text]),
    colophon: doc.colophon.map((c) => [c.kind, c.text]),
  };
}

describe('parse: robustness', () => {
  const reference = shape(parse(CLEAN));

  it('the clean reference document parses into every element', () => {
    assert.equal(reference.isGongwen, true);
    assert.deepEqual(reference.header.map((h) => h[0]), ['copyNo', 'urgency', 'issuerMark', 'docNo']);
    assert.equal(reference.signer, '签发人：王建国');
    assert.deepEqual(reference.title, ['青山市教育局关于调整城区义务教育', '学校布局的请示']);
    assert.equal(reference.recipients, '市人民政府：');
    assert.equal(reference.paragraphs.length, 4);
    assert.deepEqual(reference.attachmentNote, [[1, '布局调整方案'], [2, '学位供需测算表']]);
    assert.deepEqual(reference.signatures, ['青山市教育局']);
    assert.equal(reference.date, '2024年3月5日');
    assert.equal(reference.notes.length, 1);
    assert.deepEqual(reference.attachments, [['附件1', '布局调整方案']]);
    assert.deepEqual(reference.colophon.map((c) => c[0]), ['cc', 'imprint']);
  });

  const variants: Array<[string, string]> = [
    ['CRLF line breaks', crlf(CLEAN)],
    ['CR line breaks (old Mac)', CLEAN.replace(/\n/g, '\r')],
    ['mixed LF, CRLF and CR', CLEAN.split('\n').map((l, k) => l + ['\n', '\r\n', '\r'][k % 3]).join('')],
    ['full-width-space indentation on every line', CLEAN.split('\n').map((l) => '　　' + l).join('\n')],
    ['tabs, spaces and NBSP as indentation and trailing spaces', CLEAN.split('\n').map((l, k) => ['\t', '    ', '\u00a0\u00a0', '　 '][k % 4] + l + [' ', '　', '\t', ''][k % 4]).join('\n')],
    ['blank-line noise between every line', CLEAN.split('\n').join('\n\n\n')],
    ['blank lines with only spaces between lines', CLEAN.split('\n').join('\n　　 \n')],
    ['leading and trailing blank lines', '\n\n\n' + CLEAN + '\n\n\n\n'],
    ['a byte-order mark', '\ufeff' + CLEAN],
    ['front matter before the document', '---\ngenre: 请示\nissuer: 青山市教育局\n---\n\n' + CLEAN],
  ];
  for (const [name, text] of variants) {
    it(`${name}: the same elements, with offsets into the variant`, () => {
      const doc = parse(text);
      assert.deepEqual(shape(doc), reference);
      assertModelConsistent(doc);
    });
  }

  it('front matter: fields and range', () => {
    const text = '---\ngenre: 请示\ndirection: "上行"\nissuer: 青山市教育局\n---\n# 关于某事的请示\n';
    const doc = parse(text);
    assert.deepEqual(doc.frontMatter?.fields, { genre: '请示', direction: '上行', issuer: '青山市教育局' });
    assert.deepEqual(doc.frontMatter?.range, [0, text.indexOf('\n# ')]);
    assert.equal(doc.title?.text, '关于某事的请示');
  });

  it('an unclosed front matter fence is not front matter', () => {
    const doc = parse('---\ngenre: 请示\n关于某事的请示\n');
    assert.equal(doc.frontMatter, undefined);
  });

  it('Markdown: heading marks, bold and block quotes are not part of the content', () => {
    const text = '# 关于某事的请示\n\n> 市人民政府：\n\n## 一、基本情况\n\n**二、存在问题**\n\n　　妥否，请批示。\n';
    const doc = parse(text);
    assert.equal(doc.title?.text, '关于某事的请示');
    assert.equal(doc.recipients?.text, '市人民政府：');
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['一、基本情况', '二、存在问题', '妥否，请批示。']);
    assert.deepEqual(doc.headings.map((h) => h.marker.text), ['一、', '二、']);
    assertModelConsistent(doc);
  });

  it('degenerate inputs parse without throwing', () => {
    for (const text of ['', '\n', '\r\n', '\r', ' ', '　', '---', '---\n---', '#', '# ', '**', '****', '附件', '附件：', '抄送：', '2024年3月5日', '一、', '（', '《', '\u0000', '\ud800', '🙂']) {
      const doc = parse(text);
      assertModelConsistent(doc);
      assert.ok(doc.lines.length >= 1);
    }
  });

  it('every correct fixture parses into a consistent model', () => {
    const fixtures = listFixtures('valid');
    assert.ok(fixtures.length >= 15);
    for (const f of fixtures) {
      const doc = parse(f.text);
      assert.ok(doc.isGongwen, `${f.name} is a 公文`);
      assert.ok(doc.title, `${f.name} has a title`);
      assertModelConsistent(doc);
    }
  });
});

describe('parse: not a 公文', () => {
  const notGongwen: Array<[string, string]> = [
    ['a README', '# Wenmi\n\nA VS Code extension that checks official documents.\n\n## 关于本项目\n\n本项目用于检查公文。\n\n## 安装\n\n```\nnpm install\n```\n'],
    ['a Chinese README with 使用说明', '# 使用说明\n\n本工具用于检查公文草稿。\n\n## 安装\n\n运行 npm install。\n\n## 开发计划\n\n- 支持 DOCX\n'],
    ['an English text', 'Meeting notes\n\nThe team met on March 5, 2024.\nWe discussed the roadmap and the release plan.\n\nJohn Smith\n2024-03-05\n'],
    ['a Chinese news article', '国务院常务会议部署推进城市更新工作\n\n新华社北京3月5日电 国务院总理主持召开国务院常务会议，部署推进城市更新工作。\n会议指出，城市更新是推动城市高质量发展的重要举措。\n会议还研究了其他事项。\n'],
    ['a poem', '静夜思\n\n床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n'],
    ['code', 'function main() {\n  const x = 1;\n  return x;\n}\n'],
    ['JSON', '{\n  "name": "wenmi",\n  "version": "0.1.0"\n}\n'],
    ['a personal year-end summary', '个人年度工作总结\n\n今年我完成了很多工作，也有不少收获。\n'],
    ['a shopping list', '购物清单\n\n苹果\n牛奶\n面包\n'],
    ['empty text', ''],
  ];
  for (const [name, text] of notGongwen) {
    it(`${name}: isGongwen false, and the engine reports nothing in auto mode`, () => {
      const doc = parse(text);
      assert.equal(doc.isGongwen, false, `evidence: ${doc.evidence.join(',')}`);
      const r = lint(text, { detect: 'auto' });
      assert.equal(r.linted, false);
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.ruleErrors, []);
    });
  }

  const gongwen: Array<[string, string]> = [
    ['a title alone', '关于增拨防汛经费的请示'],
    ['a nonstatutory title with its issuer', '某某局2024年工作总结'],
    ['a nonstatutory title with 关于', '关于购置执法车辆的申请'],
    ['a body without a title, with 主送 and 成文日期', '市人民政府：\n\n　　现将有关情况报告如下：\n　　特此报告。\n\n青山市教育局\n2024年3月5日\n'],
    ['a header and a title', '青山市教育局文件\n青教〔2024〕3号\n青山市教育局2024年工作要点\n'],
  ];
  for (const [name, text] of gongwen) {
    it(`${name} is a 公文`, () => {
      const doc = parse(text);
      assert.equal(doc.isGongwen, true, `evidence: ${doc.evidence.join(',')}`);
      assert.equal(lint(text, { detect: 'auto' }).linted, true);
    });
  }

  it('detect never / always override the evidence', () => {
    assert.equal(lint('关于增拨防汛经费的请示', { detect: 'never' }).linted, false);
    assert.equal(lint('静夜思\n床前明月光', { detect: 'always' }).linted, true);
  });
});

describe('parse: a mechanical fix never changes what a line is', () => {
  // Each pair: a draft and the same draft after a certain fix; the structure must be the same, or
  // fixing would not converge (a fixed line turning into a title or a 主送 that draws new findings).
  const roles = (text: string) => {
    const d = parse(text);
    return {
      header: d.header.elements.map((e) => e.kind),
      title: d.title?.line,
      recipients: d.recipients?.line,
      paragraphs: d.paragraphs.map((p) => p.line),
      signatures: d.signatures.map((s) => s.line),
      date: d.date?.line,
    };
  };
  const pairs: Array<[string, string, string]> = [
    ['half-width commas → full-width in a first line', '抄送:市委办公室,市人大办公室\n000021\n', '抄送：市委办公室，市人大办公室\n000021\n'],
    ['half-width marks in a line under a 主送-like line', '## 000021\n市教育局\n!：\n', '## 000021\n市教育局\n！：\n'],
    ['a 主题词 line deleted', '关于某事的请示\n主题词：教育 请示\n王市长：\n　　妥否，请批示。\n', '关于某事的请示\n王市长：\n　　妥否，请批示。\n'],
    ['a half-width comma in a signature line', '关于某事的通知\n\n　　特此通知。\n青山市教育局,\n2024年3月5日\n', '关于某事的通知\n\n　　特此通知。\n青山市教育局，\n2024年3月5日\n'],
    ['trailing punctuation removed from a numeric first line', '1。\n', '1\n'],
  ];
  for (const [name, before, after] of pairs) {
    it(name, () => {
      const a = roles(before);
      const b = roles(after);
      // Line indexes shift when a line is deleted: compare the roles of the lines that remain.
      if (before.split('\n').length === after.split('\n').length) assert.deepEqual(b, a);
      else assert.deepEqual([b.title, b.recipients, b.header], [a.title, a.recipients === undefined ? undefined : a.recipients - 1, a.header]);
    });
  }

  it('a short number is a 份号 only when more 版头 follows (or it has six digits or a label)', () => {
    assert.deepEqual(parse('1\n关于某事的通知\n').header.elements.map((e) => e.kind), []);
    assert.deepEqual(parse('000001\n关于某事的通知\n').header.elements.map((e) => e.kind), ['copyNo']);
    assert.deepEqual(parse('1\n特急\n关于某事的通知\n').header.elements.map((e) => e.kind), ['copyNo', 'urgency']);
    assert.deepEqual(parse('份号：12\n关于某事的通知\n').header.elements.map((e) => e.kind), ['copyNo']);
  });

  it('an 附件说明, a 版记 line or a line of marks is never a title', () => {
    assert.equal(parse('附件：1.名单\n青山市教育局\n2024年3月5日\n').title, undefined);
    assert.equal(parse('抄送：市委办公室\n').title, undefined);
    assert.equal(parse('# ：\n关于某事的通知\n').title, undefined);
    assert.equal(parse('## <!-- wenmi-disable closing-mismatch -->：\n# 附件1：\n').title, undefined);
  });
});
