/** 文种 detection: the title's statutory suffix (longest match), front matter, else content signals. */
import { strict as assert } from 'node:assert';
import { detectGenre, parse } from '../../../src/core';
import { bareTitle } from '../../../src/core/detect';
import { matchGenreSuffix } from '../../../src/core/genres';
import { offsetOf } from './helpers';

interface TitleCase {
  title: string;
  genre?: string;
  /** The genre word in the title (for quick fixes that replace it). */
  word?: string;
  doubled?: boolean;
}

const TITLES: TitleCase[] = [
  { title: '关于2023年度安全检查情况的通报', genre: '通报', word: '通报' },
  { title: '关于实施临时交通管制的通告', genre: '通告', word: '通告' },
  { title: '关于征收土地的公告', genre: '公告', word: '公告' },
  { title: '青山市2023年国民经济和社会发展统计公报', genre: '公报', word: '公报' },
  { title: '青山市财政局关于同意追加学校安全经费的复函', genre: '函', word: '复函' },
  { title: '青山市教育局关于商请选派医务人员的函', genre: '函', word: '函' },
  { title: '关于加快推进义务教育优质均衡发展的实施意见', genre: '意见', word: '实施意见' },
  { title: '关于推进城市更新的指导意见', genre: '意见', word: '指导意见' },
  { title: '关于全市安全生产工作会议有关事项的补充通知', genre: '通知', word: '补充通知' },
  { title: '关于做好防汛工作的紧急通知', genre: '通知', word: '紧急通知' },
  { title: '关于印发《2024年工作要点》的通知', genre: '通知', word: '通知' },
  { title: '青山市人民政府第30次常务会议纪要', genre: '纪要', word: '会议纪要' },
  { title: '青山市教育局专题纪要', genre: '纪要', word: '纪要' },
  { title: '关于青山市人民政府工作报告的决议', genre: '决议', word: '决议' },
  { title: '关于表彰先进单位的决定', genre: '决定', word: '决定' },
  { title: '关于提请审议《青山市城市绿化条例（草案）》的议案', genre: '议案', word: '议案' },
  { title: '关于同意调整学校布局的批复', genre: '批复', word: '批复' },
  { title: '关于调整学校布局的请示', genre: '请示', word: '请示', doubled: false },
  { title: '关于2023年度工作情况的报告', genre: '报告', word: '报告' },
  // 令: only real 令 titles.
  { title: '青山市人民政府令', genre: '命令', word: '令' },
  { title: '中华人民共和国主席令', genre: '命令', word: '令' },
  { title: '中华人民共和国国务院令', genre: '命令', word: '令' },
  { title: '中华人民共和国教育部令', genre: '命令', word: '令' },
  { title: '国家市场监督管理总局令', genre: '命令', word: '令' },
  { title: '中央军事委员会嘉奖令', genre: '命令', word: '令' },
  { title: '关于给予张伟同志记一等功的命令', genre: '命令', word: '命令' },
  { title: '中国人民解放军内务条令' },
  { title: '关于废止部分法令' },
  { title: '网络安全禁令' },
  // Doubled genre words: the last word is the genre, and detection says it is doubled.
  { title: '关于增拨防汛经费的请示报告', genre: '报告', word: '报告', doubled: true },
  { title: '关于增拨防汛经费的报告请示', genre: '请示', word: '请示', doubled: true },
  { title: '关于同意追加经费的批复函', genre: '函', word: '函', doubled: true },
  { title: '关于某事的意见报告', genre: '报告', word: '报告', doubled: true },
  // Trailing punctuation is not part of the genre word.
  { title: '关于开展安全检查的通知。', genre: '通知', word: '通知' },
  // Nonstatutory words are not genres.
  { title: '某某局2024年工作总结' },
  { title: '关于购置执法车辆的申请' },
  { title: '关于开展安全生产大检查' },
];

describe('detect: 文种 from the title', () => {
  for (const c of TITLES) {
    it(`${c.title} → ${c.genre ?? 'none'}`, () => {
      const text = `${c.title}\n\n某单位：\n\n　　正文。\n`;
      const g = detectGenre(parse(text));
      if (!c.genre) {
        assert.equal(g?.source === 'title' ? g.genre.id : undefined, undefined);
        return;
      }
      assert.ok(g, 'a genre');
      assert.equal(g.genre.id, c.genre);
      assert.equal(g.source, 'title');
      const at = c.title.replace(/[。]$/, '').lastIndexOf(c.word!);
      assert.deepEqual([g.word!.start, g.word!.end, g.word!.text], [at, at + c.word!.length, c.word]);
      if (c.doubled !== undefined) assert.equal(!!g.doubled, c.doubled, 'doubled');
    });
  }

  it('matchGenreSuffix prefers the longest suffix', () => {
    assert.deepEqual(matchGenreSuffix('…的通报'), { genre: '通报', suffix: '通报', length: 2 });
    assert.deepEqual(matchGenreSuffix('…的复函'), { genre: '函', suffix: '复函', length: 2 });
    assert.deepEqual(matchGenreSuffix('…的实施意见'), { genre: '意见', suffix: '实施意见', length: 4 });
    assert.deepEqual(matchGenreSuffix('…会议纪要'), { genre: '纪要', suffix: '会议纪要', length: 4 });
  });

  it('a genre word spaced out as 版头 titles are (批 复, 通　知) is matched with its spaces', () => {
    assert.deepEqual(matchGenreSuffix('××区人民政府关于同意社区整合的 批 复'), { genre: '批复', suffix: '批复', length: 3 });
    assert.deepEqual(matchGenreSuffix('通　知'), { genre: '通知', suffix: '通知', length: 3 });
    assert.equal(matchGenreSuffix('××区 人民政府'), undefined);
    const text = '××区人民政府\n关于同意社区整合的 批 复\n\n××街道办事处：\n　　你街道的请示收悉。\n　　此复。\n';
    const g = detectGenre(parse(text));
    assert.equal(g?.genre.id, '批复');
    assert.equal(g?.word?.text, '批 复');
  });

  it('a title over two lines: the genre word offsets are on the second line', () => {
    const text = '青山市教育局关于调整城区义务教育\n学校布局的请示\n\n市人民政府：\n';
    const g = detectGenre(parse(text))!;
    const at = offsetOf(text, '请示');
    assert.deepEqual([g.word!.start, g.word!.end], [at, at + 2]);
    assert.deepEqual(bareTitle(parse(text)), { text: '青山市教育局关于调整城区义务教育学校布局的请示', end: at + 2 });
  });

  it('a genre word split across the title lines maps back to both lines', () => {
    const text = '关于同意追加经费的复\n函\n';
    const doc = parse(text);
    const g = detectGenre(doc)!;
    assert.equal(g.genre.id, '函');
    assert.deepEqual([g.word!.start, g.word!.end], [offsetOf(text, '复'), offsetOf(text, '函') + 1]);
  });

  it('a Markdown title: offsets after the # marks', () => {
    const text = '# 关于某事的请示\n';
    const g = detectGenre(parse(text))!;
    assert.deepEqual([g.word!.start, g.word!.end], [7, 9]);
  });
});

