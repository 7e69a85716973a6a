/** Discovery, packs and layering of the project configuration (src/core/project), on in-memory file systems. */
import { strict as assert } from 'node:assert';
import { applySettings, ProjectLoader, resolvePack, resolveProject, type ProjectResult } from '../../../src/core/project';
import { manifest, memFs } from './helpers';

const rc = (v: unknown) => JSON.stringify(v, null, 2);
const severityOf = (r: ProjectResult, id: string) => r.resources.config.rules[id]?.severity;

describe('project configuration: layering', () => {
  // Each rule is set by a different number of layers, so one resolution shows the whole order.
  const files = {
    '/ws/.wenmirc.json': rc({
      packs: ['./packs/a', './packs/b'],
      rules: { 'genre-doubled': 'error', terms: 'error', 'signature-block': 'error' },
      detect: 'always',
      organization: { code: '远' },
    }),
    '/ws/docs/.wenmirc.json': rc({
      rules: { 'genre-doubled': 'info', terms: 'info' },
      terms: [{ wrong: '其它', right: '其他（近处）' }],
    }),
    '/ws/packs/a/wenmi-pack.json': manifest(
      {
        rules: {
          'genre-doubled': 'warning', terms: 'warning', 'signature-block': 'warning', 'docno-org-code': 'warning',
          'genre-request-vs-letter': { severity: 'info', options: { a: 1, shared: 'a' } },
        },
        terms: [{ wrong: '其它', right: '其他（包 a）' }, { wrong: '做为', right: '作为' }],
        organization: { name: '某某市教育局', code: '包' },
        detect: 'never',
      },
      'a',
    ),
    '/ws/packs/b/wenmi-pack.json': manifest(
      {
        rules: {
          'genre-doubled': 'info', terms: 'info', 'signature-block': 'info', 'docno-org-code': 'error',
          'genre-request-vs-letter': { options: { b: 2, shared: 'b' } },
        },
      },
      'b',
    ),
  };
  const settings = { rules: { 'genre-doubled': { severity: 'warning' as const } } };

  it('built-in defaults < packs in the order listed < .wenmirc.json (farther < nearer) < settings', async () => {
    const r = await resolveProject({ fs: memFs(files), documentPath: '/ws/docs/d.txt', workspaceRoot: '/ws', settings });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.layers.map((l) => `${l.layer}:${l.label}`), [
      'default:内置默认', 'pack:规范包 a@1.0.0', 'pack:规范包 b@1.0.0', 'file:.wenmirc.json', 'file:docs/.wenmirc.json', 'settings:VS Code 设置',
    ]);
    assert.equal(severityOf(r, 'genre-doubled'), 'warning', 'set by all five layers: the settings win');
    assert.equal(severityOf(r, 'terms'), 'info', 'set by packs and both files: the nearer file wins');
    assert.equal(severityOf(r, 'signature-block'), 'error', 'set by packs and the farther file: the file wins');
    assert.equal(severityOf(r, 'docno-org-code'), 'error', 'set by both packs: the later pack wins');
    assert.equal(r.resources.config.rules['route-upward-no-cc-subordinate'], undefined, 'set by nobody: the default');
    // Options merge key by key; a layer that sets only options keeps the severity below it.
    assert.deepEqual(r.resources.config.rules['genre-request-vs-letter'], { severity: 'info', options: { a: 1, b: 2, shared: 'b' } });
    assert.equal(r.resources.config.detect, 'always', 'the file over the pack');
    assert.deepEqual(r.resources.config.terms.find((t) => t.wrong === '其它')?.right, '其他（近处）');
    assert.ok(r.resources.config.terms.some((t) => t.wrong === '做为'), 'terms of lower layers stay');
    assert.deepEqual(r.resources.config.organization, { name: '某某市教育局', code: '远' }, 'organization merges field by field');
    // Where each value came from.
    assert.equal(r.sources['rules.genre-doubled'].layer, 'settings');
    assert.equal(r.sources['rules.terms'].path, '/ws/docs/.wenmirc.json');
    assert.equal(r.sources['rules.signature-block'].path, '/ws/.wenmirc.json');
    assert.equal(r.sources['rules.docno-org-code'].label, '规范包 b@1.0.0');
    assert.equal(r.sources['organization.name'].path, '/ws/packs/a/wenmi-pack.json');
    assert.equal(r.sources['organization.code'].path, '/ws/.wenmirc.json');
    assert.equal(r.sources['terms.其它'].path, '/ws/docs/.wenmirc.json');
    assert.equal(r.sources.detect.path, '/ws/.wenmirc.json');
  });

  it('without settings the files are the top layer; applySettings puts the settings back on top', async () => {
    const base = await resolveProject({ fs: memFs(files), documentPath: '/ws/docs/d.txt', workspaceRoot: '/ws' });
    assert.equal(severityOf(base, 'genre-doubled'), 'info');
    const withSettings = applySettings(base, { rules: { 'genre-doubled': { severity: 'off' } }, detect: 'never' });
    assert.equal(severityOf(withSettings, 'genre-doubled'), 'off');
    assert.equal(withSettings.resources.config.detect, 'never');
    assert.equal(withSettings.sources.detect.layer, 'settings');
    assert.equal(withSettings.sources['rules.terms'].path, '/ws/docs/.wenmirc.json', 'other sources are kept');
    assert.equal(severityOf(base, 'genre-doubled'), 'info', 'the base is not modified');
  });

  it('a term with severity "off" in a higher layer removes the term of a lower one', async () => {
    const fs = memFs({
      '/ws/.wenmirc.json': rc({ packs: ['./p'], terms: [{ wrong: '做为', right: '作为', severity: 'off' }] }),
      '/ws/p/wenmi-pack.json': manifest({ terms: [{ wrong: '做为', right: '作为' }, { wrong: '其它', right: '其他' }] }),
    });
    const r = await resolveProject({ fs, documentPath: '/ws/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.resources.config.terms.map((t) => t.wrong), ['其它']);
  });
});

describe('project configuration: discovery', () => {
  it('from the document’s folder up to the workspace root; files above the root are ignored', async () => {
    const fs = memFs({
      '/.wenmirc.json': rc({ rules: { terms: 'error' } }),
      '/ws/.wenmirc.json': rc({ rules: { 'genre-doubled': 'info' } }),
      '/ws/a/b/.wenmirc.json': rc({ rules: { 'genre-doubled': 'off' } }),
    });
    const deep = await resolveProject({ fs, documentPath: '/ws/a/b/c/doc.txt', workspaceRoot: '/ws' });
    assert.deepEqual(deep.configFiles, ['/ws/.wenmirc.json', '/ws/a/b/.wenmirc.json']);
    assert.equal(severityOf(deep, 'genre-doubled'), 'off');
    assert.equal(severityOf(deep, 'terms'), undefined, '/.wenmirc.json is above the workspace root');
    const shallow = await resolveProject({ fs, documentPath: '/ws/a/doc.txt', workspaceRoot: '/ws' });
    assert.equal(severityOf(shallow, 'genre-doubled'), 'info');
    assert.ok(deep.files.includes('/ws/a/b/c/.wenmirc.json'), 'missing locations are listed too (to watch them)');
  });

  it('"root": true stops the search', async () => {
    const fs = memFs({
      '/ws/.wenmirc.json': rc({ rules: { terms: 'error' } }),
      '/ws/sub/.wenmirc.json': rc({ root: true, rules: { 'genre-doubled': 'off' } }),
    });
    const r = await resolveProject({ fs, documentPath: '/ws/sub/x/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.configFiles, ['/ws/sub/.wenmirc.json']);
    assert.equal(severityOf(r, 'terms'), undefined);
  });

  it('a document outside the workspace root only gets its own folder’s file', async () => {
    const fs = memFs({ '/ws/.wenmirc.json': rc({ rules: { terms: 'error' } }), '/tmp/.wenmirc.json': rc({ detect: 'never' }) });
    const r = await resolveProject({ fs, documentPath: '/tmp/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.configFiles, ['/tmp/.wenmirc.json']);
  });

  it('without a document: defaults (and settings) only', async () => {
    const r = await resolveProject({ fs: memFs({}), settings: { detect: 'never' } });
    assert.deepEqual(r.configFiles, []);
    assert.equal(r.resources.config.detect, 'never');
  });

  it('Windows paths (C:\\…) and VS Code URI paths (/c:/…) work the same', async () => {
    const files = {
      'C:/ws/.wenmirc.json': rc({ packs: ['.\\packs\\a'], rules: { terms: 'info' } }),
      'C:/ws/packs/a/wenmi-pack.json': manifest({ terms: [{ wrong: '做为', right: '作为' }] }),
    };
    const win = await resolveProject({ fs: memFs(files), documentPath: 'C:\\ws\\docs\\d.txt', workspaceRoot: 'C:\\ws' });
    assert.deepEqual(win.errors, []);
    assert.deepEqual(win.configFiles, ['C:/ws/.wenmirc.json']);
    assert.equal(win.resources.config.terms.length, 1);
    const uriFiles = Object.fromEntries(Object.entries(files).map(([k, v]) => ['/c:' + k.slice(2), v]));
    const uri = await resolveProject({ fs: memFs(uriFiles), documentPath: '/c:/ws/docs/d.txt', workspaceRoot: '/c:/ws' });
    assert.deepEqual(uri.errors, []);
    assert.equal(uri.resources.config.terms.length, 1);
  });

  it('a shared loader reads each file once until invalidated', async () => {
    const fs = memFs({ '/ws/.wenmirc.json': rc({ rules: { terms: 'error' } }) });
    const loader = new ProjectLoader(fs);
    await resolveProject({ loader, documentPath: '/ws/a.txt', workspaceRoot: '/ws' });
    await resolveProject({ loader, documentPath: '/ws/b.txt', workspaceRoot: '/ws' });
    assert.equal(fs.reads.filter((p) => p === '/ws/.wenmirc.json').length, 1);
    fs.files['/ws/.wenmirc.json'] = rc({ rules: { terms: 'off' } });
    loader.invalidate('/ws/.wenmirc.json');
    const r = await resolveProject({ loader, documentPath: '/ws/a.txt', workspaceRoot: '/ws' });
    assert.equal(severityOf(r, 'terms'), 'off');
  });
});

describe('project configuration: packs', () => {
  it('npm packages are found in node_modules between the file and the workspace root (scoped names too)', async () => {
    const fs = memFs({
      '/ws/sub/.wenmirc.json': rc({ packs: ['@office/style', 'plain-pack'] }),
      '/ws/node_modules/@office/style/wenmi-pack.json': manifest({ rules: { terms: 'error' } }, '@office/style'),
      '/ws/sub/node_modules/plain-pack/wenmi-pack.json': manifest({ detect: 'never' }, 'plain-pack'),
    });
    const r = await resolveProject({ fs, documentPath: '/ws/sub/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.packs.map((p) => p.id), ['@office/style@1.0.0', 'plain-pack@1.0.0']);
    assert.equal(r.packs[0].dir, '/ws/node_modules/@office/style');
  });

  it('extends: bases first, each pack once (a diamond is not a cycle)', async () => {
    const fs = memFs({
      '/ws/.wenmirc.json': rc({ packs: ['./top', './other'] }),
      '/ws/top/wenmi-pack.json': manifest({ extends: ['../left', '../right'], rules: { terms: 'error' } }, 'top'),
      '/ws/left/wenmi-pack.json': manifest({ extends: ['../base'], rules: { terms: 'info' } }, 'left'),
      '/ws/right/wenmi-pack.json': manifest({ extends: ['../base'] }, 'right'),
      '/ws/base/wenmi-pack.json': manifest({ rules: { terms: 'warning', 'genre-doubled': 'info' } }, 'base'),
      '/ws/other/wenmi-pack.json': manifest({ extends: ['../base'] }, 'other'),
    });
    const r = await resolveProject({ fs, documentPath: '/ws/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.packs.map((p) => p.name), ['base', 'left', 'right', 'top', 'other']);
    assert.equal(severityOf(r, 'terms'), 'error', 'the extending pack overrides its bases');
    assert.equal(severityOf(r, 'genre-doubled'), 'info');
  });

  it('snippets (VS Code format, optionally limited to 文种) and templates (opaque data) are resolved', async () => {
    const fs = memFs({
      '/ws/.wenmirc.json': rc({ packs: ['./p'] }),
      '/ws/p/wenmi-pack.json': manifest({ snippets: ['s.json', 'more/t.json'], templates: ['tpl/a.json', 'tpl/b.txt'] }, 'p', '2.0.0'),
      '/ws/p/s.json': '// comments are allowed\n{ "结束语": { "prefix": "tfqps", "body": ["妥否，", "请批示。"], "description": "d", "genres": ["请示"] } }',
      '/ws/p/more/t.json': '{ "附注": { "prefix": ["lxr", "联系人"], "body": "（联系人：${1:姓名}）" } }',
      '/ws/p/tpl/a.json': '{ "id": "x", "genre": "请示" }',
      '/ws/p/tpl/b.txt': '模板正文',
    });
    const r = await resolveProject({ fs, documentPath: '/ws/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.resources.snippets, [
      { name: '结束语', prefix: ['tfqps'], body: '妥否，\n请批示。', description: 'd', genres: ['请示'], pack: 'p@2.0.0' },
      { name: '附注', prefix: ['lxr', '联系人'], body: '（联系人：${1:姓名}）', pack: 'p@2.0.0' },
    ]);
    assert.deepEqual(r.resources.templates, [
      { pack: 'p@2.0.0', source: '/ws/p/tpl/a.json', data: { id: 'x', genre: '请示' } },
      { pack: 'p@2.0.0', source: '/ws/p/tpl/b.txt', data: '模板正文' },
    ]);
    assert.equal(r.sources['snippets.结束语'].label, '规范包 p@2.0.0');
  });

  it('resolvePack loads one pack with its bases over the defaults, with its tests', async () => {
    const fs = memFs({
      '/p/wenmi-pack.json': manifest({ extends: ['../base'], tests: [{ name: 't', text: '正文', expect: ['terms'] }] }),
      '/base/wenmi-pack.json': manifest({ terms: [{ wrong: '做为', right: '作为' }] }, 'base'),
    });
    const r = await resolvePack({ fs, dir: '/p', workspaceRoot: '/' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.pack?.id, 'p@1.0.0');
    assert.deepEqual(r.packs.map((p) => p.name), ['base', 'p']);
    assert.equal(r.resources.config.terms.length, 1);
    assert.deepEqual(r.pack?.tests.map((t) => [t.name, t.line]), [['t', 8]]);
  });
});
