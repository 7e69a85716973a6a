/** 附件说明, 发文机关署名, 成文日期, 附注, attachments after the date, 抄送机关, 印发机关和印发日期. */
import { strict as assert } from 'node:assert';
import { parse } from '../../../src/core';
import { assertModelConsistent, assertSpan, offsetOf } from './helpers';

const HEAD = '青山市教育局关于调整城区义务教育学校布局的请示\n\n市人民政府：\n\n　　现将有关事项请示如下：\n　　妥否，请批示。\n\n';
const SIGN = '　　　　　　　　青山市教育局\n　　　　　　　　2024年3月5日\n';

describe('parse: 附件说明', () => {
  interface NoteCase {
    name: string;
    note: string;
    label: string;
    items: Array<{ number?: number; marker?: string; name: string }>;
  }
  const cases: NoteCase[] = [
    {
      name: 'a single attachment: no number',
      note: '　　附件：2024年防汛抢险经费测算明细表\n',
      label: '附件：',
      items: [{ name: '2024年防汛抢险经费测算明细表' }],
    },
    {
      name: 'numbered attachments on separate lines, aligned with full-width spaces',
      note: '　　附件：1.青山市城区义务教育学校布局调整方案\n　　　　　2.城区义务教育学校学位供需测算表\n',
      label: '附件：',
      items: [
        { number: 1, marker: '1.', name: '青山市城区义务教育学校布局调整方案' },
        { number: 2, marker: '2.', name: '城区义务教育学校学位供需测算表' },
      ],
    },
    {
      name: 'a name that starts with a year after the number (1.2023年度…)',
      note: '　　附件：1.2023年度先进单位名单\n　　　　　2.2023年度先进个人名单\n',
      label: '附件：',
      items: [
        { number: 1, marker: '1.', name: '2023年度先进单位名单' },
        { number: 2, marker: '2.', name: '2023年度先进个人名单' },
      ],
    },
    {
      name: 'faulty: half-width colon, 1、 numbering and trailing punctuation are kept for the rules',
      note: '附件:1、检查表；\n2、汇总表。\n',
      label: '附件:',
      items: [
        { number: 1, marker: '1、', name: '检查表；' },
        { number: 2, marker: '2、', name: '汇总表。' },
      ],
    },
    {
      name: 'faulty: （1） and ① numbering',
      note: '附件：（1）检查表\n　　　②汇总表\n',
      label: '附件：',
      items: [
        { number: 1, marker: '（1）', name: '检查表' },
        { number: 2, marker: '②', name: '汇总表' },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = HEAD + c.note + '\n' + SIGN;
      const doc = parse(text);
      const note = doc.attachmentNote!;
      assert.ok(note, 'an 附件说明');
      assertSpan(text, note.label, c.label, 0, 'label');
      assert.equal(note.items.length, c.items.length, 'items');
      c.items.forEach((it, k) => {
        const got = note.items[k];
        assert.equal(got.number, it.number, 'number');
        if (it.marker) assertSpan(text, got.marker, it.marker, 0, 'marker');
        else assert.equal(got.marker, undefined);
        assertSpan(text, got.name, it.name, 0, 'name');
      });
      assert.equal(note.start, offsetOf(text, c.label));
      assert.equal(note.end, note.items[note.items.length - 1].name.end);
      assert.ok(!doc.paragraphs.some((p) => p.start >= note.start), 'the 附件说明 is not 正文');
      assertSpan(text, doc.signatures[0], '青山市教育局', -1, '署名');
      assertModelConsistent(doc);
    });
  }

  it('a long name that wraps is aligned under the first character of the name and joined to it', () => {
    const text = HEAD + '　　附件：1.青山市城区义务教育学校布局调整方案及学位供需\n　　　　　　测算情况说明\n　　　　　2.城区学校名单\n\n' + SIGN;
    const note = parse(text).attachmentNote!;
    assert.equal(note.items.length, 2);
    const name = note.items[0].name;
    assert.equal(name.text, '青山市城区义务教育学校布局调整方案及学位供需测算情况说明');
    assert.equal(name.start, offsetOf(text, '青山市城区'));
    assert.equal(name.end, offsetOf(text, '测算情况说明') + '测算情况说明'.length);
    assertSpan(text, note.items[1].name, '城区学校名单', 0, 'second name');
  });
});

