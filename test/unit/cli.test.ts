/** The CLI on the same core: output formats, exit codes, stdin, directory walk, --fix and --dry-run. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { defaultThreads, lintAll, lintFile } from '../../src/cli/lintFiles';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], opts: { cwd?: string; stdin?: string | Uint8Array } = {}): Promise<Run> {
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

  it('says when all is well: the summary line on a clean file too', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'ok.txt'), CORRECT_REQUEST);
    const r = await run(['check', 'ok.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '1 个文件，0 个错误，0 个警告，0 个提示\n');
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

  describe('globs, folders and .gitignore', () => {
    it('a quoted glob is expanded by the CLI, in sorted order, and skips what .gitignore names', async () => {
      const dir = tmpdir();
      fs.mkdirSync(path.join(dir, 'drafts', 'a'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'drafts', 'old'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'drafts', 'a', 'x.txt'), REQUEST_AS_REPORT);
      fs.writeFileSync(path.join(dir, 'drafts', 'b.txt'), REPORT_WITH_REQUEST);
      fs.writeFileSync(path.join(dir, 'drafts', 'old', 'y.txt'), REQUEST_AS_REPORT);
      fs.writeFileSync(path.join(dir, '.gitignore'), 'drafts/old/\n');
      const r = await run(['check', '--format', 'json', 'drafts/**/*.txt'], { cwd: dir });
      const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
      assert.deepEqual(paths, [path.join('drafts', 'a', 'x.txt'), path.join('drafts', 'b.txt')]);
      // A folder walk honours the same .gitignore; a file named on the command line is checked anyway.
      const walked = JSON.parse((await run(['check', '--format', 'json', 'drafts'], { cwd: dir })).stdout).files.map((f: { path: string }) => f.path);
      assert.ok(!walked.some((p: string) => p.includes('old')), walked.join());
      const named = JSON.parse((await run(['check', '--format', 'json', 'drafts/old/y.txt'], { cwd: dir })).stdout).files;
      assert.equal(named.length, 1);
    });

    it('an empty folder or a glob that matches nothing says so and exits 3', async () => {
      const dir = tmpdir();
      fs.mkdirSync(path.join(dir, 'empty'));
      const e = await run(['check', 'empty'], { cwd: dir });
      assert.equal(e.code, 3);
      assert.match(e.stderr, /“empty”中没有可检查的公文草稿/);
      const g = await run(['check', 'nothing/**/*.gw'], { cwd: dir });
      assert.equal(g.code, 3);
      assert.match(g.stderr, /nothing\/\*\*\/\*\.gw/);
      const missing = await run(['check', 'no-such-file.txt'], { cwd: dir });
      assert.equal(missing.code, 2, 'a path that does not exist is bad input, not an empty selection');
    });
  });

  describe('many files on worker threads', function () {
    this.timeout(60_000);
    const TEXTS = [REQUEST_AS_REPORT, REPORT_WITH_REQUEST, SUMMARY_AS_GENRE, NOTICE_WITH_RECIPIENT, REQUEST_TWO_RECIPIENTS, CORRECT_REQUEST];
    const folder = () => {
      const dir = tmpdir();
      for (let i = 0; i < 60; i++) {
        const sub = path.join(dir, `d${i % 3}`);
        fs.mkdirSync(sub, { recursive: true });
        fs.writeFileSync(path.join(sub, `f${String(i).padStart(2, '0')}.txt`), TEXTS[i % TEXTS.length]);
      }
      fs.writeFileSync(path.join(dir, 'd1', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
      return dir;
    };

    it('--jobs 2 gives the same output, exit code and messages, in the same order, as --jobs 1', async () => {
      const dir = folder();
      for (const format of ['json', 'text']) {
        const one = await run(['check', '--jobs', '1', '--format', format, '.'], { cwd: dir });
        const two = await run(['check', '--jobs', '2', '--format', format, '.'], { cwd: dir });
        assert.equal(two.code, one.code);
        assert.equal(two.stdout, one.stdout);
        assert.equal(two.stderr, one.stderr);
      }
      const json = JSON.parse((await run(['check', '--jobs', '2', '--format', 'json', '.'], { cwd: dir })).stdout);
      assert.equal(json.files.length, 60, 'every readable file reported once');
      assert.ok(json.files.some((f: { findings: Array<{ ruleId: string }> }) => f.findings.some((x) => x.ruleId === 'genre-doubled')));
    });

    it('--fix on threads writes the same files as on the main thread', async () => {
      const a = folder();
      const b = folder();
      await run(['check', '--jobs', '1', '--fix', '.'], { cwd: a });
      await run(['check', '--jobs', '2', '--fix', '.'], { cwd: b });
      for (const sub of ['d0', 'd1', 'd2']) {
        for (const f of fs.readdirSync(path.join(a, sub))) assert.deepEqual(fs.readFileSync(path.join(b, sub, f)), fs.readFileSync(path.join(a, sub, f)), f);
      }
      assert.ok(fs.readFileSync(path.join(a, 'd0', 'f00.txt'), 'utf8').includes('妥否，请批示。'), 'the fixes were written');
    });

    it('the workers really lint (not the main thread in their place), and their reports equal the main thread\'s', async () => {
      const jobs = Array.from({ length: 60 }, (_, i) => ({ label: `f${i}.txt`, text: TEXTS[i % TEXTS.length], config: { rules: {}, terms: [], detect: 'auto' as const }, detect: 'auto' as const, fix: i % 2 === 0 }));
      const stats = { byWorkers: 0 };
      const parallel = await lintAll(jobs, 2, stats);
      assert.ok(stats.byWorkers > 0, 'a worker linted some of the files');
      assert.deepEqual(parallel, jobs.map(lintFile));
    });

    it('uses worker threads by default from three cores up (on two a worker costs more than it gives)', () => {
      assert.equal(defaultThreads(1), 1);
      assert.equal(defaultThreads(2), 1);
      assert.equal(defaultThreads(4), 4);
      assert.equal(defaultThreads(64), 8);
    });

    it('rejects a --jobs that is not a whole number from 1', async () => {
      for (const bad of ['0', '-1', 'two', '1.5']) {
        const r = await run(['check', '--jobs', bad, '.'], { cwd: tmpdir() });
        assert.equal(r.code, 2, bad);
        assert.match(r.stderr, /--jobs/);
      }
    });
  });

  it('the bundled CLI (dist/cli.js, built by npm test) expands a glob and reads a GBK file as the source does', function () {
    const bin = path.join(__dirname, '..', '..', 'bin', 'wenmi.js');
    if (!fs.existsSync(path.join(__dirname, '..', '..', 'dist', 'cli.js'))) this.skip();
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'd'));
    fs.writeFileSync(path.join(dir, 'd', 'g.txt'), iconv.encode(REQUEST_AS_REPORT, 'gb18030'));
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', 'd/*.txt'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files;
    assert.equal(files.length, 1);
    assert.ok(files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'genre-doubled'));
    // The bundle lints a large folder on worker threads (the worker is dist/cli.js itself) with the same output.
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, 'd', `m${i}.txt`), i % 2 ? REQUEST_AS_REPORT : CORRECT_REQUEST);
    const one = spawnSync(process.execPath, [bin, 'check', '--jobs', '1', '--format', 'json', 'd'], { cwd: dir, encoding: 'utf8' });
    const two = spawnSync(process.execPath, [bin, 'check', '--jobs', '2', '--format', 'json', 'd'], { cwd: dir, encoding: 'utf8' });
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(JSON.parse(two.stdout).files.length, 41);
  });

  describe('encodings', () => {
    const gb = (text: string) => iconv.encode(text, 'gb18030');
    const utf16 = (text: string, le: boolean) => {
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
    };
    const fixed = REQUEST_AS_REPORT.replace('妥否？请批示！', '妥否，请批示。');

    it('a GBK/GB18030 file is checked, and --fix writes it back in GB18030, not UTF-8', async () => {
      const dir = tmpdir();
      const file = path.join(dir, 'g.txt');
      fs.writeFileSync(file, gb(REQUEST_AS_REPORT));
      const r = await run(['check', 'g.txt'], { cwd: dir });
      assert.match(r.stdout, /genre-doubled/);
      await run(['check', '--fix', 'g.txt'], { cwd: dir });
      const bytes = fs.readFileSync(file);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'still not UTF-8');
      assert.equal(new TextDecoder('gb18030').decode(bytes), fixed);
    });

    for (const le of [true, false]) {
      it(`a UTF-16 ${le ? 'LE' : 'BE'} file with a BOM is checked and written back with its BOM`, async () => {
        const dir = tmpdir();
        const file = path.join(dir, 'u.txt');
        fs.writeFileSync(file, utf16(REQUEST_AS_REPORT, le));
        const r = await run(['check', 'u.txt'], { cwd: dir });
        assert.match(r.stdout, /genre-doubled/);
        await run(['check', '--fix', 'u.txt'], { cwd: dir });
        assert.deepEqual(fs.readFileSync(file), utf16(fixed, le));
      });
    }

    it('a binary or undecodable file is refused and left as it was; --encoding forces a reading', async () => {
      const dir = tmpdir();
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
      fs.writeFileSync(path.join(dir, 'p.txt'), png);
      const bad = Buffer.from([0xff, 0xff, 0x41, 0x80, 0xff]);
      fs.writeFileSync(path.join(dir, 'b.txt'), bad);
      const r = await run(['check', '--fix', 'p.txt', 'b.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /p\.txt.*NUL/);
      assert.match(r.stderr, /b\.txt.*无法识别的文本编码/);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'p.txt')), png);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'b.txt')), bad);
      fs.writeFileSync(path.join(dir, 'g.txt'), gb(REQUEST_AS_REPORT));
      assert.match((await run(['check', '--encoding', 'gbk', 'g.txt'], { cwd: dir })).stdout, /genre-doubled/);
      const u = await run(['check', '--encoding', 'utf-8', 'g.txt'], { cwd: dir });
      assert.equal(u.code, 2);
      assert.match(u.stderr, /不是 UTF-8/);
      const bogus = await run(['check', '--encoding', 'latin9', 'g.txt'], { cwd: dir });
      assert.equal(bogus.code, 2);
      assert.match(bogus.stderr, /--encoding/);
    });

    it('standard input gets the same checks: GBK is decoded, binary is refused', async () => {
      const ok = await run(['check', '-'], { stdin: gb(REQUEST_AS_REPORT) });
      assert.match(ok.stdout, /genre-doubled/);
      const bin = await run(['check', '-'], { stdin: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
      assert.equal(bin.code, 2);
      assert.match(bin.stderr, /NUL/);
    });
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
    assert.match(bad.stderr, /--format must be text, json, sarif, rdjson or github/);
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
