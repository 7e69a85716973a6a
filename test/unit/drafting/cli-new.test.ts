/** `wenmi new`: prints a filled draft that `wenmi check` passes; `--list` lists the templates. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { builtinTemplates, formatIssueDate } from '../../../src/core/templates';

async function run(argv: string[], opts: { cwd?: string; stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readStdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-new-')),
    fs,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** `wenmi check --format json -` on a text: the findings that are errors or warnings. */
async function check(text: string, name: string) {
  const r = await run(['check', '--format', 'json', '--stdin-filename', name, '-'], { stdin: text });
  const json = JSON.parse(r.stdout);
  const file = json.files[0];
  return {
    code: r.code,
    linted: file.linted as boolean,
    genre: file.genre as string,
    loud: (file.findings as Array<{ severity: string; ruleId: string; message: string }>)
      .filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`),
  };
}

describe('wenmi new', () => {
  it('the issue’s example: a 请示 that wenmi check passes (no error, no warning), as .gw and as .txt', async () => {
    const r = await run(['new', '请示', '--org', '某某市教育局', '--subject', '调整学校布局', '--to', '某某市人民政府']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^某某市教育局关于调整学校布局的请示$/m);
    assert.match(r.stdout, /^某某市人民政府：$/m);
    assert.match(r.stdout, /^　　妥否，请批示。$/m);
    assert.match(r.stdout, new RegExp(`^${formatIssueDate(new Date())}$`, 'm'), 'today, unpadded');
    for (const name of ['请示.gw', '请示.txt']) {
      const c = await check(r.stdout, name);
      assert.equal(c.code, 0);
      assert.ok(c.linted, `${name} is checked as a 公文`);
      assert.equal(c.genre, '请示');
      assert.deepEqual(c.loud, [], r.stdout);
    }
  });

  it('every template through the CLI passes check', async () => {
    for (const tpl of builtinTemplates()) {
      const r = await run(['new', tpl.id, '--org', '某某市人民政府', '--subject', '加强城市绿化管理', '--to', '各区县人民政府', '--date', '2026-01-05', '--attachments', '2']);
      assert.equal(r.code, 0, `${tpl.id}: ${r.stderr}`);
      const c = await check(r.stdout, 'draft.gw');
      assert.equal(c.genre, tpl.genre, tpl.id);
      assert.deepEqual(c.loud, [], `${tpl.id}:\n${r.stdout}`);
    }
  });

  it('--kind, --date (written 2026年1月5日), --code, --no-header', async () => {
    const r = await run(['new', '通知', '--kind', '转发', '--org', '某某县教育局', '--subject', '省教育厅关于做好2027年招生工作的通知',
      '--to', '各乡镇中心学校', '--date', '2026-01-05', '--code', '某县教']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^某某县教育局转发省教育厅关于做好2027年招生工作的通知$/m);
    assert.match(r.stdout, /^　　现将省教育厅《关于做好2027年招生工作的通知》转发给你们，请结合实际认真贯彻执行。$/m);
    assert.match(r.stdout, /^某县教〔2026〕1号$/m);
    assert.match(r.stdout, /^2026年1月5日$/m);
    const bare = await run(['new', '通知', '--kind', '转发', '--org', '某某县教育局', '--subject', 'x', '--no-header']);
    assert.ok(!/文件$|印发$/m.test(bare.stdout), bare.stdout);
  });

  it('fields not given stay as labels to fill in', async () => {
    const r = await run(['new', '函']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^发文机关关于事由的函$/m);
    assert.match(r.stdout, /^主送机关：$/m);
  });

  it('--list and --list --format json', async () => {
    const text = await run(['new', '--list']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^request-approval\t请示\t请求批准\t/m);
    const json = await run(['new', '--list', '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    assert.equal(parsed.version, 1);
    assert.equal(parsed.templates.length, builtinTemplates().length);
    assert.deepEqual(Object.keys(parsed.templates[0]), ['id', 'genre', 'kind', 'label', 'description', 'origin', 'source']);
    assert.ok(parsed.templates.some((t: { genre: string; kind: string }) => t.genre === '通知' && t.kind === '转发'));
  });

  it('in a folder with a team pack: its templates are listed and used, its 机关代字 fills the 发文字号', async () => {
    const cwd = path.join(__dirname, '..', '..', 'fixtures', 'workspace-team');
    const list = JSON.parse((await run(['new', '--list', '--format', 'json'], { cwd })).stdout);
    const pack = list.templates.find((t: { id: string }) => t.id === 'city-edu-qingshi-jingfei');
    assert.ok(pack, 'the example pack template is listed');
    assert.match(pack.origin, /^example-city-education@/);
    const r = await run(['new', 'city-edu-qingshi-jingfei', '--org', '某某市教育局', '--subject', '追加义务教育薄弱学校改造经费', '--to', '某某市人民政府'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^某某市教育局关于追加义务教育薄弱学校改造经费的请示$/m);
    const builtin = await run(['new', '请示', '--org', '某某市教育局', '--subject', '调整学校布局', '--to', '某某市人民政府'], { cwd });
    assert.match(builtin.stdout, /^某教〔\d{4}〕1号　　签发人：×××$/m, 'organization.code of the pack');
  });

  it('a broken pack template is reported on stderr, and the built-in ones still work', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-new-pack-'));
    fs.mkdirSync(path.join(dir, 'pack'));
    fs.writeFileSync(path.join(dir, 'pack', 'wenmi-pack.json'), JSON.stringify({ name: 'broken', version: '1.0.0', templates: ['t.json'] }));
    fs.writeFileSync(path.join(dir, 'pack', 't.json'), JSON.stringify({ id: 'bad', genre: '汇报', description: '坏模板。', body: ['{{title}}'] }));
    fs.writeFileSync(path.join(dir, '.wenmirc.json'), JSON.stringify({ root: true, packs: ['./pack'] }));
    const r = await run(['new', '请示', '--org', '某某市教育局', '--subject', '调整学校布局', '--to', '某某市人民政府'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /wenmi new: .*t\.json：第 1 个模板（bad）：“汇报”不是法定文种/);
    assert.match(r.stdout, /^某某市教育局关于调整学校布局的请示$/m);
  });

  it('bad usage exits 2 with a clear message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['new', '申请报告'], /“申请报告”不是法定文种或模板 id/],
      [['new', '请示', '--kind', '请求拨款'], /请示没有“请求拨款”类模板，可用类别：请求批准、请求指示/],
      [['new', '请示', '--date', '2026-02-30'], /--date“2026-02-30”无效/],
      [['new', '请示', '--attachments', 'many'], /--attachments 应为 0 到 9 的整数/],
      [['new'], /请给出文种/],
      [['new', '请示', '--format', 'json'], /--format goes with --list/],
      [['new', '请示', '--nope'], /unknown option --nope/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('is listed in wenmi --help', async () => {
    const r = await run(['--help']);
    assert.match(r.stdout, /new\s+按模板生成公文草稿/);
  });
});
