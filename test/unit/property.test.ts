/**
 * Property tests (fast-check): on any input the engine never throws, no rule crashes, every range
 * (finding, fix, suggestion) lies inside the text, and fixing is idempotent:
 * fix(fix(x)) == fix(x), where fix = lint (detect 'always') + applyFixes of every certain fix.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { Worker } from 'node:worker_threads';
import { allRules, fixAll, getRule, lint, parse, type LintResult } from '../../src/core';
import type { BigInputResult } from './parse/bigInput.worker';

// Reproducible by default, so CI is deterministic: WENMI_FUZZ_SEED=<n> picks another seed, and
// WENMI_FUZZ_SEED=random explores (fast-check prints the seed of any failure to replay it).
const FUZZ_SEED = process.env.WENMI_FUZZ_SEED ?? '20261122';
if (FUZZ_SEED !== 'random') fc.configureGlobal({ seed: Number(FUZZ_SEED) });

function checkResult(text: string, r: LintResult): void {
  assert.deepEqual(r.ruleErrors, [], 'no rule threw');
  const n = text.length;
  const inside = ([s, e]: [number, number], what: string) =>
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n, `${what} [${s}, ${e}) inside [0, ${n}]`);
  for (const f of r.findings) {
    inside(f.range, `${f.ruleId} range`);
    if (f.fix) inside(f.fix.range, `${f.ruleId} fix`);
    for (const s of f.suggestions) inside(s.fix.range, `${f.ruleId} suggestion`);
    assert.ok(f.message.length > 0, `${f.ruleId} has a message`);
  }
}

/** Lint (detect always) and check the invariants. */
function lintChecked(text: string): LintResult {
  const r = lint(text, { detect: 'always' });
  checkResult(text, r);
  return r;
}

/**
 * fix(fix(x)) == fix(x), where fix is the product's Fix All (core fixAll: lint + apply, repeated while
 * the text changes, at most MAX_FIX_PASSES passes — what `wenmi check --fix` and the editor do).
 * On arbitrary input a fix can change what a later rule sees (a deleted closing brings the one above
 * into the closing zone), so more than one pass may be needed; on real documents one pass suffices,
 * which test/unit/fixtures.test.ts checks on every fixture.
 * On failure, say which rules still offer fixes (the rules that fight or cascade).
 */
