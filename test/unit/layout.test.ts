/**
 * The GB/T 9704 layout model (src/core/layout): the standard's numbers as data, the style of each element, title
 * lines in 梯形/菱形 form, and paging on the 22 × 28 grid.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/core';
import { blocksOf, charsPerLineAt, GBT9704, pageGeometry, paginate, styleOf, textCells, titleLines, type LayoutRole } from '../../src/core/layout';

const root = join(__dirname, '..', '..');

describe('GB/T 9704 layout model', () => {
  it('the page of 5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters', () => {
    const g = pageGeometry();
    assert.deepEqual([g.widthMm, g.heightMm, g.marginTopMm, g.marginLeftMm, g.textWidthMm, g.textHeightMm], [210, 297, 37, 28, 156, 225]);
    assert.equal(g.marginBottomMm, 35);
    assert.equal(g.marginRightMm, 26);
    assert.equal(g.linesPerPage * g.charsPerLine, 22 * 28);
    // 225 mm in 22 lines, 156 mm in 28 cells, in points.
    assert.ok(Math.abs(g.linePitchPt - 28.99) < 0.01, `${g.linePitchPt}`);
    assert.ok(Math.abs(g.charPitchPt - 15.79) < 0.01, `${g.charPitchPt}`);
    assert.deepEqual([charsPerLineAt(22), charsPerLineAt(16), charsPerLineAt(14)], [20, 28, 32]);
  });

  it('the data file: every element with its font, size and clause, valid against its schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'gbt9704.schema.json'), 'utf8'));
    for (const k of schema.required) assert.ok(k in GBT9704, `${k} missing`);
    for (const k of Object.keys(GBT9704)) assert.ok(k in schema.properties, `${k} not in the schema`);
    const allowed = schema.properties.elements.additionalProperties.properties;
    for (const [role, e] of Object.entries(GBT9704.elements)) {
      for (const k of Object.keys(e)) assert.ok(k in allowed, `${role}.${k} not in the schema`);
      assert.ok(e.font in GBT9704.fonts, `${role}: font ${e.font}`);
      assert.ok(e.size in GBT9704.fontSizesPt, `${role}: size ${e.size}`);
      assert.match(e.clause, /^7\.[2-5]/, `${role}: a clause of GB/T 9704 7.2–7.5`);
    }
  });

  const styles: Array<[LayoutRole, Partial<ReturnType<typeof styleOf>>]> = [
    ['title', { sizePt: 22, align: 'center', fonts: GBT9704.fonts.xiaobiaosong, clause: '7.3.1' }],
    ['paragraph', { sizePt: 16, firstLineIndentChars: 2, fonts: GBT9704.fonts.fangsong }],
    ['heading1', { fonts: GBT9704.fonts.heiti }],
    ['heading2', { fonts: GBT9704.fonts.kaiti }],
    ['heading3', { fonts: GBT9704.fonts.fangsong }],
    ['date', { align: 'right', rightIndentChars: 4 }],
    ['issuerMark', { color: 'FF0000', align: 'center' }],
    ['cc', { sizePt: 14, leftIndentChars: 1, rightIndentChars: 1 }],
    ['pageNumber', { sizePt: 14, fonts: GBT9704.fonts.songti, clause: '7.5' }],
  ];
  for (const [role, want] of styles) {
    it(`${role} is set as 7.x says`, () => {
      const got = styleOf(role);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k as keyof typeof got], v, `${role}.${k}`);
    });
  }

  it('the standard fonts come first, with fallbacks found on common systems', () => {
    assert.equal(styleOf('paragraph').fonts[0], '仿宋_GB2312');
    assert.ok(styleOf('paragraph').fonts.includes('FangSong'));
    assert.equal(styleOf('heading2').fonts[0], '楷体_GB2312');
  });

  const TITLES = [
    '××市人民政府关于进一步加强中小学校园安全管理工作的通知',
    '国务院办公厅关于印发《国家突发公共事件总体应急预案》和《国家自然灾害救助应急预案》的通知',
    '××县农业农村局关于申请拨付2024年度高标准农田建设配套资金的请示',
    '中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见',
    '××省人民政府办公厅转发省发展改革委关于进一步做好全省粮食安全保障工作实施意见的通知',
  ];
  for (const title of TITLES) {
    it(`title lines (7.3.1): ${title}`, () => {
      const lines = titleLines(title);
      assert.equal(lines.join(''), title);
      assert.ok(lines.length >= 2, 'a title longer than a 二号 line is broken');
      for (const l of lines) assert.ok(textCells(l) <= 20, `${l}: at most 20 characters of 二号`);
      for (const l of lines.slice(0, -1)) assert.ok(!l.endsWith('关于'), `${l}: no line ends with 关于`);
      assert.match(lines[lines.length - 1], /的(?:通知|请示|意见)$/, 'the 文种 stays with its 的');
      const lens = lines.map(textCells);
      const monotonic = lens.every((l, i) => i === 0 || l <= lens[i - 1]) || lens.every((l, i) => i === 0 || l >= lens[i - 1]);
      const diamond = lens.length === 3 && lens[1] >= lens[0] && lens[1] >= lens[2];
      assert.ok(monotonic || diamond, `梯形 or 菱形: ${lens}`);
      // (《》 kept whole.)
      for (const l of lines) assert.equal((l.match(/《/g) ?? []).length, (l.match(/》/g) ?? []).length, `${l}: a 书名号 pair on one line`);
    });
  }
  it('a short title is one line', () => assert.deepEqual(titleLines('国务院关于加快发展现代职业教育的决定'), ['国务院关于加快发展现代职业教育的决定']));

  it('blocks in document order, each element with its role', () => {
    const text = readFileSync(join(root, 'samples', '通知-开展消防安全检查.gw'), 'utf8');
    const roles = blocksOf(parse(text)).map((b) => b.role);
    const order = ['title', 'recipients', 'heading1', 'heading2', 'attachmentNote', 'signature', 'date'];
    let at = -1;
    for (const r of order) {
      const i = roles.indexOf(r as LayoutRole, at + 1);
      assert.ok(i > at, `${r} after the elements before it: ${roles.join(' ')}`);
      at = i;
    }
  });

  it('pages of 22 lines: a paragraph of 54 characters takes two lines (2 of indent), a page breaks after 22', () => {
    const para = '各地要'.repeat(18); // 54 characters
    const body = Array.from({ length: 30 }, () => `　　${para}`).join('\n');
    const text = `××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n${body}\n　　特此通知。\n\n××市人民政府\n2025年3月5日\n`;
    const blocks = blocksOf(parse(text));
    const pages = paginate(blocks);
    for (const p of pages) assert.ok(p.length <= 22);
    const paragraphLines = pages.flat().filter((l) => l.role === 'paragraph' && l.text);
    // 30 × (54 + 2 indent = 56 cells → 2 lines) + 特此通知。
    assert.equal(paragraphLines.length, 61);
    const total = pages.reduce((n, p) => n + p.length, 0);
    assert.equal(pages.length, Math.ceil(total / 22));
    assert.ok(pages.length >= 3);
  });

  const fixture = (name: string) => blocksOf(parse(readFileSync(join(root, 'test', 'fixtures', 'export', name), 'utf8')));

  it('the 版头: the red 分隔线 under the 发文字号 (7.2.7); 签发人 on its line, 发文字号 居左空一字 (7.2.6)', () => {
    const blocks = fixture('请示-签发人.gw');
    const docNo = blocks.find((b) => b.role === 'docNo')!;
    assert.deepEqual(docNo.lines, ['江卫〔2024〕15号']);
    assert.equal(docNo.right, '签发人：周立新');
    assert.equal(docNo.style.align, 'left');
    assert.equal(docNo.style.leftIndentChars, 1);
    assert.equal(docNo.lineBelow?.color, GBT9704.colors.red);
    assert.equal(docNo.lineBelow?.gapMm, 4);
    assert.ok(!blocks.some((b) => b.role === 'signer'), 'no separate 签发人 block');
    assert.equal(blocks.find((b) => b.role === 'issuerMark')!.style.color, GBT9704.colors.red);
  });

  it('the 版记: thick lines first and last, thin between (7.4.1); 印发日期 at the right of the 印发 line (7.4.3)', () => {
    const blocks = fixture('通知-附件-版记.gw');
    const cc = blocks.find((b) => b.role === 'cc')!;
    const imprint = blocks.find((b) => b.role === 'imprint')!;
    assert.equal(cc.lineAbove?.thicknessMm, GBT9704.rules.colophonThickMm);
    assert.equal(imprint.lineAbove?.thicknessMm, GBT9704.rules.colophonThinMm);
    assert.equal(imprint.lineBelow?.thicknessMm, GBT9704.rules.colophonThickMm);
    assert.deepEqual([imprint.lines, imprint.right], [['青山市教育局办公室'], '2024年5月20日印发']);
    // 份号 and 紧急程度 at the top left (7.2.1, 7.2.3); each 附件 on a new page with its label (7.3.7).
    assert.deepEqual(blocks.slice(0, 2).map((b) => [b.role, b.style.align]), [['copyNo', 'left'], ['urgency', 'left']]);
    const labels = blocks.filter((b) => b.role === 'attachmentLabel');
    assert.deepEqual(labels.map((b) => [b.lines[0], b.style.newPage]), [['附件1', true], ['附件2', true]]);
    // The 附件说明's second item under the first (7.3.4).
    const note = blocks.find((b) => b.role === 'attachmentNote')!;
    assert.deepEqual(note.lines, ['附件：1.校园安全隐患排查表', '2.隐患整改台账']);
    assert.equal(note.continuationIndentChars, 5);
  });

  it('the 信函格式 for a 函 with a 发文机关标志: the red double line, 170 mm; the 发文字号 at the right (10.1)', () => {
    const blocks = fixture('函-信函格式.gw');
    const mark = blocks.find((b) => b.role === 'issuerMark')!;
    assert.equal(mark.lineBelow?.lengthMm, GBT9704.letter.lineLengthMm);
    assert.ok(mark.lineBelow?.double);
    const docNo = blocks.find((b) => b.role === 'docNo')!;
    assert.equal(docNo.style.align, 'right');
    assert.equal(docNo.lineBelow, undefined);
    // A 函 without a 发文机关标志 is no letter: the sample's 版头 has one, a bare 函 has none.
    const bare = blocksOf(parse('关于商请提供数据的函\n\n市统计局：\n　　请提供数据。\n　　特此函告。\n\n市教育局\n2024年5月6日\n'));
    assert.ok(!bare.some((b) => b.lineBelow?.double));
  });

  it('the 纪要格式: the 纪要标志 in red, 出席/列席/请假 in 黑体 (10.2)', () => {
    const blocks = fixture('纪要-专题会议.gw');
    assert.equal(blocks.find((b) => b.role === 'title')!.style.color, GBT9704.colors.red);
    const attendance = blocks.filter((b) => b.label);
    assert.deepEqual(attendance.map((b) => b.lines[0].slice(0, b.label!.chars)), ['出席：', '列席：', '请假：']);
    assert.deepEqual(attendance[0].label!.fonts, GBT9704.fonts.heiti);
  });
});
