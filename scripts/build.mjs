// Bundles the extension (Node host), the web extension (browser host) and the CLI with esbuild.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * JSON data (the lexicon, the templates) as JSON.parse of a string: V8 parses a JSON string much faster than the
 * same data written as an object literal (parsed when the core is first used, see below).
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    // (Only the data files imported whole; package.json is imported by name.)
    build.onLoad({ filter: /[\\/](?:lexicon[\\/]data|templates)[\\/][^\\/]+\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  plugins: [jsonAsString],
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
  // The extension reaches the core only through require() (src/extension/core.ts), so esbuild puts the core's
  // modules in lazy initializers (__esm / init_*()): evaluating them (~10 ms) waits for the first lint after
  // activation. Loading the bundle still reads and parses all of it (the core is ~90% of the source): that,
  // not evaluation, is now most of what loading costs.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], banner: { js: LOAD_STAMP }, footer: { js: LOAD_END } },
  // The Word modules (writer, reader, reviewer) and their libraries, loaded by the extension's export and review commands on first use.
  { ...common, entryPoints: ['src/docx/bundle.ts'], outfile: 'dist/docx.js', platform: 'node', format: 'cjs' },
  // ESM dependencies that read import.meta.url (tinyglobby's fdir) get the bundle's own URL in CommonJS.
  {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    // The Word modules come from dist/docx.js at run time (src/cli/docx.ts), not bundled a second time.
    define: { 'import.meta.url': '__wenmiImportMetaUrl', 'process.env.WENMI_BUNDLE': '"1"' },
    banner: { js: "const __wenmiImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
