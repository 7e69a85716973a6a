/**
 * Broken configuration files and packs: each problem gets one clear error with the file, line and
 * column; what is valid keeps working; nothing throws, nothing is executed.
 */
import { strict as assert } from 'node:assert';
import { resolvePack, resolveProject, type ConfigError, type ProjectResult } from '../../../src/core/project';
import { manifest, memFs } from './helpers';

async function project(files: Record<string, string>, doc = '/ws/d.txt'): Promise<ProjectResult> {
  return resolveProject({ fs: memFs(files), documentPath: doc, workspaceRoot: '/ws' });
}

/** Exactly one error, in `path`, on `line`, whose message contains every fragment. */
function oneError(r: ProjectResult, path: string, line: number, ...fragments: string[]): ConfigError {
  assert.equal(r.errors.length, 1, `one error, got:\n${r.errors.map((e) => `${e.path}:${e.line}: ${e.message}`).join('\n')}`);
  const e = r.errors[0];
  assert.equal(e.path, path);
  assert.equal(e.line, line, `line of: ${e.message}`);
  assert.ok(e.column >= 1 && e.endLine >= e.line);
  for (const f of fragments) assert.ok(e.message.includes(f), `“${e.message}” mentions “${f}”`);
  assert.ok(/[\u4e00-\u9fff]/.test(e.message), 'the message is Chinese');
  return e;
}

const RC = '/ws/.wenmirc.json';
const PACK = '/ws/p/wenmi-pack.json';

describe('bad input: .wenmirc.json', () => {
  it('invalid JSON (an unclosed object): one syntax error at the end, the file is skipped', async () => {
    const r = await project({ [RC]: '{\n  "rules": {\n    "terms": "off"\n  }\n' });
    oneError(r, RC, 5, 'JSON 语法错误', '}');
    assert.deepEqual(r.resources.config.rules, {});
  });

  it('invalid JSON (a missing comma): the line of the second item', async () => {
    const r = await project({ [RC]: '{\n  "detect": "always"\n  "rules": {}\n}' });
    const e = oneError(r, RC, 3, '逗号');
    assert.equal(e.column, 3);
  });

  it('a wrong type: packs written as a string', async () => {
    const r = await project({ [RC]: '{\n  "packs": "./p",\n  "detect": "never"\n}' });
    const e = oneError(r, RC, 2, '“packs”', '数组', '字符串');
    assert.equal(e.column, 12);
    assert.equal(r.resources.config.detect, 'never', 'the rest of the file still applies');
  });

  it('a wrong severity value', async () => {
    const r = await project({ [RC]: '{\n  "rules": {\n    "terms": "fatal"\n  }\n}' });
    oneError(r, RC, 3, '“rules.terms”', '“fatal”', 'off', 'error');
  });

  it('a rule setting of the wrong type', async () => {
    const r = await project({ [RC]: '{\n  "rules": {\n    "terms": 3\n  }\n}' });
    oneError(r, RC, 3, '“rules.terms”', '数字');
  });

  it('an unknown rule id: reported, the other rules of the object still apply', async () => {
    const r = await project({ [RC]: '{\n  "rules": {\n    "genre-doubled": "off",\n    "no-such-rule": "error"\n  }\n}' });
    const e = oneError(r, RC, 4, '没有 id 为“no-such-rule”的规则');
    assert.equal(e.column, 5);
    assert.deepEqual(r.resources.config.rules, { 'genre-doubled': { severity: 'off' } });
  });

  it('an unknown key (a typo of "rules")', async () => {
    const r = await project({ [RC]: '{\n  "rule": { "terms": "off" }\n}' });
    oneError(r, RC, 2, '“rule”', 'packs', 'rules', 'terms', 'organization');
  });

  it('a term without "right": that term is dropped, the others kept', async () => {
    const r = await project({ [RC]: '{\n  "terms": [\n    { "wrong": "做为" },\n    { "wrong": "其它", "right": "其他" }\n  ]\n}' });
    oneError(r, RC, 3, '“terms[0]”', '“right”');
    assert.deepEqual(r.resources.config.terms.map((t) => t.wrong), ['其它']);
  });

  it('a term whose context guard is no regular expression: that term is dropped with the reason, the others kept', async () => {
    const r = await project({ [RC]: '{\n  "terms": [\n    { "wrong": "途径", "right": "途经", "after": "(?:我县" },\n    { "wrong": "其它", "right": "其他", "before": "[^不]" }\n  ]\n}' });
    oneError(r, RC, 3, '“terms[0].after”', '正则表达式');
    assert.deepEqual(r.resources.config.terms.map((t) => t.wrong), ['其它']);
  });

  it('an organization field of the wrong type', async () => {
    const r = await project({ [RC]: '{\n  "organization": {\n    "name": "某某市教育局",\n    "superiors": "某某市人民政府"\n  }\n}' });
    oneError(r, RC, 4, '“organization.superiors”', '数组');
    assert.deepEqual(r.resources.config.organization, { name: '某某市教育局' });
  });

  it('a key written twice', async () => {
    const r = await project({ [RC]: '{\n  "detect": "auto",\n  "detect": "never"\n}' });
    oneError(r, RC, 3, '重复');
  });

  it('an empty file, comments only, or a BOM: no error', async () => {
    for (const text of ['', '  \n', '// 只有注释\n', '\ufeff{ "detect": "never" }']) {
      const r = await project({ [RC]: text });
      assert.deepEqual(r.errors, [], JSON.stringify(text));
    }
    assert.equal((await project({ [RC]: '\ufeff{ "detect": "never" }' })).resources.config.detect, 'never');
  });

  it('not an object at all', async () => {
    const r = await project({ [RC]: '["./p"]' });
    oneError(r, RC, 1, '文件顶层', '对象');
  });
});

