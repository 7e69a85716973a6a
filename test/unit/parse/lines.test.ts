/** splitLines (offsets, line breaks, content without indentation and Markdown marks) and quoted spans. */
import { strict as assert } from 'node:assert';
import { splitLines } from '../../../src/core/parse/lines';
import { findQuotedRanges, isInside } from '../../../src/core/parse/quotes';

describe('parse: lines', () => {
  it('splits on LF, CRLF and CR with exact offsets', () => {
    const text = 'a\nbb\r\nccc\rd';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((l) => [l.index, l.start, l.end, l.raw]), [
      [0, 0, 1, 'a'],
      [1, 2, 4, 'bb'],
      [2, 6, 9, 'ccc'],
      [3, 10, 11, 'd'],
    ]);
  });

  it('a final line break yields a last empty line; empty text is one empty line', () => {
    assert.deepEqual(splitLines('a\n').map((l) => [l.start, l.end, l.blank]), [[0, 1, false], [2, 2, true]]);
    assert.deepEqual(splitLines('a\r\n').map((l) => [l.start, l.end]), [[0, 1], [3, 3]]);
    assert.deepEqual(splitLines('').map((l) => [l.start, l.end, l.blank]), [[0, 0, true]]);
    assert.deepEqual(splitLines('\n\n').map((l) => l.start), [0, 1, 2]);
  });

  const content: Array<[string, string, number, number]> = [
    // raw line, content, contentStart, mdHeading
    ['　　正文一段。', '正文一段。', 2, 0],
    ['\t  正文。 \t　', '正文。', 3, 0],
    ['\u00a0\ufeff正文', '正文', 2, 0],
    ['# 关于某事的请示', '关于某事的请示', 2, 1],
    ['### 一、总体要求 ###', '一、总体要求', 4, 3],
    ['#没有空格不是标题', '#没有空格不是标题', 0, 0],
    ['> 市人民政府：', '市人民政府：', 2, 0],
    ['> > 引文', '引文', 4, 0],
    ['**一、总体要求**', '一、总体要求', 2, 0],
    ['**加粗**和正文**混排**', '**加粗**和正文**混排**', 0, 0],
    ['正文 <!-- wenmi-disable-line closing-mismatch -->', '正文', 0, 0],
    ['　　　', '', 3, 0],
  ];
  for (const [raw, want, start, md] of content) {
    it(`content of ${JSON.stringify(raw)}`, () => {
      const [line] = splitLines(raw);
      assert.equal(line.content, want);
      assert.equal(line.contentStart, start);
      assert.equal(line.contentEnd, start + want.length);
      assert.equal(raw.slice(line.contentStart, line.contentEnd), want);
      assert.equal(line.mdHeading, md);
      assert.equal(line.blank, want.length === 0);
    });
  }

  it('a line that is only an HTML comment is a comment, not content', () => {
    const [line] = splitLines('<!-- wenmi-disable-next-line -->');
    assert.equal(line.comment, true);
  });

  it('a long run of spaces inside a line is handled in linear time', () => {
    const raw = ' '.repeat(200_000) + 'x' + ' '.repeat(200_000) + 'y';
    const t = Date.now();
    const [line] = splitLines(raw);
    assert.equal(line.content, 'x' + ' '.repeat(200_000) + 'y');
    assert.ok(Date.now() - t < 500, 'no quadratic trailing-space scan');
  });
});

describe('parse: quoted spans', () => {
  it('finds 《》 “” ‘’ 「」 and straight quotes, outermost only, sorted', () => {
    const text = '根据《关于“放管服”改革的意见》和"一网通办"要求，‘简称’与「引语」。';
    const ranges = findQuotedRanges(text);
    const spans = ranges.map(([a, b]) => text.slice(a, b));
    assert.deepEqual(spans, ['《关于“放管服”改革的意见》', '"一网通办"', '‘简称’', '「引语」']);
  });

  it('a quotation never runs across a line break; an unclosed one is ignored', () => {
    const text = '《未闭合\n的书名》和“正常”';
    assert.deepEqual(findQuotedRanges(text).map(([a, b]) => text.slice(a, b)), ['“正常”']);
  });

  it('isInside tells whether a range lies inside one quotation', () => {
    const text = '本局《关于某事的请示》收悉，请示事项同意。';
    const ranges = findQuotedRanges(text);
    const inner = text.indexOf('请示');
    const outer = text.lastIndexOf('请示');
    assert.equal(isInside(ranges, inner, inner + 2), true);
    assert.equal(isInside(ranges, outer, outer + 2), false);
    assert.equal(isInside(ranges, text.indexOf('《') - 1, text.indexOf('《') + 2), false, 'straddling the quotation');
    assert.equal(isInside([], 0, 1), false);
  });
});
