/**
 * The templates: data files in one format, one for every 文种 and kind; each fills (snippet and plain
 * text) and lints clean; bad pack templates get clear errors and do not take the good ones down.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENRES } from '../../../src/core';
import {
  BUILTIN_TEMPLATE_FILES, builtinTemplates, chooseTemplate, fillTemplate, genresWithoutTemplate, loadTemplates,
  mergeTemplates, resolveSnippet, type DraftValues, type Template,
} from '../../../src/core/templates';
import { JAN_5, lintDraft, loudFindings, SAMPLE } from './helpers';

const root = join(__dirname, '..', '..', '..');

/** Sample values per template, as a drafter would type them for that kind. */
function sampleFor(tpl: Template): DraftValues {
  switch (tpl.title.form) {
    case 'issue': return { ...SAMPLE, to: '各区县教育局', subject: tpl.title.verb === '发布' ? '某某市公共图书馆管理办法' : '2027年教育工作要点' };
    case 'forward': return tpl.title.verb === '批转'
      ? { org: '某某市人民政府', subject: '市发展改革委关于2027年深化改革重点工作的意见', to: '各区县人民政府' }
      : { org: '某某县教育局', subject: '省教育厅关于做好2027年招生工作的通知', to: '各乡镇中心学校' };
    case 'order': return { org: '某某市人民政府', subject: '某某市城市绿化管理办法' };
    case 'plain': return tpl.genre === '纪要' ? { org: '某某市人民政府', subject: '第12次常务会议' } : { org: '某某市统计局', subject: '2026年国民经济和社会发展统计' };
    default: break;
  }
  switch (tpl.genre) {
    case '批复': return { org: '某某市人民政府', subject: '同意某某区调整学校布局', to: '某某区人民政府' };
    case '函': return { org: '某某市教育局', subject: '跨区就读学生学籍管理', to: '某某市人力资源和社会保障局' };
    case '议案': return { org: '某某市人民政府', subject: '提请审议《某某市城市绿化条例（草案）》', to: '某某市人民代表大会常务委员会' };
    case '决议': return { org: '中国共产党某某市第十三次代表大会', subject: '市委工作报告' };
    case '命令': return { org: '某某市人民政府', subject: '嘉奖某某市消防救援支队' };
    case '通告': return { org: '某某市公安局', subject: '某某路段实施临时交通管制' };
    // A 公告 announces to the country a matter of weight (条例第八条（五））: a provincial government, not a city bureau.
    case '公告': return { org: '某某省人民政府', subject: '公布第一批省级非物质文化遗产代表性项目名录' };
    case '意见': case '通报': case '决定': case '通知': return { org: '某某市教育局', subject: '进一步加强中小学体育工作', to: '各区县教育局' };
    default: return SAMPLE;
  }
}

const VARIANTS: Array<{ name: string; values: (tpl: Template) => DraftValues }> = [
  { name: 'sample values', values: sampleFor },
  { name: 'no 版头', values: (tpl) => ({ ...sampleFor(tpl), header: false }) },
  { name: 'one attachment', values: (tpl) => ({ ...sampleFor(tpl), attachments: 1 }) },
  { name: 'three attachments and a 机关代字', values: (tpl) => ({ ...sampleFor(tpl), attachments: 3, code: '某教' }) },
  { name: 'nothing filled in (labels only)', values: () => ({}) },
];

