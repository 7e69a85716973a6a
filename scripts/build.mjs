// Bundles the extension (Node host), the web extension (browser host) and the CLI with esbuild.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese text as UTF-8 (3 bytes a character), not \uXXXX escapes (6): the messages and rules are mostly Chinese.
  charset: 'utf8',
};

// ("use strict" first, so that the bundle's own directive prologue still holds.)
const LOAD_STAMP = '"use strict";\nvar __wenmiLoadStart = typeof performance === "object" ? performance.now() : undefined;';
const LOAD_END = 'var __wenmiLoadEnd = typeof performance === "object" ? performance.now() : undefined;';

const builds = [
  // One extension bundle for both hosts ("main" and "browser" in package.json): the extension and the core use
  // no Node API, so the browser build runs in the desktop extension host as it is. It stamps when its
  // evaluation starts and ends, for the activation time the extension reports.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], banner: { js: LOAD_STAMP }, footer: { js: LOAD_END } },
  // ESM dependencies that read import.meta.url (tinyglobby's fdir) get the bundle's own URL in CommonJS.
  {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    define: { 'import.meta.url': '__wenmiImportMetaUrl' },
    banner: { js: "const __wenmiImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
