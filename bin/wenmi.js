#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build`.
const argv = process.argv.slice(2);
// `wenmi --version` answers without loading the bundle (it is most of the start-up time).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(require('../package.json').version + '\n');
  return;
}
let cli;
try {
  cli = require('../dist/cli.js');
} catch (err) {
  const missing = err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js');
  process.stderr.write(missing ? 'wenmi: dist/cli.js is missing; run `npm run build` first.\n' : `wenmi: the CLI bundle failed to load: ${err && err.stack ? err.stack : err}\n`);
  process.exit(2);
}
cli.main(argv).then((code) => { process.exitCode = code; });