describe('drafting: templates', () => {
  it('templates/ holds the data files, each listed in src/core/templates/builtin.ts', () => {
    const onDisk = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.json')).map((f) => `templates/${f}`).sort();
    assert.deepEqual(Object.keys(BUILTIN_TEMPLATE_FILES).sort(), onDisk);
    for (const f of onDisk) {
      const raw = JSON.parse(readFileSync(join(root, f), 'utf8'));
      assert.deepEqual(loadTemplates(raw, 'builtin', f).errors, [], f);
    }
  });

  it('every 文种 of 条例第八条 has a template, and every kind listed in genres.ts has one', () => {
    assert.deepEqual(genresWithoutTemplate(builtinTemplates()), []);
    for (const g of GENRES) {
      for (const k of g.kinds) {
        assert.ok(builtinTemplates().some((x) => x.genre === g.id && x.kind === k.id), `${g.id}（${k.label}）has a template`);
      }
    }
    assert.ok(builtinTemplates().length >= 36, `${builtinTemplates().length} templates`);
  });

  it('ids are unique and every template has a one-line description', () => {
    const ids = builtinTemplates().map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const tpl of builtinTemplates()) {
      assert.ok(tpl.description.length >= 8 && !tpl.description.includes('\n'), tpl.id);
      assert.match(tpl.description, /。$/, `${tpl.id}: a sentence`);
    }
  });

  for (const tpl of builtinTemplates()) {
    describe(`template ${tpl.id} (${tpl.label})`, () => {
      for (const v of VARIANTS) {
        it(`${v.name}: a 公文 of its 文种 with no error or warning`, () => {
          const text = fillTemplate(tpl, v.values(tpl), 'plain', JAN_5);
          const r = lintDraft(text);
          assert.ok(r.linted);
          assert.equal(r.genre?.genre.id, tpl.genre, `detected 文种 of:\n${text}`);
          assert.equal(r.genre?.source, 'title');
          assert.deepEqual(loudFindings(text, r), [], text);
          assert.equal(r.ruleErrors.length, 0, JSON.stringify(r.ruleErrors));
        });
      }

      it('is recognised as a 公文 in a .txt file too (detect auto)', () => {
        const text = fillTemplate(tpl, sampleFor(tpl), 'plain', JAN_5);
        assert.ok(lintDraft(text).doc.isGongwen, text);
      });

      it('the snippet says what the plain text says, with tab stops 1…n in order', () => {
        for (const v of VARIANTS) {
          const values = v.values(tpl);
          const snippet = fillTemplate(tpl, values, 'snippet', JAN_5);
          const resolved = resolveSnippet(snippet);
          assert.equal(resolved.text, fillTemplate(tpl, values, 'plain', JAN_5), v.name);
          assert.deepEqual(resolved.variables, [], 'no VS Code variables: the date is computed');
          // A fully filled short template (印发 without 版头) may have none: the cursor then ends after the text.
          if (resolved.tabStops.length) assert.equal(resolved.tabStops[0], 1, 'the cursor starts in tab stop 1');
          const distinct = [...new Set(resolved.tabStops)];
          assert.deepEqual(distinct, distinct.map((_, i) => i + 1), 'numbered in document order');
        }
      });
    });
  }

  it('values are escaped in the snippet ($ } \\ are text, not snippet syntax)', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'notice-affairs')!;
    const values = { org: '某某$1公司}', subject: '调整${2:x}办公时间', to: '各部门\\' };
    const snippet = fillTemplate(tpl, values, 'snippet', JAN_5);
    assert.equal(resolveSnippet(snippet).text, fillTemplate(tpl, values, 'plain', JAN_5));
    assert.match(resolveSnippet(snippet).text, /^某某\$1公司}关于调整\$\{2:x\}办公时间的通知$/m);
  });

  it('an empty field becomes one mirrored tab stop wherever it appears (title, 署名, 印发机关)', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'request-approval')!;
    const snippet = fillTemplate(tpl, { subject: '调整学校布局', to: '某某市人民政府' }, 'snippet', JAN_5);
    assert.match(snippet, /^\$\{1:发文机关\}文件$/m);
    assert.match(snippet, /^\$\{1\}关于调整学校布局的请示$/m);
    assert.match(snippet, /^\$\{1\}$/m);
    assert.match(snippet, /^\$\{1\}办公室　　2026年1月5日印发$/m);
  });

  it('every template leaves something to write: tab stops in the default form (with 版头)', () => {
    for (const tpl of builtinTemplates()) {
      assert.ok(resolveSnippet(fillTemplate(tpl, sampleFor(tpl), 'snippet', JAN_5)).tabStops.length > 0, tpl.id);
    }
  });

  it('with values given, the first tab stop is the first thing left to write', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'notice-directive')!;
    const snippet = fillTemplate(tpl, { ...SAMPLE, code: '某教', header: false }, 'snippet', JAN_5);
    assert.match(snippet.split('\n')[3], /^　　为\$\{1:……\}，现就调整学校布局有关事项通知如下：$/);
  });

  it('attachments: the 附件说明 (one unnumbered, several numbered and aligned) and matching attachment pages', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'notice-directive')!;
    const one = fillTemplate(tpl, { ...SAMPLE, attachments: 1 }, 'plain', JAN_5);
    assert.match(one, /^　　附件：附件名称$/m);
    assert.match(one, /^附件$/m);
    const three = fillTemplate(tpl, { ...SAMPLE, attachments: 3 }, 'plain', JAN_5);
    assert.match(three, /^　　附件：1\.附件名称\n　　　　　2\.附件名称\n　　　　　3\.附件名称$/m);
    assert.deepEqual(lintDraft(three).doc.attachments.map((a) => a.label.text), ['附件1', '附件2', '附件3']);
    const snippet = fillTemplate(tpl, { ...SAMPLE, attachments: 2 }, 'snippet', JAN_5);
    const note = /附件：1\.\$\{(\d+):附件名称\}/.exec(snippet)!;
    assert.ok(snippet.includes(`\n\${${note[1]}}\n`), 'the attachment page title mirrors the 附件说明');
    const none = fillTemplate(tpl, SAMPLE, 'plain', JAN_5);
    assert.ok(!none.includes('附件'), 'no attachments: no 附件说明, no pages');
    assert.ok(!/\n\n\n/.test(none), 'no double blank lines left behind');
  });

  it('the 版头 can be left out; templates of genres without one have none', () => {
    const tpl = builtinTemplates().find((x) => x.id === 'request-approval')!;
    const text = fillTemplate(tpl, { ...SAMPLE, header: false }, 'plain', JAN_5);
    assert.ok(text.startsWith('某某市教育局关于调整学校布局的请示\n'));
    assert.ok(!text.includes('印发'), 'nor the 版记');
    for (const id of ['public-notice', 'announcement', 'communique', 'resolution', 'minutes', 'order-promulgation']) {
      const x = builtinTemplates().find((t) => t.id === id)!;
      assert.equal(lintDraft(fillTemplate(x, sampleFor(x), 'plain', JAN_5)).doc.header.elements.length, 0, id);
    }
  });

  it('templates of genres without a 主送机关 do not ask for one (公告, 通告, 令, 纪要, 决议, 公报)', () => {
    for (const tpl of builtinTemplates()) {
      const text = fillTemplate(tpl, sampleFor(tpl), 'plain', JAN_5);
      const doc = lintDraft(text).doc;
      assert.equal(!!doc.recipients, tpl.recipients, `${tpl.id}: 主送 ${tpl.recipients}`);
    }
  });

  it('each template closes as its 文种 does (the standard closings of genres.ts)', () => {
    for (const tpl of builtinTemplates()) {
      const text = fillTemplate(tpl, sampleFor(tpl), 'plain', JAN_5);
      const genre = GENRES.find((g) => g.id === tpl.genre)!;
      // 嘉奖令 has no closing formula: 命令's closings are those of a 公布令.
      if (!genre.closings.length || tpl.id === 'order-commendation') continue;
      const body = lintDraft(text).doc.paragraphs.map((p) => p.text).join('\n');
      assert.ok(genre.closings.some((c) => body.includes(c)), `${tpl.id} ends with one of ${genre.closings.join(' ')}`);
    }
  });
});

