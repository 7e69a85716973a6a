/** `wenmi init`, `wenmi pack validate|test`, and `wenmi check` with broken configuration (exit 2, the path in the message). */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { starterConfig } from '../../../src/core/project';
import { EXAMPLE_PACK, ROOT } from './helpers';

function memoryIO(cwd: string): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readStdin: async () => '',
    cwd,
    fs,
    isTTY: false,
  };
  return io;
}

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIO(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const REQUEST = '某某市教育局关于追加经费的请示\n\n某某市财政局：\n　　拟追加经费300万元。\n　　妥否，请批示。\n\n某某市教育局\n2024年3月5日\n';

describe('CLI: team configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(join(tmpdir(), 'wenmi-team-'));
    // A repository root, so that discovery stops here as in an editor workspace.
    fs.mkdirSync(join(dir, '.git'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('wenmi init writes the commented starter file, and refuses to overwrite it', async () => {
    const first = await run(dir, 'init');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /\.wenmirc\.json/);
    assert.equal(fs.readFileSync(join(dir, '.wenmirc.json'), 'utf8'), starterConfig());
    fs.writeFileSync(join(dir, '.wenmirc.json'), '{ "detect": "never" }');
    const second = await run(dir, 'init');
    assert.equal(second.code, 2);
    assert.match(second.err, /\.wenmirc\.json 已存在，未覆盖/);
    assert.equal(fs.readFileSync(join(dir, '.wenmirc.json'), 'utf8'), '{ "detect": "never" }');
    fs.mkdirSync(join(dir, 'sub'));
    assert.equal((await run(dir, 'init', 'sub')).code, 0);
    assert.ok(fs.existsSync(join(dir, 'sub', '.wenmirc.json')));
    assert.equal((await run(dir, 'init', 'missing')).code, 2);
  });

  it('the starter file changes nothing until edited: check gives the same findings with and without it', async () => {
    fs.writeFileSync(join(dir, 'a.gw'), REQUEST);
    const before = await run(dir, 'check', '--format', 'json', 'a.gw');
    await run(dir, 'init');
    const after = await run(dir, 'check', '--format', 'json', 'a.gw');
    assert.equal(after.out, before.out);
    assert.equal(after.code, before.code);
  });

  it('wenmi check with a broken .wenmirc.json: exit 2, the file path and line in the message', async () => {
    fs.writeFileSync(join(dir, '.wenmirc.json'), '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n');
    fs.writeFileSync(join(dir, 'a.gw'), REQUEST);
    const r = await run(dir, 'check', 'a.gw');
    assert.equal(r.code, 2);
    assert.match(r.err, /wenmi check: \.wenmirc\.json:3:5: 没有 id 为“no-such-rule”的规则/);
  });

  it('wenmi check with a pack that cannot be found: exit 2, the .wenmirc.json path', async () => {
    fs.writeFileSync(join(dir, '.wenmirc.json'), '{ "packs": ["./packs/missing"] }');
    fs.writeFileSync(join(dir, 'a.gw'), REQUEST);
    const r = await run(dir, 'check', 'a.gw');
    assert.equal(r.code, 2);
    assert.match(r.err, /\.wenmirc\.json:1:\d+: 找不到规范包“\.\/packs\/missing”/);
  });

  it('wenmi check applies a pack from node_modules (npm package name), without the network', async () => {
    const pkg = join(dir, 'node_modules', '@office', 'style');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(join(pkg, 'wenmi-pack.json'), JSON.stringify({ name: '@office/style', version: '1.0.0', organization: { superiors: ['某某市人民政府'], peers: ['某某市财政局'] } }));
    fs.writeFileSync(join(dir, '.wenmirc.json'), '{ "packs": ["@office/style"] }');
    fs.writeFileSync(join(dir, 'a.gw'), REQUEST);
    const r = await run(dir, 'check', 'a.gw');
    assert.match(r.out, /genre-request-vs-letter/);
  });

  it('wenmi pack validate: the example pack is valid', async () => {
    const r = await run(ROOT, 'pack', 'validate', EXAMPLE_PACK);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /规范包 example-city-education@1\.0\.0 有效：3 条用语，3 个片段，1 个模板，2 条规则设置，含机关概况，7 个测试/);
  });

  it('wenmi pack validate: the path of the manifest itself names its pack', async () => {
    const r = await run(ROOT, 'pack', 'validate', join(EXAMPLE_PACK, 'wenmi-pack.json'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /规范包 example-city-education@1\.0\.0 有效/);
  });

  it('wenmi pack validate: a broken pack exits 2 with path:line:column', async () => {
    fs.mkdirSync(join(dir, 'p'));
    fs.writeFileSync(join(dir, 'p', 'wenmi-pack.json'), '{\n  "name": "p",\n  "version": "1.0.0",\n  "snippets": "s.json"\n}\n');
    fs.writeFileSync(join(dir, 'p', 's.json'), '{ "x": { "body": 42 } }');
    const r = await run(dir, 'pack', 'validate', 'p');
    assert.equal(r.code, 2);
    assert.match(r.err, /p\/s\.json:1:\d+: “x\.body”应为/);
    assert.match(r.err, /规范包有 1 处错误/);
  });

  it('wenmi pack validate: template content is checked by the drafting validator', async () => {
    fs.mkdirSync(join(dir, 'p'));
    fs.writeFileSync(join(dir, 'p', 'wenmi-pack.json'), JSON.stringify({ name: 'p', version: '1.0.0', templates: ['t.json'] }));
    fs.writeFileSync(join(dir, 'p', 't.json'), JSON.stringify({ id: 'x', genre: '请求', description: 'd', body: ['{{title}}'] }));
    const r = await run(dir, 'pack', 'validate', 'p');
    assert.equal(r.code, 2);
    assert.match(r.err, /t\.json/);
    assert.match(r.err, /请求/);
  });

  it('wenmi pack test: the example pack’s tests pass', async () => {
    const r = await run(ROOT, 'pack', 'test', EXAMPLE_PACK);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal((r.out.match(/^✓/gm) ?? []).length, 7);
    assert.match(r.out, /7 个通过，0 个失败/);
  });

  it('wenmi pack test: a failing case exits 1 and shows what differs', async () => {
    fs.mkdirSync(join(dir, 'p'));
    const text = '某某局关于统计工作的通知\n\n各科室：\n　　做为牵头科室，请按时报送。\n　　特此通知。\n\n某某局\n2024年3月5日\n';
    fs.writeFileSync(join(dir, 'p', 'wenmi-pack.json'), JSON.stringify({
      name: 'p', version: '1.0.0',
      terms: [{ wrong: '做为', right: '作为' }],
      tests: [
        { name: '通过', text, expect: ['terms'], fixed: text.replace('做为', '作为') },
        { name: '未通过', text, absent: ['terms'], fixed: text },
      ],
    }, null, 2));
    const r = await run(dir, 'pack', 'test', 'p');
    assert.equal(r.code, 1);
    assert.match(r.out, /✓ 通过 {2}通过/);
    assert.match(r.out, /✗ 失败 {2}未通过 {2}\(p\/wenmi-pack\.json:\d+\)/);
    assert.match(r.out, /不应报出 terms/);
    assert.match(r.out, /-\s+做为牵头科室/);
    assert.match(r.out, /1 个通过，1 个失败/);
  });

  it('wenmi pack: usage errors exit 2', async () => {
    assert.equal((await run(dir, 'pack')).code, 2);
    assert.equal((await run(dir, 'pack', 'publish', 'p')).code, 2);
    assert.equal((await run(dir, 'pack', 'validate')).code, 2);
    const missing = await run(dir, 'pack', 'validate', 'nowhere');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere\/wenmi-pack\.json:1:1: 找不到规范包文件夹 .*nowhere。/);
  });
});
