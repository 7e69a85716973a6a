#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build`.
let cli;
try {
  cli = require('../dist/cli.js');
} catch (err) {
  process.stderr.write('wenmi: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
