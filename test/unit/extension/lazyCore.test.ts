/**
 * The core is loaded on first use, not while the editor loads the bundle or runs activate() (src/extension/core.ts):
 * the extension imports only types from src/core, and the bundle, loaded and activated with a stand-in for the
 * `vscode` module, has not run the core when activate() returns.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runInThisContext } from 'node:vm';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..', '..');
const extensionDir = join(root, 'src', 'extension');
const coreDir = join(root, 'src', 'core');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** A value that answers anything: every property, call and construction gives another one (as in bench/extensionLoad.cjs). */
function anything(): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'then' || k === Symbol.iterator ? undefined : anything()),
    apply: () => anything(),
    construct: () => anything() as object,
    set: () => true,
  });
}

describe('extension: the core is loaded lazily', () => {
  it('src/extension imports no value from src/core (only coreModules.ts re-exports them, for core())', () => {
    const offending: string[] = [];
    for (const file of walk(extensionDir).filter((f) => f.endsWith('.ts'))) {
      if (file === join(extensionDir, 'coreModules.ts')) continue;
      const text = readFileSync(file, 'utf8');
      // Every import or re-export statement whose module is under src/core.
      for (const m of text.matchAll(/^(import|export)\b([^;]*?)\bfrom\s+'(\.[^']*)'/gms)) {
        const [statement, keyword, clause, specifier] = m;
        if (!relative(coreDir, join(dirname(file), specifier)).match(/^(?!\.\.)/)) continue;
        const names = /^\s*\{([^}]*)\}\s*$/.exec(clause)?.[1].split(',').map((n) => n.trim()).filter(Boolean);
        const typeOnly = keyword === 'import' && (/^\s+type\b/.test(clause) || !!names?.every((n) => n.startsWith('type ')));
        if (!typeOnly) offending.push(`${relative(root, file)}: ${statement.replace(/\s+/g, ' ')}`);
      }
      if (/\brequire\(\s*'[^']*core\//.test(text)) offending.push(`${relative(root, file)}: require of a core module`);
    }
    assert.deepEqual(offending, [], 'use `import type` for types and core().name for values');
  });

  it('loading the bundle and running activate() do not run the core', async function () {
    this.timeout(60000);
    const built = await esbuild.build({
      entryPoints: [join(extensionDir, 'extension.ts')],
      bundle: true,
      write: false,
      outfile: join(root, 'out', 'lazy-core-test', 'extension.js'),
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      target: 'es2022',
      logLevel: 'silent',
    });
    // Every module reached through core() is bundled in a lazy initializer (esbuild's __esm); each one that
    // runs is recorded here, by its path.
    const lazyHelper = 'var __esm = (fn, res) => function __init() {';
    const bundled = built.outputFiles[0].text;
    assert.ok(bundled.includes(lazyHelper), "esbuild's __esm helper changed: update this test");
    assert.match(bundled, /var init_coreModules = __esm\(/, 'coreModules is bundled in a lazy initializer');
    const initialized: string[] = [];
    const code = bundled.replace(lazyHelper, `${lazyHelper} if (fn) __initialized.push(__getOwnPropNames(fn)[0]);`);

    // Every top-level name of the vscode API (from its type declarations), each a value that answers anything.
    const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
    const names = new Set([...types.matchAll(/^\t?export (?:class|enum|namespace|function|const|let) ([A-Za-z_]\w*)/gm)].map((m) => m[1]));
    const vscodeStub = Object.fromEntries([...names].map((n) => [n, anything()]));
    const mod = { exports: {} as Record<string, unknown> };
    const filename = built.outputFiles[0].path;
    const wrapper = runInThisContext(`(function (__initialized, exports, require, module, __filename, __dirname) {${code}\n})`, { filename }) as (
      ...args: unknown[]
    ) => void;
    const requireStub = (id: string) => (id === 'vscode' ? vscodeStub : require(id));
    wrapper.call(mod.exports, initialized, mod.exports, requireStub, mod, filename, dirname(filename));
    assert.deepEqual(initialized, [], 'core modules ran while the bundle loaded');

    const ext = mod.exports as { activate(context: unknown): { activation: { coreMs?: number; activateMs: number } } };
    const subscriptions: Array<{ dispose(): unknown }> = [];
    const context = new Proxy({ subscriptions }, { get: (t, k) => (k in t ? t[k as keyof typeof t] : anything()) });
    const api = ext.activate(context);
    try {
      assert.equal(typeof api.activation.activateMs, 'number');
      assert.deepEqual(initialized, [], 'core modules ran in activate()');
      assert.equal(api.activation.coreMs, undefined, 'activate() called core()');
    } finally {
      // Clears the timers activate() set (the first lint, the configuration roots): they would load the core.
      for (const s of subscriptions) s.dispose();
    }
  });
});
