/** The CLI on the same core: output formats, exit codes, stdin, directory walk, --fix and --dry-run. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readStdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? process.cwd(),
    fs,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const REQUEST_AS_REPORT = '××市教育局关于调整学校布局的请示报告\n\n市人民政府：\n　　为优化教育资源配置，拟调整部分学校布局。\n　　妥否？请批示！\n\n××市教育局\n2024年3月5日\n';
const REPORT_WITH_REQUEST = '××市教育局关于2024年工作情况的报告\n\n市人民政府：\n　　2024年，我局认真履行职责，各项工作取得新进展。现将有关情况报告如下。\n　　全年新建学校3所。\n　　妥否，请批示。\n\n××市教育局\n2025年1月10日\n';
const SUMMARY_AS_GENRE = '某某局2024年工作总结\n\n　　2024年，我局在市委、市政府的正确领导下，圆满完成了各项工作任务。\n';
const NOTICE_WITH_RECIPIENT = '××市公安局关于春节期间烟花爆竹燃放管理的通告\n\n各区公安分局：\n　　为维护公共安全，现就有关事项通告如下：\n　　一、禁止在市区范围内燃放烟花爆竹。\n　　特此通告。\n\n××市公安局\n2024年1月20日\n';
const REQUEST_TWO_RECIPIENTS = '××区教育局关于新建第二实验小学的请示\n\n区人民政府、区财政局：\n　　为满足适龄儿童入学需求，拟新建第二实验小学一所。\n　　妥否，请批示。\n\n××区教育局\n2024年3月5日\n';
const CORRECT_REQUEST = '××区教育局关于新建第二实验小学的请示\n\n区人民政府：\n　　为满足适龄儿童入学需求，拟新建第二实验小学一所，所需经费由区财政统筹安排。\n　　妥否，请批示。\n\n××区教育局\n2024年3月5日\n';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-cli-'));
}

describe('wenmi check', () => {
  it('prints path:line:col severity ruleId message and exits 1 on errors', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'a.txt'), REQUEST_AS_REPORT);
    const r = await run(['check', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.txt:1:16 error genre-doubled .+$/m);
    assert.match(r.stdout, /^a\.txt:5:3 warning closing-punctuation /m);
  });

  it('emits the JSON contract (version 1, 1-based line/column, UTF-16 offsets, fix or null)', async () => {
    const r = await run(['check', '--format', 'json', '-'], { stdin: REQUEST_AS_REPORT });
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    const file = json.files[0];
    assert.equal(file.path, '<stdin>');
    const doubled = file.findings.find((f: { ruleId: string }) => f.ruleId === 'genre-doubled');
    assert.deepEqual(doubled.range, { start: { line: 1, column: 16 }, end: { line: 1, column: 20 } });
    assert.deepEqual(doubled.offset, [15, 19]);
    assert.equal(doubled.fix, null);
    assert.equal(REQUEST_AS_REPORT.slice(15, 19), '请示报告');
    const punct = file.findings.find((f: { ruleId: string }) => f.ruleId === 'closing-punctuation');
    assert.deepEqual(punct.fix.text, '妥否，请批示。');
    assert.equal(REQUEST_AS_REPORT.slice(punct.fix.range[0], punct.fix.range[1]), '妥否？请批示！');
  });

  const acceptance: Array<[string, string, string]> = [
    ['a 请示 titled …的请示报告', REQUEST_AS_REPORT, 'genre-doubled'],
    ['a 报告 ending in 妥否，请批示', REPORT_WITH_REQUEST, 'genre-report-contains-request'],
    ['某某局2024年工作总结', SUMMARY_AS_GENRE, 'genre-nonstatutory'],
    ['a 通告 with a 主送机关', NOTICE_WITH_RECIPIENT, 'genre-announcement-scope'],
    ['a 请示 with two 主送机关', REQUEST_TWO_RECIPIENTS, 'route-upward-single-recipient'],
  ];
  for (const [name, text, ruleId] of acceptance) {
    it(`reports ${ruleId} on ${name} (stdin, json)`, async () => {
      const r = await run(['check', '--format', 'json', '-'], { stdin: text });
      const ids = JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
      assert.ok(ids.includes(ruleId), `${ruleId} in ${ids.join(', ')}`);
    });
  }

  it('reports nothing and exits 0 on a correct document', async () => {
    const r = await run(['check', '--format', 'json', '-'], { stdin: CORRECT_REQUEST });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(JSON.parse(r.stdout).files[0].findings, []);
  });

  it('walks directories for .txt .md .gw, skipping node_modules and other files', async () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'sub', 'b.gw'), REQUEST_AS_REPORT);
    fs.writeFileSync(path.join(dir, 'c.md'), CORRECT_REQUEST);
    fs.writeFileSync(path.join(dir, 'd.doc'), REQUEST_AS_REPORT);
    fs.writeFileSync(path.join(dir, 'node_modules', 'e.txt'), REQUEST_AS_REPORT);
    const r = await run(['check', '--format', 'json', '.'], { cwd: dir });
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, ['c.md', path.join('sub', 'b.gw')]);
  });

  it('leaves a README alone in auto mode but checks it with --detect always', async () => {
    const readme = '# My project\n\nInstall it with npm. 使用方法见下文.\n';
    const auto = await run(['check', '--format', 'json', '-'], { stdin: readme });
    assert.equal(JSON.parse(auto.stdout).files[0].linted, false);
    const always = await run(['check', '--format', 'json', '--detect', 'always', '-'], { stdin: readme });
    assert.equal(JSON.parse(always.stdout).files[0].linted, true);
  });

  it('--fix rewrites atomically, keeps permissions and prints what it changed', async () => {
    const dir = tmpdir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, REQUEST_AS_REPORT);
    fs.chmodSync(file, 0o640);
    const r = await run(['check', '--fix', 'a.txt'], { cwd: dir });
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(fixed.includes('妥否，请批示。') && !fixed.includes('妥否？请批示！'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.match(r.stdout, /a\.txt：已修正 \d+ 处/);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'no temp file left behind');
    // What is not fixable (the doubled genre) is still reported: exit 1.
    assert.equal(r.code, 1);
  });

  it('--fix --dry-run prints a unified diff and writes nothing', async () => {
    const dir = tmpdir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, REQUEST_AS_REPORT);
    const r = await run(['check', '--fix', '--dry-run', 'a.txt'], { cwd: dir });
    assert.equal(fs.readFileSync(file, 'utf8'), REQUEST_AS_REPORT);
    assert.match(r.stdout, /^--- a\/a\.txt/m);
    assert.match(r.stdout, /^-　　妥否？请批示！$/m);
    assert.match(r.stdout, /^\+　　妥否，请批示。$/m);
  });

  it('keeps a UTF-8 BOM and CRLF line breaks when fixing', async () => {
    const dir = tmpdir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '\ufeff' + REQUEST_AS_REPORT.replace(/\n/g, '\r\n'));
    await run(['check', '--fix', 'a.txt'], { cwd: dir });
    const out = fs.readFileSync(file, 'utf8');
    assert.ok(out.startsWith('\ufeff'));
    assert.ok(out.includes('妥否，请批示。\r\n'));
    assert.ok(!/[^\r]\n/.test(out), 'every line break is still CRLF');
  });

  it('refuses a file that is not UTF-8 (GBK) instead of destroying it with --fix', async () => {
    const dir = tmpdir();
    const file = path.join(dir, 'g.txt');
    // 通知 in GBK: bytes that are not valid UTF-8.
    const gbk = Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a]); // 关于 in GBK
    fs.writeFileSync(file, gbk);
    const r = await run(['check', '--fix', 'g.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /g\.txt.*不是 UTF-8/);
    assert.deepEqual(fs.readFileSync(file), gbk, 'bytes untouched');
  });

  it('--fix writes through a symlink and refuses a read-only file', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'target.txt'), REQUEST_AS_REPORT);
    fs.symlinkSync('target.txt', path.join(dir, 'link.txt'));
    await run(['check', '--fix', 'link.txt'], { cwd: dir });
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink(), 'the link stays a link');
    assert.ok(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8').includes('妥否，请批示。'));
    const ro = path.join(dir, 'ro.txt');
    fs.writeFileSync(ro, REQUEST_AS_REPORT);
    fs.chmodSync(ro, 0o444);
    const r = await run(['check', '--fix', 'ro.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ro\.txt: 写入失败，原文件未改动/);
    assert.equal(fs.readFileSync(ro, 'utf8'), REQUEST_AS_REPORT);
    assert.doesNotMatch(r.stdout, /ro\.txt：已修正/);
    assert.match(r.stdout, /ro\.txt:5:3 warning closing-punctuation/, 'findings of the unchanged text');
  });

  it('stdin: --fix --dry-run prints a diff, --fix --format json carries the fixed text, a BOM does not shift columns', async () => {
    const diff = await run(['check', '--fix', '--dry-run', '-'], { stdin: REQUEST_AS_REPORT });
    assert.match(diff.stdout, /^\+　　妥否，请批示。$/m);
    const json = await run(['check', '--fix', '--format', 'json', '-'], { stdin: REQUEST_AS_REPORT });
    assert.ok(JSON.parse(json.stdout).files[0].output.includes('妥否，请批示。'));
    const bom = await run(['check', '--format', 'json', '-'], { stdin: '\ufeff' + REQUEST_AS_REPORT });
    const f = JSON.parse(bom.stdout).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'genre-doubled');
    assert.deepEqual(f.range.start, { line: 1, column: 16 });
  });

  it('says when a file is not treated as a 公文', async () => {
    const r = await run(['check', '-'], { stdin: '# Notes\n\nSome text.\n' });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /未识别为公文.*--detect always/);
  });

  it('exits 2 with a clear message on bad usage or unreadable input', async () => {
    const bad = await run(['check', '--format', 'xml', '-'], { stdin: '' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be text or json/);
    const unknown = await run(['check', '--frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --frobnicate/);
    const missing = await run(['check', 'no/such/file.txt'], { cwd: tmpdir() });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no\/such\/file\.txt.*找不到/);
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const binary = await run(['check', 'bin.txt'], { cwd: dir });
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /bin\.txt.*不是文本文件/);
    const cmd = await run(['frob']);
    assert.equal(cmd.code, 2);
    assert.match(cmd.stderr, /unknown command "frob"/);
  });

  it('prints usage for --help and the version for --version', async () => {
    const h = await run(['check', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /wenmi check \[paths… \| -\]/);
    const v = await run(['--version']);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