describe('detect: front matter and content signals', () => {
  it('front matter genre (or 文种) wins over the title', () => {
    assert.equal(detectGenre(parse('---\ngenre: 函\n---\n关于某事的请示\n'))?.genre.id, '函');
    assert.equal(detectGenre(parse('---\n文种: 通知\n---\n关于某事的请示\n'))?.source, 'front-matter');
  });

  it('an unknown front matter genre falls back to the title', () => {
    const g = detectGenre(parse('---\ngenre: 总结\n---\n关于某事的请示\n'));
    assert.deepEqual([g?.genre.id, g?.source], ['请示', 'title']);
  });

  const signals: Array<[string, string]> = [
    ['妥否，请批示。', '请示'],
    ['当否，请批复。', '请示'],
    ['以上事项请予批准。', '请示'],
    ['特此报告。', '报告'],
    ['特此函告。', '函'],
    ['请予函复。', '函'],
    ['特此通知。', '通知'],
    ['特此通报。', '通报'],
    ['特此通告。', '通告'],
    ['特此公告。', '公告'],
    ['此复。', '批复'],
  ];
  for (const [closing, genre] of signals) {
    it(`no title: the closing ${closing} → ${genre}`, () => {
      const text = `市人民政府：\n\n　　现将有关情况说明如下：\n　　${closing}\n\n青山市教育局\n2024年3月5日\n`;
      const g = detectGenre(parse(text));
      assert.deepEqual([g?.genre.id, g?.source], [genre, 'content']);
    });
  }

  it('no title and no signal: no genre', () => {
    assert.equal(detectGenre(parse('市人民政府：\n\n　　现将有关情况说明如下：\n')), undefined);
  });

  it('a statutory title wins over a contradicting closing', () => {
    const g = detectGenre(parse('关于2023年工作情况的报告\n\n市人民政府：\n\n　　妥否，请批示。\n'));
    assert.deepEqual([g?.genre.id, g?.source], ['报告', 'title']);
  });
});

describe('detectGenre: a doubled title word (…的请示报告)', () => {
  it('takes the genre the closing points to, when it is one of the two', () => {
    const g = detectGenre(parse('关于增拨防汛经费的请示报告\n\n市人民政府：\n　　拟增拨经费。\n　　妥否，请批示。\n'));
    assert.deepEqual([g?.genre.id, g?.source, g?.doubled, g?.word?.text], ['请示', 'title', true, '报告']);
  });
  it('keeps the last word when the closing points to neither or to no genre', () => {
    assert.equal(detectGenre(parse('关于增拨防汛经费的请示报告\n\n市人民政府：\n　　拟增拨经费。\n'))?.genre.id, '报告');
    assert.equal(detectGenre(parse('关于增拨防汛经费的请示报告\n\n市人民政府：\n　　特此通知。\n'))?.genre.id, '报告');
  });
  it('leaves an undoubled title alone whatever its closing says', () => {
    assert.equal(detectGenre(parse('关于2023年工作情况的报告\n\n市人民政府：\n　　妥否，请批示。\n'))?.genre.id, '报告');
  });
});

describe('detect: what is not a 公文', () => {
  it('an essay titled 关于…… that ends with a partial date (2024年3月) is not taken for a 公文', () => {
    const { lint } = require('../../../src/core') as typeof import('../../../src/core');
    for (const text of ['关于读书的几点体会\n\n　　读书使人明智。我读了很多书，有一些体会。\n\n2024年3月\n', '# 关于我们\n\n我们是一家做软件的小团队。\n\n2023.12\n']) {
      assert.equal(lint(text).linted, false, text);
    }
  });
});

describe('detect: a title broken after a document name', () => {
  it('……项目建议书 ⏎ 的批复 is one title whose 文种 is 批复', () => {
    const { parse, detectGenre } = require('../../../src/core') as typeof import('../../../src/core');
    const doc = parse('××市发展和改革委员会关于青山大道改造工程项目建议书\n的批复\n\n××区建设局：\n　　你局的请示收悉。\n　　此复。\n');
    assert.equal(doc.title?.text, '××市发展和改革委员会关于青山大道改造工程项目建议书的批复');
    assert.equal(detectGenre(doc)?.genre.id, '批复');
  });
});
