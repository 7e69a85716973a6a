/** What the status bar and the 文种 hover say: 条例第八条 text, 行文方向, 字数, 非公文. */
import { strict as assert } from 'node:assert';
import { getGenre, t } from '../../../src/core';
import { documentCharacters, genreHoverMarkdown, statusView } from '../../../src/extension/presentation';

describe('extension: status bar text', () => {
  it('a 请示: 文种·行文方向 and 字数, the 条例第八条 definition in the tooltip', () => {
    const v = statusView(true, getGenre('请示'), 1234);
    assert.equal(v.text, '请示·上行文 1234字');
    assert.ok(v.tooltip.includes('条例第八条（十一）'), v.tooltip);
    assert.ok(v.tooltip.includes('适用于向上级机关请求指示、批准。'), v.tooltip);
    assert.ok(v.tooltip.includes('行文方向：上行文'), v.tooltip);
  });
  it('every 行文方向 label comes from the genre data', () => {
    assert.equal(statusView(true, getGenre('批复'), 1).text, '批复·下行文 1字');
    assert.equal(statusView(true, getGenre('函'), 1).text, '函·平行文 1字');
    assert.equal(statusView(true, getGenre('公告'), 1).text, '公告·公布性 1字');
    assert.equal(statusView(true, getGenre('通知'), 1).text, '通知·下行文 1字');
    assert.equal(statusView(true, getGenre('意见'), 1).text, '意见·方向视用途而定 1字');
  });
  it('非公文 when the text is not treated as a 公文, with the reason as tooltip', () => {
    const v = statusView(false, undefined, 0);
    assert.equal(v.text, '非公文');
    assert.equal(v.tooltip, t('engine.notGongwen'));
  });
  it('a 公文 without a recognisable 文种 says so', () => {
    const v = statusView(true, undefined, 42);
    assert.equal(v.text, '文种未识别 42字');
    assert.ok(v.tooltip.includes('42'));
  });
});

describe('extension: 字数', () => {
  it('counts the document\'s own characters, not suppression markers or spaces', () => {
    assert.equal(documentCharacters('特此报告。'), 5);
    assert.equal(documentCharacters('特此 报告。\n'), 5);
    assert.equal(documentCharacters('特此报告！ <!-- wenmi-disable-line closing-punctuation -->\n'), 5);
    assert.equal(documentCharacters('<!-- wenmi-disable-file genre-doubled -->\n关于的请示'), 5);
  });
  it('stays cheap for a big document (well under a keystroke budget)', () => {
    const big = '根据工作安排，现将有关事项通知如下。\n'.repeat(6000); // ~110k characters
    const t0 = performance.now();
    assert.equal(documentCharacters(big), 18 * 6000);
    assert.ok(performance.now() - t0 < 200, 'counted once per lint, not per keystroke');
  });
});

describe('extension: hover on the 文种', () => {
  it('请示: definition with its article, direction, kinds and usual closings', () => {
    const md = genreHoverMarkdown(getGenre('请示'));
    assert.ok(md.startsWith('**请示**（《党政机关公文处理工作条例》第八条（十一））：适用于向上级机关请求指示、批准。'), md);
    assert.ok(md.includes('行文方向：上行文'));
    assert.ok(md.includes('请求批准的请示'));
    assert.ok(md.includes('“妥否，请批示。”'));
    assert.ok(md.includes('实务'), 'closings are practice, and say so');
  });
  it('a 文种 without a fixed closing says so instead of listing none', () => {
    const md = genreHoverMarkdown(getGenre('决议'));
    assert.ok(md.includes('一般不用固定结束语'));
    assert.ok(!md.includes('常见类型'), 'no kinds line when the data has none');
  });
  it('escapes Markdown in the data (e.g. ×× placeholders stay literal)', () => {
    for (const id of ['决议', '命令', '批复', '纪要'] as const) {
      const md = genreHoverMarkdown(getGenre(id));
      assert.ok(!/(^|[^\\])[<>`[\]]/.test(md.replace(/\*\*[^*]+\*\*/, '')), `${id}: unescaped Markdown in ${md}`);
    }
  });
});