describe('parse: 附件说明 with noise', () => {
  it('blank lines between numbered items do not end the list', () => {
    const text = HEAD + '附件：1.调整方案\n\n2.测算表\n\n\n3.学校名单\n\n' + SIGN;
    const note = parse(text).attachmentNote!;
    assert.deepEqual(note.items.map((i) => [i.number, i.name.text]), [[1, '调整方案'], [2, '测算表'], [3, '学校名单']]);
  });

  it('a blank line followed by a number out of sequence ends the list', () => {
    const text = HEAD + '附件：1.调整方案\n\n3.测算表\n\n' + SIGN;
    const doc = parse(text);
    assert.equal(doc.attachmentNote, undefined, 'what follows is not the note\'s: the 附件 line is 正文');
    assert.ok(doc.paragraphs.some((p) => p.text === '3.测算表'));
  });

  it('an indented line with a colon is not a wrapped attachment name', () => {
    const text = HEAD + '　　附件：1.调整方案\n　　　　　测算：\n\n' + SIGN;
    const doc = parse(text);
    assert.notEqual(doc.attachmentNote?.items[0]?.name.text, '调整方案测算：');
  });
});

describe('parse: 发文机关署名 and 成文日期', () => {
  const cases: Array<{ name: string; tail: string; signatures: string[]; date?: string }> = [
    { name: 'one issuer and the date', tail: SIGN, signatures: ['青山市教育局'], date: '2024年3月5日' },
    {
      name: 'two issuers (joint document) directly above the date',
      tail: '　　　　青山市统计局\n　　　　国家统计局青山调查队\n　　　　2024年3月5日\n',
      signatures: ['青山市统计局', '国家统计局青山调查队'],
      date: '2024年3月5日',
    },
    { name: 'a 令: the signer\'s office and name', tail: '　　　　市长　李明\n　　　　2024年3月5日\n', signatures: ['市长　李明'], date: '2024年3月5日' },
    {
      name: 'Markdown: issuers and date as separate paragraphs',
      tail: '青山市统计局\n\n国家统计局青山调查队\n\n2024年3月5日\n',
      signatures: ['青山市统计局', '国家统计局青山调查队'],
      date: '2024年3月5日',
    },
    { name: 'faulty date with zero padding', tail: '青山市教育局\n2024年03月05日\n', signatures: ['青山市教育局'], date: '2024年03月05日' },
    { name: 'faulty date in Chinese numerals', tail: '青山市教育局\n二〇二四年三月五日\n', signatures: ['青山市教育局'], date: '二〇二四年三月五日' },
    { name: 'faulty date with dots', tail: '青山市教育局\n2024.3.5\n', signatures: ['青山市教育局'], date: '2024.3.5' },
    { name: 'faulty date with hyphens', tail: '青山市教育局\n2024-03-05\n', signatures: ['青山市教育局'], date: '2024-03-05' },
    { name: 'no date: an issuer\'s name that ends the 正文 is still its 署名 (date-position says the date is missing)', tail: '青山市教育局\n', signatures: ['青山市教育局'] },
    { name: 'no date and no issuer\'s name at the end: no 署名', tail: '以上意见，请认真贯彻执行\n', signatures: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = HEAD + c.tail;
      const doc = parse(text);
      assert.equal(doc.signatures.length, c.signatures.length, 'signatures');
      c.signatures.forEach((s, k) => {
        assertSpan(text, doc.signatures[k], s, -1, '署名');
        assert.equal(doc.signatures[k].kind, 'signature');
      });
      if (c.date) assertSpan(text, doc.date, c.date, 0, '成文日期');
      else assert.equal(doc.date, undefined, 'no 成文日期');
      // The 正文 ends above the 署名; with neither, its last line is the last line of the text.
      assert.equal(doc.paragraphs[doc.paragraphs.length - 1].text, c.signatures.length ? '妥否，请批示。' : c.tail.trim());
      assertModelConsistent(doc);
    });
  }

  it('a fragment that opens with a 署名 and its date: neither a title nor a 主送', () => {
    for (const text of ['临江市人民政府\n2025年3月8日\n', '中共青山县委员会　　　　青山县人民政府\n　　　　　　2025年10月20日\n']) {
      const doc = parse(text);
      assert.equal(doc.title, undefined, text);
      assert.equal(doc.recipients, undefined, text);
      assert.deepEqual(doc.signatures.map((x) => x.text), [text.split('\n')[0]]);
      assert.equal(doc.date?.text, text.split('\n')[1].trim());
      assertModelConsistent(doc);
    }
  });

  it('the document an 印发 notice prints after its date (no 附件 label) is carried text, not 附注', () => {
    const text = '关于印发《××实施办法》的通知\n\n各单位：\n　　现印发给你们。\n\n××局\n2007年1月23日\n（此件公开发布）\n××实施办法\n为确保各项任务的顺利完成，根据有关规定，结合工作实际，特制定本办法，请各单位认真执行。\n一、任务目标\n';
    const doc = parse(text);
    assert.deepEqual(doc.notes.map((x) => x.text), ['（此件公开发布）']);
    assert.ok(doc.carried && text.slice(doc.carried[0], doc.carried[1]).startsWith('××实施办法'));
  });

  it('a closing formula that lost its full stop stays in the 正文, not in the 署名', () => {
    const text = '关于开展安全检查的通知\n\n各区县教育局：\n\n　　现将有关事项通知如下：\n　　特此通知\n青山市教育局\n2024年3月5日\n';
    const doc = parse(text);
    assert.deepEqual(doc.signatures.map((s) => s.text), ['青山市教育局']);
    assert.equal(doc.paragraphs[doc.paragraphs.length - 1].text, '特此通知');
  });

  it('a short 正文 line separated from the 署名 by a blank line is not a second 署名', () => {
    const text = '关于开展安全检查的通知\n\n各区县教育局：\n\n一是加强领导\n\n青山市教育局\n\n2024年3月5日\n';
    const doc = parse(text);
    assert.deepEqual(doc.signatures.map((s) => s.text), ['青山市教育局']);
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['一是加强领导']);
  });

  it('a date inside a sentence is not the 成文日期', () => {
    const text = '关于召开会议的通知\n\n各单位：\n\n　　定于2024年3月12日召开会议。\n\n青山市教育局\n';
    const doc = parse(text);
    assert.equal(doc.date, undefined);
  });

  it('the last date line of the main part is the 成文日期, not an earlier one', () => {
    const text = '关于召开会议的通知\n\n各单位：\n\n　　会议时间：\n　　2024年3月12日\n　　特此通知。\n\n青山市教育局\n2024年3月5日\n';
    assertSpan(text, parse(text).date, '2024年3月5日', 0, '成文日期');
  });
});

