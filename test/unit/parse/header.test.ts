/** 版头: 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人 — exact offsets, correct and faulty forms. */
import { strict as assert } from 'node:assert';
import { parse } from '../../../src/core';
import { assertModelConsistent, assertSpan } from './helpers';

interface HeaderCase {
  name: string;
  text: string;
  copyNo?: string;
  secrecy?: string;
  urgency?: string;
  issuerMarks?: string[];
  docNos?: string[];
  signer?: string;
  /** The kinds of the header elements, in order. */
  order: string[];
  /** The title that follows the header (the header must not swallow it). */
  title?: string;
}

const TITLE = '青山市教育局关于调整城区义务教育学校布局的请示';

const CASES: HeaderCase[] = [
  {
    name: 'a full 版头 of an upward document: 份号, 密级★期限, 紧急程度, 标志, 字号 with 签发人 on the same line',
    text: `000021\n秘密★1年\n特急\n青山市教育局文件\n\n青教〔2024〕12号　　　　签发人：王建国\n\n${TITLE}\n\n市人民政府：\n\n　　妥否，请批示。\n`,
    copyNo: '000021',
    secrecy: '秘密★1年',
    urgency: '特急',
    issuerMarks: ['青山市教育局文件'],
    docNos: ['青教〔2024〕12号　　　　签发人：王建国'],
    signer: '签发人：王建国',
    order: ['copyNo', 'secrecy', 'urgency', 'issuerMark', 'docNo'],
    title: TITLE,
  },
  {
    name: 'a downward document: 标志 and 字号, no 签发人',
    text: '青山市人民政府文件\n\n青府发〔2024〕6号\n\n青山市人民政府关于表彰先进单位的决定\n\n各区县人民政府：\n',
    issuerMarks: ['青山市人民政府文件'],
    docNos: ['青府发〔2024〕6号'],
    order: ['issuerMark', 'docNo'],
    title: '青山市人民政府关于表彰先进单位的决定',
  },
  {
    name: 'a listing\'s date in front of the number under the title: the 发文字号 starts after the date',
    text: '财政部关于印发《××办法》的通知\n2006年10月26日　财建〔2006〕689号\n各省、自治区、直辖市财政厅（局）：\n',
    docNos: ['财建〔2006〕689号'],
    order: [],
    title: '财政部关于印发《××办法》的通知',
  },
  {
    name: '签发人 on its own line, two signers',
    text: `青山市教育局文件\n青教〔2024〕12号\n签发人：王建国　李明\n${TITLE}\n`,
    issuerMarks: ['青山市教育局文件'],
    docNos: ['青教〔2024〕12号'],
    signer: '签发人：王建国　李明',
    order: ['issuerMark', 'docNo', 'signer'],
    title: TITLE,
  },
  {
    name: 'faulty forms are still recognised so that rules can flag them',
    text: 'No.0001\n机密☆十年\n急件\n××市人民政府文件\n×府发[24]第05号\n签发人:张三\n关于开展安全检查的通知\n',
    copyNo: 'No.0001',
    secrecy: '机密☆十年',
    urgency: '急件',
    issuerMarks: ['××市人民政府文件'],
    docNos: ['×府发[24]第05号'],
    signer: '签发人:张三',
    order: ['copyNo', 'secrecy', 'urgency', 'issuerMark', 'docNo', 'signer'],
    title: '关于开展安全检查的通知',
  },
  {
    name: '信函格式: the issuer name without 文件 is a 标志 when a 发文字号 follows',
    text: '青山市教育局\n\n青教函〔2024〕15号\n\n青山市教育局关于商请选派医务人员的函\n',
    issuerMarks: ['青山市教育局'],
    docNos: ['青教函〔2024〕15号'],
    order: ['issuerMark', 'docNo'],
    title: '青山市教育局关于商请选派医务人员的函',
  },
  {
    name: 'joint issuers: two 标志 lines',
    text: '青山市教育局文件\n青山市财政局文件\n青教联〔2024〕2号\n青山市教育局　青山市财政局关于下达学校安全经费的通知\n',
    issuerMarks: ['青山市教育局文件', '青山市财政局文件'],
    docNos: ['青教联〔2024〕2号'],
    order: ['issuerMark', 'issuerMark', 'docNo'],
    title: '青山市教育局　青山市财政局关于下达学校安全经费的通知',
  },
  {
    name: 'a joint 版头 whose names stand one per line above a lone 文件',
    text: '临江市教育局\n临江市财政局\n文件\n\n临教发〔2025〕20号\n\n临江市教育局　临江市财政局关于下达补助资金的通知\n\n各县（市、区）教育局、财政局：\n',
    issuerMarks: ['临江市教育局', '临江市财政局', '文件'],
    docNos: ['临教发〔2025〕20号'],
    order: ['issuerMark', 'issuerMark', 'issuerMark', 'docNo'],
    title: '临江市教育局　临江市财政局关于下达补助资金的通知',
  },
  {
    name: 'a 版头 spaced out over two lines (衢州市人民代表大会 ⏎ 常 务 委 员 会 文 件)',
    text: '衢州市人民代表大会\n常 务 委 员 会 文 件\n衢人大常〔2006〕8号\n衢州市人民代表大会常务委员会关于开展法制宣传教育的决议\n',
    issuerMarks: ['衢州市人民代表大会', '常 务 委 员 会 文 件'],
    docNos: ['衢人大常〔2006〕8号'],
    order: ['issuerMark', 'issuerMark', 'docNo'],
    title: '衢州市人民代表大会常务委员会关于开展法制宣传教育的决议',
  },
  {
    name: 'a database\'s issuer line above a 令 head that starts with the same name',
    text: '商务部\n商务部令2007年第15号 商业特许经营备案管理办法\n《商业特许经营备案管理办法》已经部务会讨论通过，现予公布。\n',
    issuerMarks: ['商务部'],
    order: ['issuerMark'],
    title: '商务部令2007年第15号 商业特许经营备案管理办法',
  },
  {
    name: 'a web page\'s heading above the issuer line and the title printed again',
    text: '关于印发专家库管理办法的通知\n交通运输部办公厅\n关于印发专家库管理办法的通知\n厅科技字〔2012〕73号\n各省、自治区、直辖市交通运输厅（局、委）：\n',
    issuerMarks: ['交通运输部办公厅'],
    docNos: ['厅科技字〔2012〕73号'],
    order: [],
    title: '关于印发专家库管理办法的通知',
  },
  {
    name: '发文字号 with the bracket look-alikes 【】 （） ﹝﹞ [] and a two-digit year',
    text: '青山市文件\n青发【2024】1号\n青发（2024）2号\n青发﹝2024﹞3号\n青发[24]4号\n青山市关于某事的通知\n',
    issuerMarks: ['青山市文件'],
    docNos: ['青发【2024】1号', '青发（2024）2号', '青发﹝2024﹞3号', '青发[24]4号'],
    order: ['issuerMark', 'docNo', 'docNo', 'docNo', 'docNo'],
    title: '青山市关于某事的通知',
  },
  {
    name: 'a 电报 紧急程度 特提 and a 份号 with its label',
    text: '份号：000003\n特提\n青山市人民政府办公室关于做好防汛工作的通知\n',
    copyNo: '份号：000003',
    urgency: '特提',
    order: ['copyNo', 'urgency'],
    title: '青山市人民政府办公室关于做好防汛工作的通知',
  },
  {
    name: '密级 without 保密期限, and the red separator line under the 发文字号',
    text: '000015\n机密\n青山市教育局文件\n青教发〔2024〕11号\n────────────\n青山市教育局关于安全检查情况的通报\n',
    copyNo: '000015',
    secrecy: '机密',
    issuerMarks: ['青山市教育局文件'],
    docNos: ['青教发〔2024〕11号'],
    order: ['copyNo', 'secrecy', 'issuerMark', 'docNo', 'separator'],
    title: '青山市教育局关于安全检查情况的通报',
  },
  {
    name: 'a document without 版头 starts with its title',
    text: `${TITLE}\n\n市人民政府：\n`,
    order: [],
    title: TITLE,
  },
  {
    name: 'a title that ends in 文件 with 关于 is not a 发文机关标志',
    text: '青山市教育局关于转发省教育厅有关文件\n\n各区县教育局：\n',
    order: [],
    title: '青山市教育局关于转发省教育厅有关文件',
  },
  {
    name: 'a title right before a 发文字号-looking line is not taken for a 标志; the number under it (as web pages print it) is its 发文字号',
    text: '青山市教育局关于报送统计数据的通知\n青教〔2024〕3号\n',
    order: [],
    docNos: ['青教〔2024〕3号'],
    title: '青山市教育局关于报送统计数据的通知',
  },
];