describe('bad input: packs', () => {
  it('a pack folder that does not exist: the error is on the packs entry', async () => {
    const r = await project({ [RC]: '{\n  "packs": [\n    "./nope"\n  ]\n}' });
    const e = oneError(r, RC, 3, '找不到规范包“./nope”', '/ws/nope/wenmi-pack.json');
    assert.equal(e.column, 5);
  });

  it('a folder without wenmi-pack.json', async () => {
    const r = await project({ [RC]: '{ "packs": ["./docs"] }', '/ws/docs/readme.txt': 'x' });
    oneError(r, RC, 1, '不是规范包', 'wenmi-pack.json');
  });

  it('an npm package that is not installed: nothing is fetched', async () => {
    const r = await project({ [RC]: '{\n  "packs": ["@office/style"]\n}' });
    oneError(r, RC, 2, '@office/style', '/ws/node_modules', '不会从网络下载');
  });

  it('a missing snippets file: the error is on its name in the manifest', async () => {
    const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ snippets: 'snippets.json', rules: { terms: 'off' } }) });
    oneError(r, PACK, 4, '找不到文件“snippets.json”', '/ws/p/snippets.json');
    assert.equal(r.resources.config.rules.terms?.severity, 'off', 'the rest of the pack still applies');
  });

  it('a missing template file, terms file or tests file', async () => {
    for (const [key, value] of [['templates', ['t/a.json']], ['terms', 'terms.json'], ['tests', 'tests.json']] as const) {
      const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ [key]: value }) });
      const e = oneError(r, PACK, key === 'templates' ? 5 : 4, '找不到文件');
      assert.ok(e.message.includes(Array.isArray(value) ? value[0] : value));
    }
  });

  it('a cycle: a → b → a is reported at the entry that closes it', async () => {
    const r = await project({
      [RC]: '{ "packs": ["./a"] }',
      '/ws/a/wenmi-pack.json': manifest({ extends: ['../b'] }, 'a'),
      '/ws/b/wenmi-pack.json': manifest({ extends: ['../a'] }, 'b'),
    });
    oneError(r, '/ws/b/wenmi-pack.json', 5, '循环引用', 'a → b → a');
    assert.deepEqual(r.packs.map((p) => p.name), ['b', 'a'], 'both packs still load');
  });

  it('a pack that extends itself', async () => {
    const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ extends: ['./'] }) });
    oneError(r, PACK, 5, '循环引用');
  });

  it('a snippet body that is neither a string nor an array of strings', async () => {
    const r = await project({
      [RC]: '{ "packs": ["./p"] }',
      [PACK]: manifest({ snippets: 's.json' }),
      '/ws/p/s.json': '{\n  "好": { "prefix": "h", "body": "好" },\n  "坏": {\n    "prefix": "b",\n    "body": 42\n  }\n}',
    });
    oneError(r, '/ws/p/s.json', 5, '“坏.body”', '字符串', '数组');
    assert.deepEqual(r.resources.snippets.map((s) => s.name), ['好'], 'the valid snippet is kept');
  });

  it('a snippet body array with a non-string line, and a snippet without a body', async () => {
    const r = await project({
      [RC]: '{ "packs": ["./p"] }',
      [PACK]: manifest({ snippets: 's.json' }),
      '/ws/p/s.json': '{\n  "a": { "body": ["第一行", 2] },\n  "b": { "prefix": "b" }\n}',
    });
    assert.deepEqual(r.errors.map((e) => [e.line, e.message.includes('“a.body[1]”') || e.message.includes('“body”')]), [[2, true], [3, true]]);
    assert.deepEqual(r.resources.snippets, []);
  });

  it('a snippet limited to a 文种 that does not exist', async () => {
    const r = await project({
      [RC]: '{ "packs": ["./p"] }',
      [PACK]: manifest({ snippets: 's.json' }),
      '/ws/p/s.json': '{ "a": { "body": "x", "genres": ["请求"] } }',
    });
    oneError(r, '/ws/p/s.json', 1, '“请求”', '请示');
  });

  it('a manifest without name: the pack is not loaded', async () => {
    const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: '{\n  "version": "1.0.0",\n  "rules": { "terms": "off" }\n}' });
    oneError(r, PACK, 1, '缺少必填项“name”');
    assert.deepEqual(r.packs, []);
    assert.deepEqual(r.resources.config.rules, {});
  });

  it('a template file with invalid JSON', async () => {
    const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ templates: 't.json' }), '/ws/p/t.json': '{ "id": "x",, }' });
    oneError(r, '/ws/p/t.json', 1, 'JSON 语法错误');
    assert.deepEqual(r.resources.templates, []);
  });

  it('a file outside the pack folder is refused', async () => {
    const r = await project({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ snippets: '../secret.json' }), '/ws/secret.json': '{}' });
    oneError(r, PACK, 4, '规范包文件夹之外');
  });

  it('packs are data only: a "main" script is an unknown key, and it is never read', async () => {
    const fs = memFs({ [RC]: '{ "packs": ["./p"] }', [PACK]: manifest({ main: 'index.js' }), '/ws/p/index.js': 'throw new Error("executed")' });
    const r = await resolveProject({ fs, documentPath: '/ws/d.txt', workspaceRoot: '/ws' });
    oneError(r, PACK, 4, '“main”');
    assert.ok(!fs.reads.some((p) => p.endsWith('.js')), 'no script was even read');
  });
});

