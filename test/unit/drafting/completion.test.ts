/** Completion data: the closings of the detected 文种 first and only those, dates unpadded, pack snippets by 文种. */
import { strict as assert } from 'node:assert';
import { detectGenre, parse, type PackSnippet } from '../../../src/core';
import { closingsFor, draftCompletions, replaceLengthFor } from '../../../src/core/templates';
import { JAN_5 } from './helpers';

const REQUEST = '某某市教育局关于调整学校布局的请示\n\n某某市人民政府：\n　　为优化教育资源配置，拟调整学校布局。\n　　\n';
const NOTICE = '某某市教育局关于调整办公时间的通知\n\n各科室：\n　　自2026年1月5日起，调整办公时间。\n　　\n';

function genreOf(text: string) {
  return detectGenre(parse(text))?.genre.id;
}

function closingLabels(text: string, linePrefix = '　　') {
  return draftCompletions({ genre: genreOf(text), linePrefix, now: JAN_5 })
    .filter((c) => c.kind === 'closing')
    .sort((a, b) => a.sortText.localeCompare(b.sortText))
    .map((c) => c.label);
}

describe('drafting: completion', () => {
  it('in a 请示: the 请示 closings, “妥否，请批示。” first and preselected', () => {
    const labels = closingLabels(REQUEST);
    assert.equal(labels[0], '妥否，请批示。');
    assert.ok(labels.includes('当否，请批复。'));
    assert.ok(!labels.includes('特此通知。') && !labels.includes('特此报告。'));
    const first = draftCompletions({ genre: '请示', linePrefix: '', now: JAN_5 }).find((c) => c.label === '妥否，请批示。')!;
    assert.equal(first.preselect, true);
  });

  it('in a 通知: “特此通知。” first, and never a 请示 closing', () => {
    const labels = closingLabels(NOTICE);
    assert.equal(labels[0], '特此通知。');
    for (const c of closingsFor('请示')) assert.ok(!labels.includes(c.body[0]), `${c.body[0]} offered in a 通知`);
    assert.ok(!labels.some((l) => /妥否|当否|请批/.test(l)));
  });

  it('typing the pinyin of a 请示 closing in a 通知 offers nothing of the kind', () => {
    const items = draftCompletions({ genre: '通知', linePrefix: '　　tfqps', now: JAN_5 });
    assert.ok(!items.some((c) => c.filterText.split(' ').includes('tfqps')));
  });

  it('ranking: closings before the date items, in genres.ts order', () => {
    const items = draftCompletions({ genre: '函', linePrefix: '', now: JAN_5 }).sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(items.slice(0, 3).map((c) => c.label), ['特此函告。', '请予函复。', '盼复。']);
    const firstDate = items.findIndex((c) => c.kind === 'date');
    assert.ok(items.slice(0, firstDate).every((c) => c.kind === 'closing'));
  });

  it('no 文种 detected: every closing, grouped by 文种; a 文种 without closings (决定): none', () => {
    const all = closingsFor(undefined);
    assert.ok(all.length >= 35);
    assert.equal(all[0].genres![0], '命令', 'genres.ts order');
    assert.deepEqual(closingsFor('决定'), []);
    assert.deepEqual(closingsFor('纪要'), []);
  });

  it('the date items insert today unpadded (2026年1月5日), the 署名 with the organization name', () => {
    const items = draftCompletions({ genre: '通知', linePrefix: '', now: JAN_5, orgName: '某某市教育局' });
    const date = items.find((c) => c.filterText.includes('wm-date'))!;
    assert.equal(date.insertText, '${1:2026年1月5日}');
    assert.ok(!items.some((c) => /年0|月0/.test(c.insertText)));
    assert.equal(items.find((c) => c.filterText.includes('wm-signature'))!.insertText, '${1:某某市教育局}\n${2:2026年1月5日}');
    assert.equal(items.find((c) => c.filterText.includes('wm-imprint'))!.insertText, '${1:某某市教育局办公室}　　${2:2026年1月5日}印发');
  });

  it('each item filters on all three prefixes', () => {
    const tctz = draftCompletions({ genre: '通知', linePrefix: '', now: JAN_5 }).find((c) => c.label === '特此通知。')!;
    assert.equal(tctz.filterText, 'tctz 特此通知 wm-closing-notice');
  });

  it('replaces what was typed of a prefix: an ASCII word, or the Chinese that begins a prefix', () => {
    assert.equal(replaceLengthFor('　　tctz', ['tctz', '特此通知']), 4);
    assert.equal(replaceLengthFor('　　wm-clo', ['wm-closing-notice']), 6);
    assert.equal(replaceLengthFor('　　', ['tctz', '特此通知']), 0);
    assert.equal(replaceLengthFor('　　特此', ['tctz', '特此通知']), 2);
    assert.equal(replaceLengthFor('请各单位认真落实。特此', ['特此通知']), 2);
    assert.equal(replaceLengthFor('做好有关工作', ['特此通知']), 0);
  });

  it('Chinese typed before the cursor keeps only the items it begins; other words offer nothing', () => {
    const items = draftCompletions({ genre: '通知', linePrefix: '　　请认真', now: JAN_5 });
    assert.deepEqual(items.map((c) => c.label).sort(), ['请认真贯彻执行。', '请认真贯彻落实。', '请认真遵照执行。'].sort());
    assert.ok(items.every((c) => c.replaceLength === 3));
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '　　做好有关工作', now: JAN_5 }), [], 'typing 正文: no popup');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '签发人：张三', now: JAN_5 }), [], 'filling a name: no popup');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '某教〔2026〕12', now: JAN_5 }), [], 'typing a number: no popup');
    for (const at of ['', '　　', '  ']) {
      const all = draftCompletions({ genre: '通知', linePrefix: at, now: JAN_5 });
      assert.ok(all.length > 5 && all.every((c) => c.replaceLength === 0), `at a line start “${at}”: everything, replacing nothing`);
    }
  });

  it('the static snippets under their Chinese words: at a line start once the word is begun, never in a sentence', () => {
    const at = draftCompletions({ genre: '通知', linePrefix: '发文字', now: JAN_5 }).filter((c) => c.kind === 'snippet');
    assert.ok(at.some((c) => c.label === '发文字号' && c.replaceLength === 3 && c.insertText.includes('〔')), JSON.stringify(at.map((c) => c.label)));
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '　　请注明联系人', now: JAN_5 }).filter((c) => c.kind === 'snippet'), [], 'a sentence that contains 联系人');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '', now: JAN_5 }).filter((c) => c.kind === 'snippet'), [], 'nothing typed: no flood of snippets');
  });

  it('nothing pops up in the middle of a sentence: only where a structural element starts its line', () => {
    // Typing the 日 of a date in the 正文 (the 成文日期 item's prefix starts with 日) offered the date over the text.
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '　　会议定于2024年3月5日', now: JAN_5 }), [], 'a date in prose');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '　　请各单位认真落实。', now: JAN_5 }), [], 'after a sentence end');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '　　请各单位认真落实。请', now: JAN_5 }), [], 'a new sentence opening with 请');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '某某市人民政府：', now: JAN_5 }), [], 'after the 主送 line');
    assert.deepEqual(draftCompletions({ genre: '通知', linePrefix: '详见附件tz', now: JAN_5 }), [], 'an ASCII word inside a sentence');
    // The same prefixes at a line start are offered.
    assert.ok(draftCompletions({ genre: '通知', linePrefix: '　　特此', now: JAN_5 }).some((c) => c.label === '特此通知。'));
    assert.ok(draftCompletions({ genre: '通知', linePrefix: 'tz', now: JAN_5 }).length > 0);
  });

  it('pack snippets: offered by 文种 (all when the 文种 is unknown), with the pack named', () => {
    const packs: PackSnippet[] = [
      { name: '本局请示结束语', prefix: ['bjqs'], body: '以上请示妥否，请批示。', genres: ['请示'], pack: 'team@1.0.0' },
      { name: '联系人', prefix: ['lxr2'], body: '（联系人：${1:张三}）', pack: 'team@1.0.0' },
    ];
    const inNotice = draftCompletions({ genre: '通知', linePrefix: '', now: JAN_5, packSnippets: packs }).filter((c) => c.kind === 'pack');
    assert.deepEqual(inNotice.map((c) => c.label), ['lxr2']);
    const inRequest = draftCompletions({ genre: '请示', linePrefix: '', now: JAN_5, packSnippets: packs }).filter((c) => c.kind === 'pack');
    assert.deepEqual(inRequest.map((c) => c.label), ['bjqs', 'lxr2']);
    assert.match(inRequest[0].detail, /team@1\.0\.0/);
    assert.equal(draftCompletions({ linePrefix: '', now: JAN_5, packSnippets: packs }).filter((c) => c.kind === 'pack').length, 2);
  });
});