describe('parse: 版头', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const doc = parse(c.text);
      const h = doc.header;
      assert.deepEqual(h.elements.map((e) => e.kind), c.order, 'header elements in order');
      if (c.copyNo) assertSpan(c.text, h.copyNo, c.copyNo, 0, '份号');
      else assert.equal(h.copyNo, undefined, 'no 份号');
      if (c.secrecy) assertSpan(c.text, h.secrecy, c.secrecy, 0, '密级');
      else assert.equal(h.secrecy, undefined, 'no 密级');
      if (c.urgency) assertSpan(c.text, h.urgency, c.urgency, 0, '紧急程度');
      else assert.equal(h.urgency, undefined, 'no 紧急程度');
      assert.equal(h.issuerMarks.length, c.issuerMarks?.length ?? 0, '发文机关标志 count');
      (c.issuerMarks ?? []).forEach((m, k) => assertSpan(c.text, h.issuerMarks[k], m, 0, '发文机关标志'));
      assert.equal(h.docNos.length, c.docNos?.length ?? 0, '发文字号 count');
      (c.docNos ?? []).forEach((d, k) => assertSpan(c.text, h.docNos[k], d, 0, '发文字号'));
      if (c.signer) assertSpan(c.text, h.signer, c.signer, 0, '签发人');
      else assert.equal(h.signer, undefined, 'no 签发人');
      if (c.title) assertSpan(c.text, doc.title, c.title, 0, '标题');
      assertModelConsistent(doc);
    });
  }

  it('the 签发人 on the 发文字号 line starts exactly at 签发人 (after the full-width spaces)', () => {
    const text = '青教〔2024〕12号　　签发人：王建国\n关于某事的请示';
    const doc = parse(text);
    assert.deepEqual([doc.header.signer!.start, doc.header.signer!.end], [13, 20]);
    assert.equal(doc.header.docNos[0].line, doc.header.signer!.line);
  });
});