function assertIdempotent(text: string): void {
  lintChecked(text);
  const first = fixAll(text, { detect: 'always' });
  checkResult(first.text, first.result);
  const once = first.text;
  const left = first.result.findings.filter((f) => f.fix);
  const twice = fixAll(once, { detect: 'always' }).text;
  if (twice !== once) {
    const rules = [...new Set(left.map((f) => f.ruleId))].join(', ');
    const details = left.map((f) => `${f.ruleId} ${JSON.stringify(once.slice(f.range[0], f.range[1]))} → ${JSON.stringify(f.fix!.text)}`).join('\n  ');
    assert.fail(`fixing is not idempotent; rules still fixing after one pass: ${rules}\n  ${details}\ninput: ${JSON.stringify(text)}\nafter one pass: ${JSON.stringify(once)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const CJK = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
const PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕﹝﹞［］—…·～,.;:?!"\'()[]{}<>-_=+*#/\\|@&%$^`~　';
const CONTROL = '\u0000\u0001\u0007\b\t\u000b\f\u001b\u007f\u0085\u00a0\u2028\u2029\u200b\ufeff\ufffd';
const BREAKS = ['\n', '\r\n', '\r'];

const mixedChar = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CJK) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
);
const mixedText = fc.array(mixedChar, { maxLength: 300 }).map((a) => a.join(''));

/** Fragments of 公文, correct and faulty, that rules look at. */
const FRAGMENTS = [
  // 版头
  '000021', 'No.0001', '1', '秘密★1年', '机密☆十年', '绝密', '秘密 1年', '特急', '加急', '急件', '平急',
  '青山市教育局文件', '青山市人民政府', '青教〔2024〕12号', '青教〔2024〕12号　　签发人：王建国', '×府发[24]第05号', '青发【2024】1号',
  '青发（2024）2号', '青发﹝2024﹞3号', '青发〔２０２４〕０３号', '签发人:张三', '签发人 李四', '────────────', '---',
  // 标题
  '青山市教育局关于调整城区义务教育学校布局的请示', '关于增拨防汛经费的请示报告', '关于同意追加经费的批复函', '关于开展安全检查的通知。',
  '某某局2024年工作总结', '关于购置执法车辆的申请', '关于申请增拨经费的请示', '关于请求批准成立协会的请示', '关于开展安全生产大检查',
  '青山市教育局关于转发市教育局关于转发省教育厅关于做好安全工作的通知的通知的通知', '关于印发2024年工作要点的通知',
  '青山市人民政府令', '第12号', '关于临时交通管制的公告', '关于临时交通管制的通告', '关于安全检查情况的通报', '请示', '通知',
  '特急：关于做好防汛工作的通知', '青山市教育局关于商请选派医务人员的函', '青山市财政局关于同意追加经费的复函',
  '青山市人民政府第30次常务会议纪要', '关于加快推进义务教育优质均衡发展的实施意见', '青山市教育局',
  '关于印发《新时代推动中部地区', '高质量发展实施方案》的通知',
  // 主送
  '市人民政府：', '各区县人民政府:', '市人民政府、市财政局：', '市人民政府，市发展和改革委员会，市财政局：', '王市长：', '市教育局',
  // 正文
  '现将有关事项请示如下：', '为做好安全工作，现就有关事项通告如下：', '一、总体要求', '一.总体要求', '一，基本情况', '（一）指导思想。坚持稳中求进。',
  '(一)指导思想', '（一）、主要目标', '1.推进标准化建设', '1、加强领导', '1，明确责任', '（1）明确分工', '(1)明确分工', '（1）、落实责任',
  '三、保障措施', '五、其他', '（三）加强督导。', '2.2024年工作目标',
  '妥否，请批示。', '妥否？请批示！', '当否,请批复', '特此报告。', '特此通知！', '特此通知', '此复。', '特此函告。', '请予函复。', '特此函复。',
  '以上请示，请予审批。', '请认真贯彻执行。', '请遵照执行。', '务必于3月5日前报送。', '你局要严格执行。', '请贵局予以支持。',
  '特此报告，妥否，请批示。', '恳请增拨经费50万元并增加编制3名。', '请予批准。', '你局《关于调整学校布局的请示》（青教〔2024〕12号）收悉。经研究，现批复如下：',
  '贵局《关于商请追加经费的函》收悉。', '根据国办发〔2018〕115号文件精神，', '现将《关于做好防汛工作的通知》转发给你们。',
  '省人民政府办公厅《关于做好2024年春季森林防火工作的通知》（省政办发〔2024〕6号）已经市人民政府同意，现转发给你们，请结合实际认真贯彻落实。',
  '各单位:请于6月1日前报送(附表),逾期不候.', '"放管服"改革', '《中华人民共和国公务员法》、《党政机关公文处理工作条例》', '财政、人社、等部门',
  '等等...', '2023——2025年', '15~30%', '5-10万元', '24年底前完成', '三、四天', '3、4天', '“14五”规划', '4千人', '.5个百分点', '二零二四年',
  '其它事项', '截止3月5日', '（未闭合的括号', '“未闭合的引号', '《未闭合的书名号', '此页无正文', '主题词：教育 学校 布局 请示',
  '会议时间：2024年3月12日上午9:00', '网址：https://www.example.gov.cn/a.html', 'Email: office@example.gov.cn', 'This is an English sentence, with commas.',
  '出席：李明、王芳、赵强', '列席：市教育局负责同志', '请假：孙磊',
  // 附件说明
  '附件：1.布局调整方案', '2.学位供需测算表', '附件:1、检查表；', '2、汇总表。', '附件：2024年防汛抢险经费测算明细表', '附件：附件1、名单', '附件如文',
  '附件：1.2023年度先进单位名单', '　　　　　测算情况说明',
  // 署名、日期、附注
  '青山市教育局', '市长　李明', '2024年3月5日', '2024年03月05日', '二〇二四年三月五日', '2024.3.5', '2024-03-05', '2024年13月45日',
  '（此件公开发布）', '（联系人：李华，联系电话：0791-86211234）', '联系人：张三，电话：12345678',
  // 附件 and 版记
  '附件1', '附件2', '附件', '附件1：', '抄送：市发展和改革委员会，市财政局。', '抄送:市委办公室,市人大办公室', '抄报：市委。', '分送：各区县。',
  '主送：各区县人民政府。', '抄送：各乡镇人民政府。', '青山市教育局办公室　　2024年3月5日印发', '青山市教育局办公室 2024年03月05日',
  // Markdown and suppression
  '<!-- wenmi-disable-next-line -->', '<!-- wenmi-disable closing-mismatch -->', '<!-- wenmi-enable -->', '<!-- wenmi-disable-line -->',
  '```', '- 列表项', '> 引文', '| 表格 | 列 |',
];

const prefix = fc.constantFrom('', '', '', '　　', '  ', '\t', '# ', '## ', '> ', '**', '　　　　　　　　');
const suffix = fc.constantFrom('', '', '', '　', ' ', '**', '。', '：');
const line = fc.tuple(prefix, fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: mixedText }), suffix)
  .map(([p, s, q]) => p + s + q);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** A soup of fragments in any order. */
