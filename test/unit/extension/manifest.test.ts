/**
 * The extension's manifest and localization cannot drift: every command is categorized, declared
 * and registered; every setting has a scope and a Markdown description; every %key% and every
 * adapter string has its English and Chinese text; the web build and packaging fields are present.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintManifest } from '../../../src/manifest/lint';
import { walkthroughManifest } from '../../../src/manifest/walkthrough';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn: Record<string, string> = JSON.parse(read('package.nls.json'));
const nlsZh: Record<string, string> = JSON.parse(read('package.nls.zh-cn.json'));

interface Command { command: string; title: string; category?: string }

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('extension manifest', () => {
  const commands: Command[] = pkg.contributes.commands ?? [];

  it('every command: wenmi.camelCase id, category Wenmi, localized title', () => {
    assert.ok(commands.length > 0);
    for (const c of commands) {
      assert.match(c.command, /^wenmi\.[a-z][A-Za-z]*$/, c.command);
      assert.equal(c.category, 'Wenmi', `${c.command} has category Wenmi`);
      assert.match(c.title, /^%[\w.]+%$/, `${c.command} title is a %key%`);
    }
  });

  it('the lint and walkthrough commands are registered by src/extension/commands.ts, and it registers no undeclared one', () => {
    const declared = [...(lintManifest.contributes.commands as Command[]), ...(walkthroughManifest.contributes.commands as Command[])].map((c) => c.command).sort();
    const source = read('src/extension/commands.ts') + read('src/extension/codeActions.ts');
    const registered = [...read('src/extension/commands.ts').matchAll(/guarded\('(wenmi\.\w+)'/g)].map((m) => m[1]);
    if (source.includes('guarded(SHOW_RULE_DOCS_COMMAND')) registered.push(/SHOW_RULE_DOCS_COMMAND = '(wenmi\.\w+)'/.exec(source)![1]);
    assert.deepEqual(registered.sort(), declared);
  });

  it('command palette and menu entries refer to declared commands', () => {
    const ids = new Set(commands.map((c) => c.command));
    for (const [menu, entries] of Object.entries(pkg.contributes.menus ?? {}) as Array<[string, Array<{ command?: string }>]>) {
      for (const e of entries) if (e.command) assert.ok(ids.has(e.command), `${menu}: ${e.command} is declared`);
    }
  });

  it('every setting has a deliberate scope and a Markdown description (and enumDescriptions for an enum)', () => {
    const props: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;
    for (const [key, p] of Object.entries(props)) {
      assert.match(key, /^wenmi\.[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/, key);
      assert.ok(typeof p.scope === 'string', `${key} has a scope`);
      assert.ok(typeof p.markdownDescription === 'string', `${key} has a markdownDescription`);
      if (Array.isArray(p.enum)) assert.equal((p.enumDescriptions as unknown[] | undefined)?.length, p.enum.length, `${key} describes each enum value`);
    }
  });

  it('every %key% in package.json has English and Chinese text; no key is left unused', () => {
    const used = new Set([...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    for (const k of used) {
      assert.ok(nlsEn[k], `package.nls.json has ${k}`);
      assert.ok(nlsZh[k], `package.nls.zh-cn.json has ${k}`);
      assert.ok(/[\u4e00-\u9fff]/.test(nlsZh[k]), `${k} is Chinese in package.nls.zh-cn.json`);
    }
    assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), [], 'unused keys in package.nls.json');
    assert.deepEqual(Object.keys(nlsZh).filter((k) => !(k in nlsEn)), [], 'package.nls.zh-cn.json keys that English lacks');
  });

  it('web build, localization bundle, capabilities and marketplace fields', () => {
    // One bundle serves the desktop and the web extension host (it uses no Node API: see the purity test).
    assert.equal(pkg.browser, './dist/extension.js');
    assert.equal(pkg.main, pkg.browser);
    assert.match(read('scripts/build.mjs'), /outfile: 'dist\/extension\.js', platform: 'browser'/);
    assert.equal(pkg.l10n, './l10n');
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description, 'says what is limited');
    assert.ok('virtualWorkspaces' in pkg.capabilities);
    assert.deepEqual(pkg.categories, ['Linters', 'Snippets', 'Programming Languages']);
    assert.ok(pkg.repository?.url);
    for (const f of ['LICENSE', 'CHANGELOG.md', '.vscodeignore']) assert.ok(existsSync(join(root, f)), `${f} exists`);
  });

  it('a guided start: the walkthrough opens real commands, its pictures ship, and it has both languages', () => {
    const [w] = pkg.contributes.walkthroughs as Array<{ id: string; title: string; steps: Array<{ id: string; title: string; description: string; media: { markdown: string }; completionEvents: string[] }> }>;
    assert.equal(w.id, 'wenmi.gettingStarted');
    assert.ok(w.steps.length >= 4, 'create, fix, check a folder, share a pack');
    const known = new Set([...commands.map((c) => c.command), 'workbench.action.terminal.new']);
    const ignore = read('.vscodeignore');
    for (const step of w.steps) {
      for (const key of [step.title, step.description].map((x) => x.replace(/^%|%$/g, ''))) {
        assert.ok(nlsEn[key] && nlsZh[key], `${key} in English and Chinese`);
        const links = [...nlsEn[key].matchAll(/\(command:([\w.]+)\)/g), ...nlsZh[key].matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
        for (const id of links) assert.ok(known.has(id), `${step.id}: ${id} is a real command`);
      }
      assert.ok(/\(command:/.test(nlsEn[step.description.replace(/%/g, '')]), `${step.id} has a button`);
      assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
      assert.ok(ignore.includes('!media/walkthrough/*.md'), 'the pictures are packaged');
      assert.ok(step.completionEvents.length, `${step.id} is ticked off when done`);
    }
  });

  it('an icon (128×128 PNG) and a gallery banner, packaged', () => {
    const png = readFileSync(join(root, pkg.icon));
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
    assert.match(pkg.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
    assert.ok(read('.vscodeignore').includes(`!${pkg.icon}`));
  });

  it('.vscodeignore is an allow-list (everything excluded, then files put back)', () => {
    const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    assert.ok(lines.slice(1).every((l) => l.startsWith('!')), 'only re-inclusions after **');
    for (const needed of ['!dist/extension.js', '!package.json', '!LICENSE']) assert.ok(lines.includes(needed), needed);
  });
});

describe('extension localization (vscode.l10n)', () => {
  const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
  // Adapter strings are literals passed to localize(…) or vscode.l10n.t(…).
  const strings = new Set<string>();
  for (const f of walk(join(root, 'src', 'extension')).filter((p) => p.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:\blocalize|\bl10n\.t)\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1].replace(/\\(.)/g, '$1'));
  }

  it('every adapter string has a Chinese translation with the same placeholders', () => {
    assert.ok(strings.size > 0);
    for (const s of strings) {
      assert.ok(s in bundle, `l10n/bundle.l10n.zh-cn.json translates "${s}"`);
      const ph = (x: string) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(ph(bundle[s]), ph(s), `placeholders of "${s}"`);
      assert.ok(/[\u4e00-\u9fff]/.test(bundle[s]), `"${s}" is translated to Chinese`);
    }
  });

  it('the bundle has no stale entries', () => {
    assert.deepEqual(Object.keys(bundle).filter((k) => !strings.has(k)), []);
  });
});
