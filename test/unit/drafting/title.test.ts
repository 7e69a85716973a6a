/** The title builder: 发文机关 + 关于 + 事由 + 的 + 文种, with 印发/转发/批转 forms done as practice does them. */
import { strict as assert } from 'node:assert';
import { lint } from '../../../src/core';
import { buildTitle, citeSource, normalizeSubject, type TitleSpec } from '../../../src/core/templates';

const std = (word: string): TitleSpec => ({ form: 'standard', word });
const issue = (verb = '印发'): TitleSpec => ({ form: 'issue', word: '通知', verb });
const forward = (verb = '转发'): TitleSpec => ({ form: 'forward', word: '通知', verb });

/** Title rules (from the RULEBOOK) that a built title must never trip. */
const TITLE_RULES = ['title-transfer-nesting', 'title-guanyu-de', 'title-redundant', 'title-trailing-punct', 'genre-doubled', 'genre-title-missing-genre', 'title-transfer-bookmarks'];

function titleFindings(title: string): string[] {
  const r = lint(`${title}\n\n各区县教育局：\n　　现将有关事项通知如下。\n　　特此通知。\n\n某某市教育局\n2026年1月5日\n`, { detect: 'always' });
  return r.findings.filter((f) => TITLE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
}

describe('drafting: title builder', () => {
  it('standard: 发文机关关于事由的文种', () => {
    assert.equal(buildTitle(std('请示'), '某某市教育局', '调整学校布局'), '某某市教育局关于调整学校布局的请示');
    assert.equal(buildTitle(std('复函'), '某某市教育局', '学籍管理有关问题'), '某某市教育局关于学籍管理有关问题的复函');
    assert.equal(buildTitle(std('实施意见'), '某某市人民政府', '加强体育工作'), '某某市人民政府关于加强体育工作的实施意见');
  });

  it('no doubled 关于, no genre typed twice, no trailing punctuation or spaces', () => {
    assert.equal(buildTitle(std('通知'), '某某市教育局', '关于做好防汛工作'), '某某市教育局关于做好防汛工作的通知');
    assert.equal(buildTitle(std('通知'), '某某市教育局', '关于关于做好防汛工作'), '某某市教育局关于做好防汛工作的通知');
    assert.equal(buildTitle(std('通知'), '某某市教育局', '做好防汛工作的通知'), '某某市教育局关于做好防汛工作的通知');
    assert.equal(buildTitle(std('通知'), '某某市教育局', '做好防汛工作的'), '某某市教育局关于做好防汛工作的通知');
    assert.equal(buildTitle(std('通知'), ' 某某市教育局 ', '　做好防汛工作。'), '某某市教育局关于做好防汛工作的通知');
  });

  it('a 请示 drops the redundant 请求/申请 (RULEBOOK title-redundant)', () => {
    assert.equal(buildTitle(std('请示'), '某某区教育局', '申请追加教育经费'), '某某区教育局关于追加教育经费的请示');
    assert.equal(buildTitle(std('请示'), '某某区教育局', '关于请求追加教育经费的请示'), '某某区教育局关于追加教育经费的请示');
    assert.equal(buildTitle(std('函'), '某某区教育局', '申请核定编制'), '某某区教育局关于申请核定编制的函', 'only 请示');
  });

  it('印发/发布/报送: the document’s name in 《》, never doubled', () => {
    assert.equal(buildTitle(issue(), '某某市教育局', '2027年教育工作要点'), '某某市教育局关于印发《2027年教育工作要点》的通知');
    assert.equal(buildTitle(issue(), '某某市教育局', '《2027年教育工作要点》'), '某某市教育局关于印发《2027年教育工作要点》的通知');
    assert.equal(buildTitle(issue(), '某某市教育局', '关于印发《2027年教育工作要点》的通知'), '某某市教育局关于印发《2027年教育工作要点》的通知');
    assert.equal(buildTitle(issue('发布'), '某某市人民政府', '某某市公共图书馆管理办法'), '某某市人民政府关于发布《某某市公共图书馆管理办法》的通知');
    assert.equal(buildTitle({ form: 'issue', word: '报告', verb: '报送' }, '某某市教育局', '2027年工作要点'), '某某市教育局关于报送《2027年工作要点》的报告');
  });

  it('转发 a 通知: one 的通知, no 关于 added (no “的通知的通知”)', () => {
    assert.equal(
      buildTitle(forward(), '某某县教育局', '省教育厅关于做好2027年招生工作的通知'),
      '某某县教育局转发省教育厅关于做好2027年招生工作的通知',
    );
    assert.equal(
      buildTitle(forward(), '某某县教育局', '《省教育厅关于做好2027年招生工作的通知》'),
      '某某县教育局转发省教育厅关于做好2027年招生工作的通知',
      'the 《》 typed around the source are dropped',
    );
  });

  it('转发 a forwarded document: the original is forwarded directly (中间层次写入转发语)', () => {
    const title = buildTitle(forward(), '某某县教育局', '市教育局转发省教育厅关于做好招生工作的通知');
    assert.equal(title, '某某县教育局转发省教育厅关于做好招生工作的通知');
    const nested = buildTitle(forward(), '某某县教育局', '市教育局关于转发省教育厅关于做好招生工作的通知的通知');
    assert.equal(nested, '某某县教育局转发省教育厅关于做好招生工作的通知');
    assert.equal(normalizeSubject(forward(), '市教育局转发省教育厅关于做好招生工作的通知').source, '市教育局《转发省教育厅关于做好招生工作的通知》');
  });

  it('批转/转发 an 意见: the source’s 的 is dropped before the genre (……工作意见的通知)', () => {
    assert.equal(
      buildTitle(forward('批转'), '某某市人民政府', '市发展改革委关于2027年深化改革重点工作的意见'),
      '某某市人民政府批转市发展改革委关于2027年深化改革重点工作意见的通知',
    );
    assert.equal(
      buildTitle(forward(), '国务院办公厅', '农业部等部门关于2002年减轻农民负担工作的意见'),
      '国务院办公厅转发农业部等部门关于2002年减轻农民负担工作意见的通知',
    );
  });

  it('转发 something that is not a 公文 title: 关于转发《…》的通知', () => {
    assert.equal(buildTitle(forward(), '某某县教育局', '某某省中小学学籍管理办法'), '某某县教育局关于转发《某某省中小学学籍管理办法》的通知');
  });

  it('the body cites the received document as 发文机关《标题》', () => {
    assert.equal(citeSource('省教育厅关于做好招生工作的通知'), '省教育厅《关于做好招生工作的通知》');
    assert.equal(citeSource('关于做好招生工作的通知'), '《关于做好招生工作的通知》');
    assert.equal(citeSource('某某省中小学学籍管理办法'), '《某某省中小学学籍管理办法》');
  });

  it('plain form (纪要, 公报) and 令', () => {
    assert.equal(buildTitle({ form: 'plain', word: '纪要' }, '某某市人民政府', '第12次常务会议'), '某某市人民政府第12次常务会议纪要');
    assert.equal(buildTitle({ form: 'plain', word: '纪要' }, '某某市人民政府', '某某市人民政府第12次常务会议纪要'), '某某市人民政府第12次常务会议纪要');
    assert.equal(buildTitle({ form: 'order', word: '命令' }, '某某市人民政府', '（不用）'), '某某市人民政府令');
    assert.equal(buildTitle({ form: 'order', word: '命令' }, '中华人民共和国主席令', ''), '中华人民共和国主席令');
  });

  it('built titles trip none of the title rules', () => {
    const titles = [
      buildTitle(std('通知'), '某某市教育局', '关于做好防汛工作的通知'),
      buildTitle(issue(), '某某市教育局', '2027年教育工作要点'),
      buildTitle(forward(), '某某县教育局', '市教育局关于转发省教育厅关于做好招生工作的通知的通知'),
      buildTitle(forward('批转'), '某某市人民政府', '市发展改革委关于2027年深化改革重点工作的意见'),
      buildTitle(forward(), '某某县教育局', '某某省中小学学籍管理办法'),
    ];
    for (const title of titles) assert.deepEqual(titleFindings(title), [], title);
  });
});