const fragmentSoup = fc.array(fc.tuple(line, lineBreak), { maxLength: 30 }).map((a) => a.map(([l, b]) => l + b).join(''));

/** A document in the usual order, each part optional, from correct and faulty fragments. */
const pick = (...xs: string[]) => fc.constantFrom(...xs);
const orderedDoc = fc
  .record({
    header: fc.subarray(['000021', '秘密★1年', '特急', '青山市教育局文件', '青教〔2024〕12号　　签发人：王建国', '×府发[24]第05号', '签发人:张三']),
    title: fc.option(fc.oneof(fc.constantFrom(...FRAGMENTS.slice(25, 48)), line), { nil: undefined }),
    recipients: fc.option(pick('市人民政府：', '各区县人民政府:', '市人民政府、市财政局：', '王市长：', '市教育局'), { nil: undefined }),
    body: fc.array(line, { maxLength: 12 }),
    note: fc.option(pick('附件：1.布局调整方案\n　　　　　2.学位供需测算表', '附件:1、检查表；\n2、汇总表。', '附件：2024年防汛抢险经费测算明细表'), { nil: undefined }),
    signature: fc.option(pick('青山市教育局', '市长　李明', '青山市统计局\n国家统计局青山调查队'), { nil: undefined }),
    date: fc.option(pick('2024年3月5日', '2024年03月05日', '二〇二四年三月五日', '2024.3.5'), { nil: undefined }),
    notes: fc.subarray(['（此件公开发布）', '联系人：张三，电话：12345678']),
    attachments: fc.array(pick('附件1\n\n调整方案\n\n一、撤并学校', '附件2\n测算表', '附件\n参会回执'), { maxLength: 2 }),
    colophon: fc.subarray(['────────────', '抄送：市发展和改革委员会，市财政局。', '抄送:市委办公室,市人大办公室', '青山市教育局办公室　　2024年3月5日印发']),
    indent: pick('', '　　', '  '),
    br: pick('\n', '\r\n', '\n\n'),
  })
  .map((d) => {
    const parts = [
      ...d.header,
      d.title,
      d.recipients,
      ...d.body.map((b) => d.indent + b),
      d.note && d.indent + d.note,
      d.signature,
      d.date,
      ...d.notes,
      ...d.attachments,
      ...d.colophon,
    ].filter((x): x is string => x !== undefined);
    return parts.join('\n').replace(/\n/g, d.br);
  });

