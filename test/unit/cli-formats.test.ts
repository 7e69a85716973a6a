/**
 * `wenmi check --format sarif|rdjson|github` (issue 11): SARIF validated against the published SARIF 2.1.0 schema
 * (vendored: test/fixtures/schemas), reviewdog's rdjson and GitHub workflow commands with their positions and escapes.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/io';

const DRAFT = '××市水务局关于增拨防汛经费的请示报告\n\n市人民政府:\n\n　　今年入汛以来降雨偏多，特此报告！\n\n　　妥否？请批示！\n\n××市水务局\n2024年6月3日\n';

async function run(format: string, files: Record<string, string> = { '请示.txt': DRAFT }): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wenmi-formats-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out: string[] = [];
  const code = await main(['check', ...Object.keys(files), '--format', format], { ...nodeIO(), cwd: dir, stdout: (s: string) => void out.push(s), stderr: () => {} });
  return { code, out: out.join('') };
}

describe('wenmi check: CI formats', function () {
  this.timeout(30_000);

  it('sarif: valid against the SARIF 2.1.0 schema; rules with help links, results with regions in characters and fixes', async () => {
    const { code, out } = await run('sarif', { '请示.txt': DRAFT, '子目录-通知.txt': '关于放假的通知\n\n各科室：\n　　放假安排如下。\n　　特此通知。\n\n办公室\n2024年1月5日\n' });
    assert.equal(code, 1);
    const sarif = JSON.parse(out);
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate({ ...sarif }), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'Wenmi');
    assert.equal(run0.columnKind, 'unicodeCodePoints');
    const colon = run0.results.find((r: { ruleId: string }) => r.ruleId === 'recipient-colon');
    assert.deepEqual(colon.locations[0].physicalLocation.region, { startLine: 3, startColumn: 6, endLine: 3, endColumn: 7 });
    assert.equal(colon.locations[0].physicalLocation.artifactLocation.uri, encodeURIComponent('请示.txt'));
    assert.equal(colon.level, 'error');
    // (The fix rewrites the name's last character with the colon: 府: → 府：.)
    assert.deepEqual(colon.fixes[0].artifactChanges[0].replacements[0], { deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 7 }, insertedContent: { text: '府：' } });
    const rule = run0.tool.driver.rules[colon.ruleIndex];
    assert.equal(rule.id, 'recipient-colon');
    assert.match(rule.helpUri, /^https?:\/\/.+#recipient-colon$/);
    assert.ok(run0.results.length >= 4);
  });

  it('rdjson: one diagnostic per finding, with its code, link, range and suggestions', async () => {
    const { out } = await run('rdjson');
    const rd = JSON.parse(out);
    assert.equal(rd.source.name, 'wenmi');
    const colon = rd.diagnostics.find((d: { code: { value: string } }) => d.code.value === 'recipient-colon');
    assert.deepEqual(colon.location, { path: '请示.txt', range: { start: { line: 3, column: 6 }, end: { line: 3, column: 7 } } });
    assert.equal(colon.severity, 'ERROR');
    assert.deepEqual(colon.suggestions, [{ range: { start: { line: 3, column: 5 }, end: { line: 3, column: 7 } }, text: '府：' }]);
    for (const d of rd.diagnostics) assert.ok(['ERROR', 'WARNING', 'INFO'].includes(d.severity) && d.message && d.location.range.start.line >= 1);
  });

  it('github: one workflow command per finding, severity as error/warning/notice, properties escaped', async () => {
    const { out } = await run('github', { 'a,b:请示.txt': DRAFT });
    const lines = out.trim().split('\n');
    assert.ok(lines.length >= 4);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=a%2Cb%3A请示\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=wenmi [a-z-]+::[^\n]+$/);
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=wenmi recipient-colon') && l.includes('line=3,col=6')));
  });

  it('a large folder shows its progress on a terminal (stderr, rewritten in place), never in a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-progress-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `草稿${i}.txt`), DRAFT);
    for (const tty of [true, false]) {
      const err: string[] = [];
      await main(['check', '.', '--format', 'json'], { ...nodeIO(), cwd: dir, stdout: () => {}, stderr: (s: string) => void err.push(s), isStderrTTY: tty });
      const text = err.join('');
      if (tty) {
        assert.match(text, /\r检查中 25\/60 个文件…/);
        assert.match(text, /\r检查中 60\/60 个文件…/);
        assert.ok(text.endsWith('\r\x1b[K'), 'the line is cleared at the end');
      } else assert.ok(!text.includes('检查中'), 'nothing in a pipe');
    }
  });

  it('an unknown format is bad usage (exit 2)', async () => {
    assert.equal((await run('xml')).code, 2);
  });
});