describe('bad input: pack tests', () => {
  const packWith = (tests: unknown) => resolvePack({ fs: memFs({ [PACK]: manifest({ tests }) }), dir: '/ws/p' });

  it('a test without input', async () => {
    oneError(await packWith([{ name: '无输入', expect: ['terms'] }]), PACK, 5, '“无输入”', 'text', 'file');
  });
  it('a test with both text and file', async () => {
    oneError(await packWith([{ text: 'x', file: 'a.txt', expect: ['terms'] }]), PACK, 5, '二选一');
  });
  it('a test that checks nothing', async () => {
    oneError(await packWith([{ text: 'x' }]), PACK, 5, 'expect', 'fixed');
  });
  it('a test expecting an unknown rule id', async () => {
    oneError(await packWith([{ text: 'x', expect: ['no-such-rule'] }]), PACK, 8, '“no-such-rule”');
  });
  it('a test whose input file is missing', async () => {
    oneError(await packWith([{ file: 'in.txt', expect: ['terms'] }]), PACK, 6, '“in.txt”');
  });
  it('a folder without wenmi-pack.json', async () => {
    const r = await resolvePack({ fs: memFs({ '/ws/p/readme.txt': 'x' }), dir: '/ws/p' });
    oneError(r, PACK, 1, '不是规范包');
    assert.equal(r.pack, undefined);
  });
});