/** The accuracy corpus (real documents and 病文), with 公文 fragments spliced in at random lines. */
const CORPUS_TEXTS = (() => {
  const dir = join(__dirname, '..', 'corpus');
  const out: string[] = [];
  for (const f of readdirSync(join(dir, 'real'))) out.push(readFileSync(join(dir, 'real', f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  for (const f of readdirSync(join(dir, 'faulty'))) for (const it of (load(readFileSync(join(dir, 'faulty', f), 'utf8')) as Array<{ text: string }> | null) ?? []) out.push(String(it.text));
  return out;
})();
const corpusDoc = fc
  .tuple(fc.constantFrom(...CORPUS_TEXTS), fc.array(fc.tuple(fc.nat(), line), { maxLength: 4 }))
  .map(([text, inserts]) => {
    const lines = text.split('\n');
    for (const [at, l] of inserts) lines.splice(at % (lines.length + 1), 0, l);
    return lines.join('\n');
  });

const HAN = /\p{Script=Han}/gu;
/** The Han characters of s, in order, leaving out those a rule may change. */
const hanBut = (s: string, allowed: string) => (s.match(HAN) ?? []).filter((c) => !allowed.includes(c)).join('');
const ALL_DECLARED = allRules.map((r) => r.meta.certainFix?.han ?? '').join('');

/**
 * Every certain fix (what fix-all, fix-on-save and --fix apply without the user looking) changes no Han
 * character beyond those its rule declares in certainFix.han, and keeps the others in their order;
 * the whole fix-all run keeps every Han character no fixable rule declares.
 */
function assertCertainFixes(text: string): void {
  const r = lint(text, { detect: 'always' });
  for (const f of r.findings) {
    if (!f.fix) continue;
    const meta = getRule(f.ruleId)!.meta;
    assert.ok(meta.fixable && meta.certainFix, `${f.ruleId} applies a fix in bulk but declares no certainFix`);
    if (meta.certainFix.configured) continue;
    const before = text.slice(f.fix.range[0], f.fix.range[1]);
    const allowed = meta.certainFix.han ?? '';
    assert.equal(hanBut(f.fix.text, allowed), hanBut(before, allowed), `${f.ruleId}: ${JSON.stringify(before)} → ${JSON.stringify(f.fix.text)} changes Han characters it does not declare (${allowed || 'none'})\ninput: ${JSON.stringify(text)}`);
  }
  const fixed = fixAll(text, { detect: 'always' }).text;
  assert.equal(hanBut(fixed, ALL_DECLARED), hanBut(text, ALL_DECLARED), `fix-all changed Han characters\ninput: ${JSON.stringify(text)}\nfixed: ${JSON.stringify(fixed)}`);
}

// Runs are sized to keep the whole file around 10–20 s on a laptop.
const RUNS = { small: 250, docs: 300 };

describe('property: the engine on any input', function () {
  this.timeout(120_000);

  it('arbitrary unicode (full code points and lone surrogates): no throw, no crash, ranges inside', () => {
    fc.assert(
      fc.property(fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ude42', '的', '。', 'a', '\n', '\r'), maxLength: 100 }),
      ), (text) => {
        lintChecked(text);
        const r = lint(text, { detect: 'auto' });
        if (!r.linted) assert.deepEqual(r.findings, [], 'nothing reported when not treated as a 公文');
      }),
      { numRuns: RUNS.small },
    );
  });

  it('mixed CJK, ASCII, punctuation, control characters and line breaks: ranges inside, fixing idempotent', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        assertIdempotent(text);
      }),
      { numRuns: RUNS.small },
    );
  });

  it('CRLF / CR / LF mixes of 公文 fragments: the model stays inside the text, ranges inside, fixing idempotent', () => {
    fc.assert(
      fc.property(fragmentSoup, (text) => {
        const doc = parse(text);
        for (const l of doc.lines) assert.ok(l.start <= l.contentStart && l.contentStart <= l.contentEnd && l.contentEnd <= l.end && l.end <= text.length);
        for (const p of doc.paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
        assertIdempotent(text);
      }),
      { numRuns: RUNS.docs },
    );
  });

  it('random documents assembled from 公文 parts: ranges inside, fixing idempotent', () => {
    fc.assert(
      fc.property(orderedDoc, (text) => {
        assertIdempotent(text);
      }),
      { numRuns: RUNS.docs },
    );
  });

  it('bulk fixes are certain: no Han character changes outside what each rule declares (certainFix)', () => {
    fc.assert(
      fc.property(fc.oneof(orderedDoc, fragmentSoup, corpusDoc), (text) => {
        assertCertainFixes(text);
      }),
      { numRuns: RUNS.docs },
    );
  });

  it('the auto mode reports nothing on text that is not a 公文', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ASCII, '\n', '.', ',', '-', '#', '*'), maxLength: 300 }), (text) => {
        const r = lint(text, { detect: 'auto' });
        assert.deepEqual(r.ruleErrors, []);
        if (!parse(text).isGongwen) assert.deepEqual(r.findings, []);
      }),
      { numRuns: RUNS.small },
    );
  });
});