describe('drafting: template format errors (pack templates)', () => {
  const good = { id: 'team-notice', genre: '通知', description: '团队的通知模板。', body: ['{{title}}', '', '{{to}}：', '　　特此通知。'] };
  const load = (data: unknown) => loadTemplates(data, 'team@1.0.0', 'packs/team/templates.json');

  it('accepts one object, an array, or {"templates": [...]}', () => {
    for (const data of [good, [good], { templates: [good] }]) {
      const r = load(data);
      assert.deepEqual(r.errors, []);
      assert.equal(r.templates[0].id, 'team-notice');
      assert.equal(r.templates[0].origin, 'team@1.0.0');
      assert.equal(r.templates[0].label, '通知');
    }
  });

  const cases: Array<{ data: unknown; error: RegExp }> = [
    { data: 'not a template', error: /packs\/team\/templates\.json：模板文件应为一个模板对象、模板数组，或 \{"templates": \[\.\.\.\]\}，实际是字符串/ },
    { data: [42], error: /第 1 个模板：模板应为 JSON 对象，实际是数字/ },
    { data: [{ ...good, bodyy: [] }], error: /第 1 个模板（team-notice）：未知的字段“bodyy”/ },
    { data: [{ id: 'x', genre: '通知', body: ['{{title}}'] }], error: /缺少必填字段“description”/ },
    { data: [{ ...good, genre: '申请' }], error: /“申请”不是法定文种（条例第八条），应为：决议、决定/ },
    { data: [{ ...good, id: 'Team Notice' }], error: /id“Team Notice”只能由小写字母、数字和连字符组成/ },
    { data: [good, good], error: /第 2 个模板（team-notice）：id“team-notice”重复/ },
    { data: [{ ...good, body: 'text' }], error: /body 应为非空数组/ },
    { data: [{ ...good, body: ['{{title}}', 7] }], error: /body 第 2 项应为字符串/ },
    { data: [{ ...good, body: ['{{title}}', '{{orgname}}'] }], error: /body 第 2 行的“\{\{orgname\}\}”不是可用的字段（可用：\{\{org\}\}/ },
    { data: [{ ...good, body: ['{{title}}', '　　[[缘由'] }], error: /body 第 2 行的“\[\[”没有配对的“\]\]”/ },
    { data: [{ ...good, body: ['{{title}}', '　　[[]]'] }], error: /空的占位符/ },
    { data: [{ ...good, body: ['{{title}}', { when: 'colophon', lines: ['抄送：……。'] }] }], error: /when“colophon”无效，应为：header、!header/ },
    { data: [{ ...good, body: ['{{title}}', '附件：{{attachmentNote}}'] }], error: /\{\{attachmentNote\}\} 须独占一行/ },
    { data: [{ ...good, body: ['{{to}}：'] }], error: /body 中没有 \{\{title\}\}/ },
    { data: [{ ...good, title: { form: 'transfer' } }], error: /title\.form“transfer”无效，应为：standard、plain、issue、forward、order/ },
    { data: [{ ...good, title: { form: 'issue', verb: '转发' } }], error: /title\.verb“转发”与 title\.form“issue”不配，应为：印发、发布、报送/ },
    { data: [{ ...good, title: '通知' }], error: /title 应为对象/ },
    { data: [{ ...good, attachments: 12 }], error: /attachments 应为 0 到 9 的整数/ },
    { data: [{ ...good, fields: { org: { prompt: 1 } } }], error: /fields 只能设置 org、subject、to/ },
    { data: [{ ...good, recipients: 'yes' }], error: /“recipients”应为 true 或 false/ },
  ];
  for (const c of cases) {
    it(`reports ${c.error.source.slice(0, 40)}…`, () => {
      const r = load(c.data);
      assert.ok(r.errors.some((e) => c.error.test(e)), r.errors.join('\n'));
      assert.ok(r.errors.every((e) => e.startsWith('packs/team/templates.json：')), 'every error names the file');
      assert.ok(r.errors.every((e) => /[\u4e00-\u9fff]/.test(e)), 'in Chinese');
    });
  }

  it('a bad template does not take the good ones of the same file down', () => {
    const r = load([good, { ...good, id: 'broken', genre: '汇报' }, { ...good, id: 'team-notice-2' }]);
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.templates.map((x) => x.id), ['team-notice', 'team-notice-2']);
  });

  it('a pack template fills and lints like a built-in one; with a built-in id it replaces it', () => {
    const r = load({ ...good, id: 'notice-affairs', kind: '事务', label: '通知（本局格式）' });
    const merged = mergeTemplates([...builtinTemplates()], r.templates);
    assert.equal(merged.length, builtinTemplates().length);
    const replaced = merged.find((x) => x.id === 'notice-affairs')!;
    assert.equal(replaced.origin, 'team@1.0.0');
    assert.equal(merged.indexOf(replaced), builtinTemplates().findIndex((x) => x.id === 'notice-affairs'), 'keeps its place');
    const text = fillTemplate(replaced, { ...SAMPLE, to: '各科室' }, 'plain', JAN_5);
    assert.equal(text, '某某市教育局关于调整学校布局的通知\n\n各科室：\n　　特此通知。\n');
  });
});

