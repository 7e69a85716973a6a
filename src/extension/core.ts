/**
 * The core (rules, lexicon, messages, templates, project configuration), loaded on first use.
 *
 * The core is most of the bundle. esbuild hoists a statically imported ES module into the bundle's top level,
 * where it runs while the editor loads the file, before activate() (the core's share: ~10 ms of building the
 * rules, messages and lexicon). A module reached through `require()` is bundled inside a lazy initializer
 * instead (esbuild's `__esm` / `init_*()`), run when first required: the bundle stays one file (as the web host
 * needs) and the core runs on the first lint, hover or command, after activation. (Its source is still read
 * and parsed with the bundle: only separate files or eval could avoid that.)
 *
 * So the extension never imports a value from src/core: types with `import type`, values through
 * `core().name` (a cached `require('./coreModules')`). Nothing from the core may run at a module's top level
 * or in activate() (test/unit/extension/lazyCore.test.ts checks both).
 */
type Core = typeof import('./coreModules');

let loaded: Core | undefined;
let loadMs: number | undefined;

export function core(): Core {
  if (!loaded) {
    const started = performance.now();
    loaded = require('./coreModules') as Core;
    loadMs = performance.now() - started;
  }
  return loaded;
}

/** Milliseconds the first `core()` took (evaluating the core), undefined while the core is not loaded. */
export function coreLoadMs(): number | undefined {
  return loadMs === undefined ? undefined : Math.round(loadMs * 10) / 10;
}
