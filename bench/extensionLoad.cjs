// Loads dist/extension.js (the bundle the editor loads) in this fresh Node process with a stand-in for the
// `vscode` module, and prints how long its evaluation took in ms. Run by bench/lint.bench.ts, once per sample.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

// Every top-level name of the vscode API (from its type declarations) as an object that answers anything.
const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const names = [...new Set([...types.matchAll(/^\t?export (?:class|enum|namespace|function|const|let) ([A-Za-z_]\w*)/gm)].map((m) => m[1]))];
const anything = () => {
  const target = function () {};
  return new Proxy(target, {
    get: (t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'then' ? undefined : anything()),
    apply: () => anything(),
    construct: () => anything(),
  });
};
const vscode = Object.fromEntries(names.map((n) => [n, anything()]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const bundle = path.join(__dirname, '..', 'dist', 'extension.js');
const t0 = performance.now();
const ext = require(bundle);
const ms = performance.now() - t0;
if (typeof ext.activate !== 'function') throw new Error('dist/extension.js exports no activate()');
process.stdout.write(`${ms.toFixed(3)}\n`);