describe('drafting: choosing a template (wenmi new)', () => {
  const pick = (q: string, k?: string) => {
    const c = chooseTemplate(builtinTemplates(), q, k);
    return c.ok ? c.template.id : `${c.reason}:${c.value}`;
  };
  it('by 文种 (its first template), by id, by 文种 and kind as drafters write it', () => {
    assert.equal(pick('请示'), 'request-approval');
    assert.equal(pick('请示', '请求指示'), 'request-instruction');
    assert.equal(pick('notice-forward'), 'notice-forward');
    assert.equal(pick('通知', '转发'), 'notice-forward');
    assert.equal(pick('通知', '转发通知'), 'notice-forward');
    assert.equal(pick('通知', '指示性'), 'notice-directive');
    assert.equal(pick('通知', '事务性'), 'notice-affairs');
    assert.equal(pick('通知', '会议'), 'notice-meeting');
    assert.equal(pick('函', '请批函'), 'letter-request-approval');
    assert.equal(pick('意见', '实施'), 'opinion-implementation');
    assert.equal(pick('通报', '表彰'), 'bulletin-commend');
    assert.equal(pick('报告', '报送'), 'report-submit');
  });
  it('genre words and aliases: 令, 命令（令）, 复函, 实施意见, 会议纪要', () => {
    assert.equal(pick('令'), 'order-promulgation');
    assert.equal(pick('命令（令）', '嘉奖令'), 'order-commendation');
    assert.equal(pick('复函'), 'letter-reply');
    assert.equal(pick('指导意见'), 'opinion-guidance');
    assert.equal(pick('会议纪要'), 'minutes');
  });
  it('unknown 文种 or kind', () => {
    assert.equal(pick('申请'), 'genre:申请');
    const c = chooseTemplate(builtinTemplates(), '请示', '请求拨款');
    assert.ok(!c.ok && c.reason === 'kind');
    assert.deepEqual(!c.ok && c.reason === 'kind' ? c.kinds : [], ['请求批准', '请求指示']);
  });
});