/** Runs the big-input checks in a worker, so that a quadratic rule fails the test instead of hanging the suite. */
function runBig(inputs: Array<{ label: string; text: string; fix: boolean }>, limitMs: number): Promise<BigInputResult[]> {
  return new Promise((resolve, reject) => {
    const boot = "require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.file);";
    const worker = new Worker(boot, { eval: true, execArgv: [], workerData: { file: join(__dirname, 'parse', 'bigInput.worker.ts'), inputs } });
    const results: BigInputResult[] = [];
    const timer = setTimeout(() => {
      void worker.terminate();
      const done = results.map((r) => r.label).join(', ') || 'none';
      reject(new Error(`big inputs not linted within ${limitMs} ms (done: ${done}; stuck on: ${inputs[results.length]?.label}) — a rule is probably quadratic`));
    }, limitMs);
    worker.on('message', (m: BigInputResult | 'done') => {
      if (m !== 'done') return void results.push(m);
      clearTimeout(timer);
      void worker.terminate();
      resolve(results);
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function assertBig(results: BigInputResult[]): void {
  for (const r of results) {
    assert.deepEqual(r.problems, [], `${r.label}: no crash, every range inside the text`);
    assert.deepEqual(r.notIdempotent, [], `${r.label}: fixing is idempotent (rules still fixing after one pass)`);
  }
}

describe('property: big inputs', function () {
  this.timeout(120_000);

  /** A deterministic pseudo-random line of ~1 MB: 公文 sentences with faulty fragments mixed in. */
  function megabyteLine(): string {
    let seed = 20240305;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const out: string[] = [];
    let len = 0;
    while (len < 1_000_000) {
      let s: string;
      const r = rnd();
      if (r < 0.25) s = FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)].replace(/[\r\n]/g, '');
      else if (r < 0.9) s = Array.from({ length: 4 + Math.floor(rnd() * 20) }, () => CJK[Math.floor(rnd() * CJK.length)]).join('') + '，。；、：'[Math.floor(rnd() * 5)];
      else s = ASCII[Math.floor(rnd() * ASCII.length)] + PUNCT[Math.floor(rnd() * PUNCT.length)] + CONTROL[Math.floor(rnd() * CONTROL.length)];
      out.push(s);
      len += s.length;
    }
    return out.join('').replace(/[\r\n\u2028\u2029\u0085]/g, ' ');
  }

  it('a 1 MB single line: no crash, ranges inside, fixing idempotent, in reasonable time', async () => {
    const text = megabyteLine();
    assert.ok(text.length >= 1_000_000 && !/[\r\n]/.test(text));
    const results = await runBig([{ label: '1 MB line', text, fix: true }], 60_000);
    assertBig(results);
    assert.ok(results[0].ms < 30_000, `linted, fixed and re-linted in ${results[0].ms} ms`);
  });

  it('pathological runs (spaces, punctuation, digits, unclosed brackets, line breaks) lint in linear time', async () => {
    const N = 100_000;
    const runs: Record<string, string> = {
      spaces: ' '.repeat(N) + 'x',
      'full-width spaces': '　'.repeat(N) + '正文',
      commas: '，'.repeat(N) + 'x',
      digits: '1'.repeat(N) + '年',
      'open parentheses': '（'.repeat(N) + '一）',
      'open book-title marks': '《'.repeat(N),
      'open quotes': '“'.repeat(N),
      'half-width parentheses': '('.repeat(N),
      hashes: '#'.repeat(N) + ' x',
      'line breaks': '\n'.repeat(N) + 'x',
      '附件 lines': '附件\n'.repeat(N / 5),
      '特急 lines': '特急\n'.repeat(N / 3),
      'HTML comment openers': '<!--'.repeat(N / 4),
    };
    // After a title, so that the rules gated on a 文种 run too; two of them also bare.
    const inputs = [
      ...Object.entries(runs).map(([label, body]) => ({ label, text: '关于某事的请示\n' + body, fix: false })),
      { label: 'bare spaces', text: runs.spaces, fix: false },
      { label: 'bare line breaks', text: runs['line breaks'], fix: false },
    ];
    const results = await runBig(inputs, 60_000);
    assertBig(results);
    // Linear rules lint 100k characters in well under a second; a quadratic one takes tens of seconds.
    const slow = results.filter((r) => r.ms > 8_000).map((r) => `${r.label}: ${r.ms} ms`);
    assert.deepEqual(slow, [], 'no input takes more than 8 s');
  });
});