describe('parse: 附注', () => {
  it('（此件公开发布） and a contact note after the date', () => {
    const text = HEAD + SIGN + '　　（此件公开发布）\n　　（联系人：李华，联系电话：0791-86211234）\n';
    const doc = parse(text);
    assert.equal(doc.notes.length, 2);
    assertSpan(text, doc.notes[0], '（此件公开发布）', 0, '附注');
    assertSpan(text, doc.notes[1], '（联系人：李华，联系电话：0791-86211234）', 0, '附注');
    assert.ok(doc.notes.every((n) => n.kind === 'note'));
  });

  it('a faulty note without parentheses is still a 附注 (note-fuzhu-format flags it)', () => {
    const text = HEAD + SIGN + '联系人：张三，电话：12345678\n';
    assertSpan(text, parse(text).notes[0], '联系人：张三，电话：12345678', 0, '附注');
  });
});

describe('parse: attachments after the date', () => {
  it('附件1 and 附件2, each with its title; their bodies are not 正文', () => {
    const text =
      HEAD + '　　附件：1.调整方案\n　　　　　2.测算表\n\n' + SIGN +
      '\n附件1\n\n调整方案\n\n　　一、撤并学校\n　　城关第二小学并入城关第一小学。\n\n附件2\n\n测算表\n\n　　（略）\n';
    const doc = parse(text);
    assert.equal(doc.attachments.length, 2);
    assertSpan(text, doc.attachments[0].label, '附件1', 0, 'label 1');
    assert.equal(doc.attachments[0].number, 1);
    assertSpan(text, doc.attachments[0].title, '调整方案', 1, 'title 1');
    assertSpan(text, doc.attachments[1].label, '附件2', 0, 'label 2');
    assert.equal(doc.attachments[1].number, 2);
    assertSpan(text, doc.attachments[1].title, '测算表', 1, 'title 2');
    assert.equal(doc.attachments[0].title!.kind, 'attachmentTitle');
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['现将有关事项请示如下：', '妥否，请批示。']);
    assert.deepEqual(doc.headings, [], 'headings of an attachment are not the document\'s');
    assertSpan(text, doc.date, '2024年3月5日', 0, '成文日期');
    assertModelConsistent(doc);
  });

  it('a single 附件 without a number, and a faulty label with a colon', () => {
    const text = HEAD + SIGN + '\n附件\n\n参会回执\n\n附件2：\n名单\n';
    const doc = parse(text);
    assert.deepEqual(doc.attachments.map((a) => [a.label.text, a.number, a.title?.text]), [['附件', undefined, '参会回执'], ['附件2：', 2, '名单']]);
  });

  it('a 附件 line before the date is not an attachment', () => {
    const text = '关于某事的通知\n\n各单位：\n\n附件1\n\n　　特此通知。\n\n青山市教育局\n2024年3月5日\n';
    const doc = parse(text);
    assert.deepEqual(doc.attachments, []);
    assert.ok(doc.paragraphs.some((p) => p.text === '附件1'));
  });
});

