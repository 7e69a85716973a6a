#!/usr/bin/env node
/**
 * The extension as VS Code for the Web installs it: the files of the .vsix (`vsce ls`), with the package.json's "main"
 * entry removed, so that the only way the editor can run it is its "browser" entry in a web-worker extension host.
 * A diagnostic seen and a quick fix applied with this copy (driver/ui.js, driver/web-scenario.json) are therefore the
 * web build's, in a real browser.
 *
 *   node web-extension.js <repo root> <target folder>
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [root, target] = process.argv.slice(2).map((p) => path.resolve(p));
if (!root || !target) { console.error('usage: web-extension.js <repo root> <target folder>'); process.exit(2); }
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean);
if (!files.includes('package.json') || !files.includes('dist/extension.js')) { console.error(`vsce ls listed no extension: ${files.join(', ')}`); process.exit(1); }
fs.rmSync(target, { recursive: true, force: true });
for (const f of files) {
  fs.mkdirSync(path.dirname(path.join(target, f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(target, f));
}
const manifest = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8'));
if (!manifest.browser) { console.error('package.json has no "browser" entry'); process.exit(1); }
delete manifest.main;
fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
console.log(`web-only extension (browser: ${manifest.browser}, no main) in ${target}: ${files.length} files`);
