/**
 * The test workspace (test/fixtures/workspace-team: a .wenmirc.json pointing at the example pack, a
 * nearer .wenmirc.json in sub/, and documents): what a team sees, resolved the way the editor resolves
 * it, and `wenmi check` in that folder giving the same findings.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/io';
import { lint, type LintConfig } from '../../../src/core';
import { fixText, resolvePack, resolveProject, snippetsForGenre, type ProjectResult } from '../../../src/core/project';
import { loadTemplates } from '../../../src/core/templates/format';
import { detectModeFor } from '../../../src/extension/documentFilter';
import { EXAMPLE_PACK, realFs, TEAM_WORKSPACE } from './helpers';

const doc = (name: string) => join(TEAM_WORKSPACE, name);
const read = (name: string) => fs.readFileSync(doc(name), 'utf8');

/** What the editor does: configuration for the document (workspace folder = the test workspace), then lint. */
async function editorLint(name: string) {
  const project = await resolveProject({ fs: realFs(), documentPath: doc(name), workspaceRoot: TEAM_WORKSPACE });
  const { config } = project.resources;
  const text = read(name);
  const languageId = name.endsWith('.gw') ? 'gongwen' : name.endsWith('.md') ? 'markdown' : 'plaintext';
  const result = lint(text, { config, detect: detectModeFor({ languageId, scheme: 'file' }, config.detect) });
  return { project, config, text, findings: result.findings };
}

const quoted = (text: string, f: { range: [number, number] }) => text.slice(f.range[0], f.range[1]);

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

describe('team workspace (test/fixtures/workspace-team)', () => {
  let top: ProjectResult;
  before(async () => {
    top = await resolveProject({ fs: realFs(), documentPath: doc('x.txt'), workspaceRoot: TEAM_WORKSPACE });
  });

  it('loads the example pack through .wenmirc.json without errors', () => {
    assert.deepEqual(top.errors, []);
    assert.deepEqual(top.packs.map((p) => p.id), ['example-city-education@1.0.0']);
    assert.equal(top.resources.config.organization?.code, '某教');
  });

  it('a term is flagged (the file raised its severity over the pack’s) and fixed', async () => {
    const { text, findings, config } = await editorLint('通知-用语.txt');
    const terms = findings.filter((f) => f.ruleId === 'terms');
    assert.deepEqual(terms.map((f) => [quoted(text, f), f.severity]), [['做为', 'error'], ['教委', 'error']]);
    assert.equal(top.sources['terms.做为'].path?.endsWith('workspace-team/.wenmirc.json'), true);
    const fixed = fixText(text, config as LintConfig);
    assert.ok(fixed.includes('作为学校安全工作的第一责任人') && fixed.includes('市教育局将于4月组织专项检查'));
    assert.deepEqual(lint(fixed, { config, detect: 'always' }).findings.filter((f) => f.ruleId === 'terms'), []);
  });

  it('a 请示 to a peer is flagged genre-request-vs-letter (raised to error by the pack), with 函 offered', async () => {
    const { text, findings } = await editorLint('请示-主送同级.txt');
    const f = findings.find((x) => x.ruleId === 'genre-request-vs-letter');
    assert.ok(f);
    assert.equal(quoted(text, f), '某某市财政局');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.suggestions.map((s) => [quoted(text, s.fix), s.fix.text]), [['请示', '函']]);
  });

  it('a 请示 copied to a subordinate is flagged', async () => {
    const { text, findings } = await editorLint('请示-抄送下级.txt');
    const f = findings.filter((x) => x.ruleId === 'route-upward-no-cc-subordinate');
    assert.deepEqual(f.map((x) => [quoted(text, x), x.severity]), [['各区教育局', 'error']]);
  });

  it('a rule turned off by the config stays silent (and fires without that setting)', async () => {
    const { findings, text } = await editorLint('报告-署名.txt');
    assert.equal(top.resources.config.rules['signature-block']?.severity, 'off');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'signature-block'), []);
    const packOnly = await resolvePack({ fs: realFs(), dir: EXAMPLE_PACK });
    const without = lint(text, { config: packOnly.resources.config, detect: 'always' }).findings;
    assert.deepEqual(without.filter((f) => f.ruleId === 'signature-block').map((f) => quoted(text, f)), ['某某市教育局办公室']);
  });

  it('a nearer .wenmirc.json (sub/) overrides the farther one', async () => {
    const { findings, text, project } = await editorLint('sub/通知-代拟稿.txt');
    assert.equal(project.configFiles.length, 2);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'docno-org-code'), []);
    const atTop = lint(text, { config: top.resources.config, detect: 'always' }).findings;
    assert.deepEqual(atTop.filter((f) => f.ruleId === 'docno-org-code').map((f) => quoted(text, f)), ['某财发']);
  });

  it('pack snippets are resolved, and offered by 文种', () => {
    const { snippets } = top.resources;
    assert.deepEqual(snippets.map((s) => s.name), ['请示结束语', '商请函结束语', '联系人附注']);
    assert.deepEqual(snippetsForGenre(snippets, '请示').map((s) => s.name), ['请示结束语', '联系人附注']);
    assert.deepEqual(snippetsForGenre(snippets, '函').map((s) => s.name), ['商请函结束语', '联系人附注']);
    assert.equal(snippetsForGenre(snippets, undefined).length, 3, 'a draft whose 文种 is unknown gets all');
    assert.equal(snippets[0].body, '妥否，请批示。');
  });

  it('the pack template is resolved and valid in the drafting template format', () => {
    const { templates } = top.resources;
    assert.equal(templates.length, 1);
    assert.equal(templates[0].pack, 'example-city-education@1.0.0');
    const loaded = loadTemplates(templates[0].data, templates[0].pack, templates[0].source);
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(loaded.templates.map((t) => [t.id, t.genre]), [['city-edu-qingshi-jingfei', '请示']]);
  });

  it('`wenmi check` in that folder gives the same findings as the editor’s code path', async () => {
    const io = memoryIO(TEAM_WORKSPACE);
    const code = await main(['check', '--format', 'json', '.'], io);
    assert.equal(io.err.includes('wenmi check:'), false, io.err);
    const report = JSON.parse(io.out) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string; offset: [number, number]; message: string }> }> };
    const names = report.files.map((f) => f.path).sort();
    assert.deepEqual(names, ['sub/通知-代拟稿.txt', '报告-署名.txt', '请示-主送同级.txt', '请示-抄送下级.txt', '通知-用语.txt'].sort());
    let errors = 0;
    for (const file of report.files) {
      const editor = await editorLint(file.path);
      const simplify = (fs: Array<{ ruleId: string; severity: string; range?: [number, number]; offset?: [number, number]; message: string }>) =>
        fs.map((f) => `${(f.offset ?? f.range)!.join('-')} ${f.severity} ${f.ruleId} ${f.message}`);
      assert.deepEqual(simplify(file.findings), simplify(editor.findings), file.path);
      errors += file.findings.filter((f) => f.severity === 'error').length;
    }
    assert.ok(errors >= 4, 'the workspace has errors to find');
    assert.equal(code, 1, 'errors found → exit 1');
  });
});
