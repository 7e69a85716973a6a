#!/usr/bin/env node
// (a) Run the mocha suite inside code-server's Node extension host, the way VS Code's own browser
// integration tests do it: open the workbench with a `payload` (extensionDevelopmentPath +
// extensionTestsPath) and expose window.codeAutomationLog / codeAutomationExit before it loads.
// The exit code is the one the workbench reports (0 = all passed).
//
//   node run-suite.js --url http://127.0.0.1:PORT --extension <dir> --tests <compiled index.js>
//                     (--folder <dir> | --empty) [--profile <chromium profile dir>]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromium } = require('playwright-core');

const args = parseArgs(process.argv.slice(2));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.WENMI_E2E_SUITE_TIMEOUT_MS || 240_000);
const VERBOSE = !!process.env.VERBOSE;
// Workbench chatter that also goes through codeAutomationLog; shown with VERBOSE=1.
const NOISE = /^(Creation of workbench contribution|Resolved connection token|Creating a socket|\[Service Worker\]|ChatSessionStore|Updating additional builtin|getaddrinfo ENOTFOUND|Started local extension host|Extension host .* started|\[AgentHost|\[AccountPolicyGate\]|Ignoring fetching additional builtin|Settings Sync|\[perf\])/;

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'empty') { out.empty = true; continue; }
    out[key] = argv[++i];
  }
  for (const k of ['url', 'extension', 'tests']) {
    if (!out[k]) { console.error(`run-suite.js: --${k} is required`); process.exit(2); }
  }
  if (!out.folder && !out.empty) { console.error('run-suite.js: --folder <dir> or --empty is required'); process.exit(2); }
  return out;
}

function workbenchUrl() {
  const server = new URL(args.url);
  const remote = (p) => `vscode-remote://${server.host}${path.resolve(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(args.extension)],
    ['extensionTestsPath', remote(args.tests)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ]);
  // ew=true: the workbench's "empty window" query parameter (no folder, no last-opened fallback)
  const where = args.folder ? `folder=${encodeURIComponent(path.resolve(args.folder))}` : 'ew=true';
  return `${server.origin}/?${where}&payload=${encodeURIComponent(payload)}`;
}

async function main() {
  const profile = args.profile || fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-e2e-chrome-'));
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    handleSIGTERM: false, // handled below: close the browser, then exit
    handleSIGINT: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  exitOnSignal(context);
  context.on('close', () => finish(4)); // the browser went away before the tests reported
  try {
    const page = context.pages()[0] || await context.newPage();
    if (VERBOSE) { page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`)); }
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    page.on('crash', () => { console.log('[run-suite] the workbench page crashed'); finish(3); });
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = util.format(...(logArgs || [])).replace(/%c/g, '');
      if (VERBOSE || !NOISE.test(line)) { (type === 'error' ? console.error : console.log)(line); }
    });
    await page.exposeFunction('codeAutomationExit', (code) => { console.log(`[run-suite] codeAutomationExit: ${code}`); finish(Number(code)); });
    const timer = setTimeout(() => { console.log(`[run-suite] TIMEOUT: no result after ${TIMEOUT_MS} ms`); finish(2); }, TIMEOUT_MS);
    const target = workbenchUrl();
    console.log(`[run-suite] ${args.folder ? `folder ${path.resolve(args.folder)}` : 'no folder'}: ${target}`);
    await page.goto(target);
    const code = await finished;
    clearTimeout(timer);
    console.log(`[run-suite] exit code ${code}${code > 1 ? ' (2 = timeout, 3 = crash, 4 = browser closed)' : ''}`);
    return code;
  } finally {
    await context.close().catch(() => {});
    if (!args.profile) { fs.rmSync(profile, { recursive: true, force: true }); }
  }
}

/** timeout(1) and run.sh's trap send SIGTERM: close chromium (own process group), then exit. */
function exitOnSignal(context) {
  for (const sig of ['SIGTERM', 'SIGINT']) {
    process.once(sig, () => {
      console.log(`[run-suite] ${sig}: closing the browser`);
      context.close().catch(() => {}).finally(() => process.exit(128 + (sig === 'SIGTERM' ? 15 : 2)));
    });
  }
}

main().then((code) => process.exit(code), (err) => { console.error('[run-suite]', err); process.exit(3); });