describe('parse: 版记', () => {
  it('抄送机关 and 印发机关和印发日期 between separator lines', () => {
    const text = HEAD + SIGN + '\n────────────\n抄送：市发展和改革委员会，市财政局。\n────────────\n青山市教育局办公室　　　　2024年3月5日印发\n';
    const doc = parse(text);
    assert.deepEqual(doc.colophon.map((c) => c.kind), ['cc', 'imprint']);
    assertSpan(text, doc.colophon[0], '抄送：市发展和改革委员会，市财政局。', 0, '抄送机关');
    assertSpan(text, doc.colophon[1], '青山市教育局办公室　　　　2024年3月5日印发', 0, '印发');
    assertSpan(text, doc.date, '2024年3月5日', 0, '成文日期 (not the 印发日期)');
    assert.deepEqual(doc.notes, []);
  });

  it('主送 moved to the 版记 comes before 抄送', () => {
    const text = '青山市人民政府关于某事的通知\n\n　　特此通知。\n\n青山市人民政府\n2024年3月5日\n\n主送：各区县人民政府，市政府各部门。\n抄送：市委办公室。\n青山市人民政府办公室　　2024年3月5日印发\n';
    const doc = parse(text);
    assert.deepEqual(doc.colophon.map((c) => c.kind), ['colophonRecipients', 'cc', 'imprint']);
    assertSpan(text, doc.colophon[0], '主送：各区县人民政府，市政府各部门。', 0, '主送 in 版记');
  });

  it('a 抄送 list that wraps is one element', () => {
    const text = HEAD + SIGN + '抄送：市委办公室，市人大常委会办公室，\n　　　市政协办公室。\n青山市教育局办公室　　2024年3月5日印发\n';
    const doc = parse(text);
    const cc = doc.colophon[0];
    assert.equal(cc.kind, 'cc');
    assert.deepEqual([cc.start, cc.end], [offsetOf(text, '抄送：'), offsetOf(text, '市政协办公室。') + '市政协办公室。'.length]);
  });

  it('what follows a finished 抄送 line (its 句号, a blank line, or a sentence) is not part of it', () => {
    for (const tail of ['抄送：市委办公室。\n市政协办公室\n', '抄送：市委办公室\n\n类　别：B\n', '抄送：市委办公室\n联系人：张三，电话：1234567。另请各单位按时报送材料。\n']) {
      const text = HEAD + SIGN + tail;
      const cc = parse(text).colophon[0];
      assert.equal(cc.kind, 'cc');
      assert.equal(cc.text.replace(/。$/, ''), '抄送：市委办公室', JSON.stringify(tail));
    }
  });

  it('faulty forms: 抄送 with a half-width colon, 分送, and an imprint without 印发', () => {
    const text = HEAD + SIGN + '抄送:市委办公室,市人大办公室\n分送：各区县。\n青山市教育局办公室 2024年3月5日\n';
    const doc = parse(text);
    assert.deepEqual(doc.colophon.map((c) => [c.kind, c.text]), [
      ['cc', '抄送:市委办公室,市人大办公室'],
      ['cc', '分送：各区县。'],
      ['imprint', '青山市教育局办公室 2024年3月5日'],
    ]);
  });

  it('a document that is only a 版记 fragment', () => {
    const text = '抄送：市委办公室。\n青山市人民政府办公室　　2024年3月5日印发\n';
    const doc = parse(text);
    assert.equal(doc.title, undefined);
    assert.deepEqual(doc.colophon.map((c) => c.kind), ['cc', 'imprint']);
    assert.deepEqual(doc.paragraphs, []);
  });
});
