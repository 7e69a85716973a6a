/** Suppression markers (<!-- wenmi-disable… -->) in plain text, Markdown and gongwen, and their removal on export. */
import { strict as assert } from 'node:assert';
import { getRule, lint, stripMarkers, type Rule } from '../../src/core';
import { findSuppressions } from '../../src/core/suppress';

// Two rules with findings easy to place: recipient-colon (the 主送 line) and date-issue-format (the date line).
const rules = ['recipient-colon', 'date-issue-format', 'cc-format'].map((id) => getRule(id)!) as Rule[];

function doc(parts: { before?: string; recipients?: string; body?: string; date?: string; tail?: string }): string {
  return [
    '××市人民政府关于做好防汛工作的通知',
    '',
    ...(parts.before ? [parts.before] : []),
    parts.recipients ?? '各区县人民政府:',
    parts.body ?? '　　现将有关事项通知如下。',
    '',
    '××市人民政府',
    parts.date ?? '2024年01月05日',
    ...(parts.tail ? [parts.tail] : []),
    '',
  ].join('\n');
}

function fired(text: string, detect: 'always' | 'auto' = 'always'): string[] {
  return lint(text, { rules, detect }).findings.map((f) => f.ruleId);
}

describe('suppression markers', () => {
  it('without markers both findings are reported (the baseline of the other cases)', () => {
    assert.deepEqual(fired(doc({})), ['recipient-colon', 'date-issue-format']);
  });

  describe('disable-line', () => {
    it('at the end of a line suppresses every rule on that line only', () => {
      assert.deepEqual(fired(doc({ recipients: '各区县人民政府: <!-- wenmi-disable-line -->' })), ['date-issue-format']);
    });
    it('with rule ids suppresses only those rules', () => {
      assert.deepEqual(fired(doc({ recipients: '各区县人民政府:<!-- wenmi-disable-line date-issue-format -->' })), ['recipient-colon', 'date-issue-format']);
      assert.deepEqual(fired(doc({ recipients: '各区县人民政府:<!-- wenmi-disable-line recipient-colon -->' })), ['date-issue-format']);
    });
    it('accepts several ids separated by spaces or commas', () => {
      assert.deepEqual(fired(doc({ date: '2024年01月05日　<!-- wenmi-disable-line recipient-colon date-issue-format -->' })), ['recipient-colon']);
      assert.deepEqual(fired(doc({ date: '2024年01月05日<!-- wenmi-disable-line recipient-colon, date-issue-format -->' })), ['recipient-colon']);
    });
    it('leaves the line\'s text as the rules see it (the marker is not part of the 主送 line)', () => {
      // recipient-colon still finds the half-width colon before the marker when another rule is named.
      const text = doc({ recipients: '各区县人民政府:　<!-- wenmi-disable-line cc-format -->' });
      const f = lint(text, { rules, detect: 'always' }).findings.find((x) => x.ruleId === 'recipient-colon')!;
      assert.equal(text.slice(f.range[0], f.range[1]), ':');
    });
  });

  describe('disable-next-line', () => {
    it('suppresses the following line only', () => {
      assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable-next-line -->' })), ['date-issue-format']);
    });
    it('with an id suppresses only that rule on the next line', () => {
      assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable-next-line date-issue-format -->' })), ['recipient-colon', 'date-issue-format']);
    });
    it('counts from the line where a multi-line comment ends', () => {
      assert.deepEqual(fired(doc({ before: '<!--\n  wenmi-disable-next-line recipient-colon\n-->' })), ['date-issue-format']);
    });
    it('works with CRLF line breaks', () => {
      const text = doc({ before: '<!-- wenmi-disable-next-line -->' }).replace(/\n/g, '\r\n');
      assert.deepEqual(fired(text), ['date-issue-format']);
    });
  });

  describe('disable / enable blocks', () => {
    it('a block suppresses everything between the markers', () => {
      const text = doc({ before: '<!-- wenmi-disable -->', body: '　　现将有关事项通知如下。\n<!-- wenmi-enable -->' });
      assert.deepEqual(fired(text), ['date-issue-format']);
    });
    it('a block never closed runs to the end of the file', () => {
      assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable -->' })), []);
    });
    it('a block with ids suppresses only those rules', () => {
      assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable date-issue-format -->' })), ['recipient-colon']);
    });
    it('enable with an id after a disable-all turns only that rule back on', () => {
      const text = doc({ before: '<!-- wenmi-disable -->', body: '<!-- wenmi-enable date-issue-format -->' });
      assert.deepEqual(fired(text), ['date-issue-format']);
    });
    it('enable of another rule does not close a block of a named rule', () => {
      const text = doc({ before: '<!-- wenmi-disable recipient-colon date-issue-format -->', body: '<!-- wenmi-enable recipient-colon -->' });
      assert.deepEqual(fired(text), []);
      const text2 = doc({ recipients: '<!-- wenmi-disable recipient-colon date-issue-format -->\n各区县人民政府:', body: '<!-- wenmi-enable date-issue-format -->' });
      assert.deepEqual(fired(text2), ['date-issue-format']);
    });
  });

  describe('disable-file', () => {
    it('suppresses every rule anywhere, wherever the marker is', () => {
      assert.deepEqual(fired(doc({ tail: '<!-- wenmi-disable-file -->' })), []);
    });
    it('with ids suppresses only those rules', () => {
      assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable-file recipient-colon -->' })), ['date-issue-format']);
    });
  });

  describe('in the three languages', () => {
    it('plain text (detected as a 公文)', () => {
      const text = doc({ recipients: '各区县人民政府: <!-- wenmi-disable-line recipient-colon -->' });
      assert.deepEqual(fired(text, 'auto'), ['date-issue-format']);
    });
    it('Markdown: the marker is an HTML comment Markdown hides', () => {
      const md = '# ××市人民政府关于做好防汛工作的通知\n\n<!-- wenmi-disable-next-line -->\n各区县人民政府:\n\n　　现将有关事项通知如下。\n\n××市人民政府\n\n2024年01月05日 <!-- wenmi-disable-line date-issue-format -->\n';
      assert.deepEqual(fired(md, 'auto'), []);
      assert.deepEqual(fired(md.replace(' <!-- wenmi-disable-line date-issue-format -->', ''), 'auto'), ['date-issue-format']);
    });
    it('gongwen (always linted), including the 版记', () => {
      const text = doc({ tail: '\n抄送:市委办公室。<!-- wenmi-disable-line cc-format -->' });
      assert.deepEqual(fired(text, 'always'), ['recipient-colon', 'date-issue-format']);
      assert.deepEqual(fired(text.replace('<!-- wenmi-disable-line cc-format -->', ''), 'always'), ['recipient-colon', 'date-issue-format', 'cc-format']);
    });
  });

  it('ignores malformed markers and other comments', () => {
    assert.equal(findSuppressions('<!-- eslint-disable -->\n<!-- wenmi disable -->'), undefined);
    assert.deepEqual(fired(doc({ before: '<!-- wenmi-disable-everything -->' })), ['recipient-colon', 'date-issue-format']);
    assert.deepEqual(fired(doc({ before: '<!-- 说明：wenmi-disable 是停用标记 -->' })), ['recipient-colon', 'date-issue-format']);
  });

  it('isSuppressed answers by line, block and file', () => {
    const text = '甲\n<!-- wenmi-disable-next-line x -->\n乙\n<!-- wenmi-disable y -->\n丙\n<!-- wenmi-enable -->\n丁';
    const s = findSuppressions(text)!;
    const at = (ch: string) => text.indexOf(ch);
    assert.equal(s.isSuppressed('x', at('乙')), true);
    assert.equal(s.isSuppressed('x', at('甲')), false);
    assert.equal(s.isSuppressed('y', at('丙')), true);
    assert.equal(s.isSuppressed('y', at('丁')), false);
    assert.equal(s.isSuppressed('x', at('丙')), false);
    const file = findSuppressions('甲\n<!-- wenmi-disable-file x -->')!;
    assert.equal(file.isSuppressed('x', 0), true);
    assert.equal(file.isSuppressed('y', 0), false);
  });
});

