/** Metadata cannot drift: rules, docs, tests, messages and package.json stay in step. */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, catalogue, docsLink } from '../../src/core';
import { injectReadmeRules, renderRulesDoc } from '../../scripts/rulesDoc';
import { renderPackageJson } from '../../scripts/gen';

const root = join(__dirname, '..', '..');

describe('rule metadata', () => {
  for (const rule of allRules) {
    const m = rule.meta;
    it(`${m.id}: valid metadata, docs section and a test table`, () => {
      assert.match(m.id, /^[a-z][a-z0-9-]+$/);
      assert.ok(/[\u4e00-\u9fff]/.test(m.title) && /[\u4e00-\u9fff]/.test(m.description), 'Chinese title and description');
      assert.ok(['error', 'warning', 'info'].includes(m.defaultSeverity));
      assert.ok(m.source.length > 1, 'source named');
      assert.equal(rule.docs, docsLink(m.id));
      assert.ok(existsSync(join(root, 'test', 'unit', 'rules', `${m.id}.test.ts`)), `test/unit/rules/${m.id}.test.ts exists`);
      // 实务 rules are never errors (RULEBOOK §0.2): only 条例/GB clauses are.
      if (m.basis === '实务') assert.notEqual(m.defaultSeverity, 'error', '实务 rules are warning or info');
      // A rule whose fixes are applied in bulk says what they may change (issue 16: fix-all never guesses).
      assert.equal(!!m.certainFix, m.fixable, 'certainFix is declared exactly when the rule is fixable');
      if (m.certainFix) assert.ok(/[\u4e00-\u9fff]/.test(m.certainFix.changes), 'certainFix.changes says in Chinese what changes');
    });
  }
  it('rule ids are unique and each has its section in docs/rules.md', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    const doc = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    for (const id of ids) assert.ok(doc.includes(`## ${id}\n`), `docs/rules.md has ## ${id}`);
  });
  it('docs/rules.md is generated from the metadata (npm run gen)', () => {
    assert.equal(readFileSync(join(root, 'docs', 'rules.md'), 'utf8'), renderRulesDoc());
  });
  it('README.md lists every rule (npm run gen)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.equal(readme, injectReadmeRules(readme));
    for (const r of allRules) assert.ok(readme.includes('`' + r.meta.id + '`'), `${r.meta.id} in README`);
  });
  it('package.json contributes is generated from src/manifest (npm run gen)', () => {
    const current = readFileSync(join(root, 'package.json'), 'utf8');
    assert.equal(current, renderPackageJson(current));
  });
  it('every rule test file belongs to a registered rule', () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    const orphans = readdirSync(join(root, 'test', 'unit', 'rules')).map((f) => f.replace(/\.test\.ts$/, '')).filter((id) => !ids.has(id));
    assert.deepEqual(orphans, []);
  });
});

describe('message catalogue', () => {
  it('every message is Chinese text and placeholders are well formed', () => {
    for (const [key, text] of Object.entries(catalogue)) {
      const bare = text.replace(/\{\w+\}/g, '');
      if (/[A-Za-z]/.test(bare) || bare.trim().length > 3) assert.ok(/[\u4e00-\u9fff]/.test(bare), `${key} is Chinese`);
      assert.ok(!/\{[^}]*$/.test(text), `${key} has a closed placeholder`);
    }
  });
});

describe('architecture', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  it('src/core is pure: no vscode, no Node-only modules', () => {
    const offenders: string[] = [];
    for (const f of walk(join(root, 'src', 'core'))) {
      const s = readFileSync(f, 'utf8');
      if (/from\s+['"](vscode|node:[a-z_/]+|fs|path|os|child_process|crypto)['"]|require\(['"](vscode|fs|path|node:)/.test(s)) offenders.push(f);
      if (/\bprocess\.|\bBuffer\b|__dirname/.test(s)) offenders.push(`${f} (Node global)`);
    }
    assert.deepEqual(offenders, []);
  });
  it('src/extension uses no Node API either: one bundle serves the desktop and the web extension host', () => {
    const offenders: string[] = [];
    for (const f of walk(join(root, 'src', 'extension'))) {
      const s = readFileSync(f, 'utf8');
      if (/from\s+['"](node:[a-z_/]+|fs|path|os|child_process|crypto|worker_threads)['"]|require\(['"](fs|path|node:)/.test(s)) offenders.push(f);
      if (/\bprocess\.|\bBuffer\b|__dirname|__filename/.test(s)) offenders.push(`${f} (Node global)`);
    }
    assert.deepEqual(offenders, []);
  });
  it('src/cli never imports vscode', () => {
    const offenders = walk(join(root, 'src', 'cli')).filter((f) => /from\s+['"]vscode['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
