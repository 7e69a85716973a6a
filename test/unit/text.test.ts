/** Offsets to line/column: the same answer as counting from the line start, in constant time per offset. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildLineIndex, toLineColumn } from '../../src/core';

/** The plain definition: count code points from the line start. */
function naive(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return { line, column };
}

describe('toLineColumn', () => {
  it('counts a surrogate pair (𠮷) as one column, across CRLF, CR and LF lines', () => {
    const text = '𠮷野家\r\n第二行𠮷𠮷x\r第三\n末';
    const index = buildLineIndex(text);
    assert.deepEqual(toLineColumn(text, index, 0), { line: 1, column: 1 });
    assert.deepEqual(toLineColumn(text, index, 2), { line: 1, column: 2 });
    assert.deepEqual(toLineColumn(text, index, text.indexOf('x')), { line: 2, column: 6 });
    assert.deepEqual(toLineColumn(text, index, text.indexOf('第三')), { line: 3, column: 1 });
    assert.deepEqual(toLineColumn(text, index, text.length), { line: 4, column: 2 });
  });

  it('agrees with counting from the line start at every offset of random texts', () => {
    const piece = fc.constantFrom('a', '公', '\n', '\r', '\r\n', '𠮷', '\ud842', '\udfb7', '，', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const index = buildLineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          // An offset inside a CRLF is no position a finding starts at.
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          assert.deepEqual(toLineColumn(text, index, o), naive(text, o), `offset ${o} of ${JSON.stringify(text)}`);
        }
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});

describe('simplify', () => {
  const { simplify } = require('../../src/core/simplify') as typeof import('../../src/core/simplify');
  it('reads traditional characters as simplified, length for length, and leaves 乾县 and 蒜薹 as written', () => {
    const t = '關於請示報告的批覆，乾縣蒜薹';
    const s = simplify(t);
    assert.equal(s, '关于请示报告的批复，乾县蒜薹');
    assert.equal(s.length, t.length);
    const plain = '青山市教育局关于调整学校布局的请示';
    assert.equal(simplify(plain), plain, 'a simplified text is returned as it is');
    assert.equal(simplify('批覆'), '批覆', '批覆 in a simplified text is a typo for the wording rules, not rewritten');
  });
});