describe('stripMarkers', () => {
  it('removes marker lines with their line break and end-of-line markers with their spaces', () => {
    const text = '标题\n<!-- wenmi-disable-next-line -->\n各单位:\n　　正文。 <!-- wenmi-disable-line -->\n<!-- wenmi-disable -->\n<!-- wenmi-enable -->\n结尾\n';
    assert.equal(stripMarkers(text), '标题\n各单位:\n　　正文。\n结尾\n');
  });
  it('removes marker lines indented with full-width spaces, CRLF lines and a marker on the last line', () => {
    assert.equal(stripMarkers('一\r\n　　<!-- wenmi-disable-next-line -->\r\n二\r\n'), '一\r\n二\r\n');
    assert.equal(stripMarkers('一\n<!-- wenmi-disable-file -->'), '一\n');
  });
  it('keeps other comments and text untouched', () => {
    const text = '<!-- 注释 -->\n正文 wenmi 字样。\n';
    assert.equal(stripMarkers(text), text);
  });
  it('the stripped text lints like the marked text without its suppressions', () => {
    const marked = doc({ recipients: '各区县人民政府: <!-- wenmi-disable-line -->' });
    assert.deepEqual(fired(stripMarkers(marked)), ['recipient-colon', 'date-issue-format']);
  });
});
