#!/usr/bin/env node
// (b) UI run: playwright-core drives the code-server workbench in Debian's chromium, the way a user
// would: open a file, see the squiggle, read the Problems panel, apply a quick fix from the light
// bulb, type text, accept a snippet completion. Screenshots go to --shots.
//
//   node ui.js --url http://127.0.0.1:PORT --folder <workspace copy> [--extension <dir>]
//              [--shots <dir>] [--profile <chromium profile dir>]
//
// The scenario is data: edit SCENARIO below, or point WENMI_UI_SCENARIO at a JSON file with the
// same shape (strings where regular expressions are expected).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

// ------------------------------------------------------------------------------------- scenario
// Step kinds:
//   open      { file }                              Explorer double-click, falling back to Quick Open
//   squiggle  { severity?: 'error'|'warning'|'info'|'any' }   a squiggle in the active editor
//   problems  { contains: [text…] }                 Problems panel rows (label + text) include each text
//   quickFix  { rule, title, expectResolved? }      cursor onto the rule's problem, light bulb / Ctrl+.,
//                                                   pick the action whose title matches `title` (regex);
//                                                   expectResolved: the rule's row must then disappear;
//                                                   the menu must not list any title twice
//   snippet   { prefix, label?, expect }            type prefix on a new last line, Ctrl+Space, pick the
//                                                   row showing `label` (default: `expect`; a row shows
//                                                   the item's label, never the typed prefix), accept,
//                                                   check `expect` was inserted in place of the prefix
//   type      { text, expect? }                     type text on a new last line, check it is shown
//   untitled  { text, settleMs }                     Ctrl+N, paste text, wait `settleMs` past VS Code's language
//                                                   detection, then require a squiggle and the 公文 (or a checked)
//                                                   language in the status bar; revert and close
//   walkthrough { title, step }                     open the walkthrough whose title matches `title` from
//                                                   the command palette (Welcome: Open Walkthrough…),
//                                                   screenshot it, select the step matching `step`,
//                                                   screenshot again, close it
const SCENARIO = {
  name: '报告夹带请示: squiggle, Problems, quick fix, snippet',
  steps: [
    { do: 'open', file: 'report-with-request.gw' },
    { do: 'squiggle', severity: 'any' },
    { do: 'problems', contains: ['genre-report-contains-request'] },
    { do: 'quickFix', rule: 'genre-report-contains-request', title: '特此报告|删除|删去|移除|改为|修改|替换|拆分|请示|Fix', expectResolved: true },
    { do: 'snippet', prefix: 'tcbg', label: '特此报告。', expect: '特此报告。' },
    { do: 'type', text: '（联系人：李明，电话：12345678）', expect: '联系人：李明' },
    { do: 'open', file: 'request-without-closing.gw' },
    { do: 'squiggle', severity: 'any' },
    { do: 'problems', contains: ['closing-request-required'] },
    { do: 'untitled', text: '××市水务局关于增拨防汛经费的请示报告\n\n市人民政府：\n\n　　今年入汛以来降雨偏多，特此报告！\n　　妥否？请批示！\n\n××市水务局\n2026年3月5日\n', settleMs: 6000 },
    { do: 'walkthrough', title: 'Wenmi', step: 'squiggle|波浪线' },
  ],
};

// ------------------------------------------------------------------------------------- plumbing
const args = parseArgs(process.argv.slice(2));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const MOD = 'Control';
const WAIT = Number(process.env.WENMI_UI_WAIT_MS || 20_000); // per condition, not a sleep
const scenario = process.env.WENMI_UI_SCENARIO ? JSON.parse(fs.readFileSync(process.env.WENMI_UI_SCENARIO, 'utf8')) : SCENARIO;

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) { out[argv[i].replace(/^--/, '')] = argv[i + 1]; }
  if (!out.url || !out.folder) { console.error('ui.js: --url and --folder are required'); process.exit(2); }
  return out;
}
const log = (...a) => console.log('[ui]', ...a);
const rx = (s) => (s instanceof RegExp ? s : new RegExp(s, 'i'));
const SQUIGGLE = { error: '.squiggly-error', warning: '.squiggly-warning', info: '.squiggly-info' };
SQUIGGLE.any = Object.values(SQUIGGLE).join(', ');

function workbenchUrl() {
  const server = new URL(args.url);
  let url = `${server.origin}/?folder=${encodeURIComponent(path.resolve(args.folder))}`;
  const payload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  if (args.extension) { payload.unshift(['extensionDevelopmentPath', `vscode-remote://${server.host}${path.resolve(args.extension)}`]); }
  return `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Poll `fn` until it returns a truthy value (condition wait; the interval is only the poll rate). */
async function until(page, what, fn, timeout = WAIT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) { return last; }
    if (Date.now() > end) { throw new Error(`timed out after ${timeout} ms waiting for ${what}`); }
    await page.waitForTimeout(150);
  }
}

// ------------------------------------------------------------------------------------- actions
function ui(page) {
  const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();

  async function editorText() {
    return editor().locator('.view-lines').evaluate((e) => [...e.querySelectorAll('.view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n'));
  }

  async function showProblems() {
    if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
      await page.keyboard.press(`${MOD}+Shift+M`);
    }
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /** Every marker row of the Problems panel as "aria-label | text" (the text shows source(code)). */
  async function problemRows() {
    return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows
      .map((r) => `${r.getAttribute('aria-label') || ''} | ${r.textContent || ''}`)
      .filter((l) => /\bline \d+/i.test(l) || /\[Ln \d+/.test(l)));
  }

  /** Runs the first command-palette entry matching `name` (F1, type, Enter). */
  async function runCommand(name) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${name}`);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
  }

  async function focusEditorEnd() {
    await editor().locator('.view-lines').click();
    await page.keyboard.press(`${MOD}+End`);
  }

  const steps = {
    async open({ file }) {
      const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${file}"]`).first();
      if (await row.count()) {
        await row.dblclick();
      } else {
        await page.keyboard.press(`${MOD}+P`);
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(file);
        await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`).first().waitFor();
        await page.keyboard.press('Enter');
      }
      await page.locator(`.tabs-container .tab.active[aria-label*="${file}"]`).waitFor();
      await editor().waitFor({ state: 'visible' });
      return `opened ${file}`;
    },

    async squiggle({ severity = 'any' }) {
      const sel = SQUIGGLE[severity];
      await editor().locator(sel).first().waitFor({ state: 'attached', timeout: WAIT });
      return `${await editor().locator(sel).count()} squiggle(s) (${severity})`;
    },

    async problems({ contains }) {
      await showProblems();
      const rows = await until(page, `Problems rows containing ${contains.join(', ')}`, async () => {
        const r = await problemRows();
        return contains.every((c) => r.some((l) => l.includes(c))) && r;
      }).catch(async (e) => { throw new Error(`${e.message}; rows: ${JSON.stringify(await problemRows())}`); });
      rows.forEach((r) => log('    ', r));
      const status = await page.locator('[id="status.problems"]').first().getAttribute('aria-label').catch(() => null);
      return `${rows.length} problem row(s); status bar: ${status}`;
    },

    async quickFix({ rule, title, expectResolved }) {
      // Put the cursor on the problem: open it from its Problems row (selects the marker range).
      await showProblems();
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first();
      await row.waitFor();
      await row.dblclick();
      await editor().locator('.cursors-layer .cursor').first().waitFor({ state: 'attached' });
      // Prefer clicking the light bulb; Ctrl+. is the keyboard route to the same menu.
      const bulb = editor().locator('.lightBulbWidget .codicon, .lightBulbWidget').first();
      let via = 'Ctrl+.';
      try {
        await bulb.waitFor({ state: 'visible', timeout: 5_000 });
        await bulb.click();
        via = 'light bulb';
      } catch {
        await page.keyboard.press(`${MOD}+Period`);
      }
      const menuRows = page.locator('.action-widget .monaco-list-row.action');
      await menuRows.first().waitFor({ state: 'visible' }).catch(async () => {
        await page.keyboard.press(`${MOD}+Period`); // the bulb click can race the menu; ask again
        await menuRows.first().waitFor({ state: 'visible' });
      });
      const titles = await menuRows.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
      log('     code actions:', JSON.stringify(titles));
      await shot('quickfix-menu');
      // The same title twice is noise the user sees (e.g. one "Surround With" entry per snippet prefix).
      const repeated = titles.filter((t, k) => titles.indexOf(t) !== k);
      if (repeated.length) { throw new Error(`the code action menu repeats ${JSON.stringify([...new Set(repeated)])}`); }
      const index = titles.findIndex((t) => rx(title).test(t));
      if (index < 0) { throw new Error(`no code action matches /${title}/`); }
      // The menu has keyboard focus on its first action; headers are skipped by the arrow keys.
      for (let k = 0; k < index; k++) { await page.keyboard.press('ArrowDown'); }
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      if (expectResolved) {
        await showProblems();
        await until(page, `the ${rule} problem to disappear`, async () => !(await problemRows()).some((l) => l.includes(rule)));
      }
      return `applied "${titles[index]}" via ${via}${expectResolved ? `; ${rule} resolved` : ''}`;
    },

    async snippet({ prefix, label, expect }) {
      const want = label || expect;
      const count = async () => (await editorText()).split(expect).length - 1;
      const before = await count();
      await focusEditorEnd();
      await page.keyboard.press('Enter');
      await page.keyboard.type(prefix, { delay: 20 });
      await until(page, `"${prefix}" typed`, async () => (await editorText()).split('\n').some((l) => l.endsWith(prefix)));
      await page.keyboard.press(`${MOD}+Space`);
      const widget = page.locator('.suggest-widget').first();
      const rows = widget.locator('.monaco-list-row');
      const item = rows.filter({ hasText: want }).first();
      await item.waitFor({ state: 'visible' }).catch(async (e) => {
        const shown = (await widget.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
        throw new Error(`no suggestion row showing "${want}" after "${prefix}" + Ctrl+Space; the widget shows: "${shown}" (${e.message.split('\n')[0]})`);
      });
      const offered = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
      log('     suggestions:', JSON.stringify(offered));
      await shot('snippet-suggest');
      if (await item.evaluate((e) => e.classList.contains('focused'))) { await page.keyboard.press('Enter'); } else { await item.click(); }
      await rows.first().waitFor({ state: 'hidden' });
      await until(page, `"${expect}" to appear once more`, async () => (await count()) > before);
      const text = await editorText();
      if (text.split('\n').some((l) => l.includes(prefix))) { throw new Error(`the typed prefix "${prefix}" is still in the document`); }
      return `"${prefix}" + Ctrl+Space offered ${offered.length} item(s); accepted "${want}", "${expect}" inserted in place of "${prefix}"`;
    },

    async untitled({ text, settleMs = 6000 }) {
      await page.keyboard.press(`${MOD}+N`);
      await page.locator('.tabs-container .tab.active[aria-label*="Untitled"]').waitFor();
      await editor().locator('.view-lines').click();
      await page.keyboard.insertText(text);
      await until(page, 'the pasted draft', async () => (await editorText()).includes('请示报告'));
      // VS Code's language detection looks at an untitled plain-text file after typing stops (it turned a
      // pasted 请示 into Ini): wait past it, then the draft must still be checked.
      await page.waitForTimeout(settleMs);
      await editor().locator(SQUIGGLE.any).first().waitFor({ state: 'attached', timeout: WAIT });
      const squiggles = await editor().locator(SQUIGGLE.any).count();
      const mode = await page.locator('[id="status.editor.mode"]').first().innerText().catch(() => '?');
      await shot('untitled-draft');
      if (/^ini$/i.test(mode.trim())) { throw new Error(`the draft was left in ${mode}`); }
      await runCommand('Revert and Close Editor');
      return `${squiggles} squiggle(s) after ${settleMs} ms; language mode: ${mode.trim()}`;
    },

    /**
     * New Official Document from the command palette: pick the template, answer its prompts in order (a quick pick is
     * taken as offered), and find the draft it writes.
     */
    async template({ pick, answers = [], expect }) {
      await runCommand('Wenmi: New Official Document');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(pick);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      let answered = 0;
      for (let i = 0; i < 10; i++) {
        await page.waitForTimeout(400);
        if (!(await page.locator('.quick-input-widget').isVisible().catch(() => false))) { break; }
        const list = await page.locator('.quick-input-list .monaco-list-row').first().isVisible().catch(() => false);
        if (!list && answered < answers.length) { await input.fill(answers[answered++]); }
        await page.keyboard.press('Enter');
      }
      await until(page, `the ${pick} draft with "${expect}"`, async () => (await editorText()).includes(expect));
      await shot('template');
      return `“${pick}” template filled in (${answered} answers): "${expect}" in the new draft`;
    },

    /**
     * Whether the extension runs in a web-worker extension host: its context key hides Export to Word wherever there is
     * no Node (src/extension/exportDocx.ts isNodeHost), while its other commands (the page preview) are offered.
     */
    async webHost() {
      const offered = async (name) => {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`>${name}`);
        await page.waitForTimeout(400);
        const rows = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
        await page.keyboard.press('Escape');
        return rows.filter((r) => r.includes(name));
      };
      const preview = await until(page, 'Wenmi: Open Page Preview in the command palette', async () => (await offered('Wenmi: Open Page Preview')).length > 0);
      const exportRows = await offered('Wenmi: Export to Word');
      if (exportRows.length) { throw new Error(`Export to Word is offered (${JSON.stringify(exportRows)}): the extension runs in a Node extension host`); }
      await shot('web-host-palette');
      return `page preview offered (${preview}), Export to Word hidden: the web-worker extension host`;
    },

    async walkthrough({ title, step }) {
      await runCommand('Open Walkthrough');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rx(title) }).first();
      await row.waitFor({ state: 'visible' });
      await row.click();
      const pageRoot = page.locator('.gettingStartedContainer').first();
      await pageRoot.waitFor({ state: 'visible' });
      await until(page, `the walkthrough “${title}”`, async () => rx(title).test(await pageRoot.innerText().catch(() => '')));
      await shot('walkthrough');
      const stepButton = pageRoot.locator('.getting-started-step', { hasText: rx(step) }).first();
      await stepButton.click();
      await until(page, `the step “${step}” expanded`, async () => (await stepButton.getAttribute('class') || '').includes('expanded'));
      await shot('walkthrough-step');
      const steps = await pageRoot.locator('.getting-started-step').count();
      await page.keyboard.press(`${MOD}+W`);
      return `walkthrough with ${steps} steps shown; step /${step}/ expanded`;
    },

    async type({ text, expect }) {
      await focusEditorEnd();
      await page.keyboard.press('Enter');
      await page.keyboard.type(text, { delay: 10 });
      await until(page, `typed text "${expect || text}"`, async () => (await editorText()).includes(expect || text));
      return `typed "${text}"`;
    },
  };

  let shotNo = 0;
  async function shot(name) {
    if (!args.shots) { return; }
    shotNo += 1;
    await page.screenshot({ path: path.join(args.shots, `${String(shotNo).padStart(2, '0')}-${name}.png`) }).catch(() => {});
  }
  return { steps, shot };
}

// ------------------------------------------------------------------------------------- main
async function main() {
  if (args.shots) { fs.mkdirSync(args.shots, { recursive: true }); }
  const profile = args.profile || fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-ui-chrome-'));
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    handleSIGTERM: false, // handled below: close the browser, then exit
    handleSIGINT: false,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  for (const sig of ['SIGTERM', 'SIGINT']) { // from timeout(1) or run.sh's trap: close chromium, then exit
    process.once(sig, () => { log(`${sig}: closing the browser`); context.close().catch(() => {}).finally(() => process.exit(128 + (sig === 'SIGTERM' ? 15 : 2))); });
  }
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(WAIT);
  if (process.env.VERBOSE) { page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`)); }
  page.on('pageerror', (e) => log('[pageerror]', e.message));
  const { steps, shot } = ui(page);
  const total = scenario.steps.length + 1;
  let passed = 0;
  log(`scenario: ${scenario.name}`);
  try {
    const t0 = Date.now();
    const target = workbenchUrl();
    log('opening', target);
    await page.goto(target);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    passed += 1;
    log(`PASS 1/${total} workbench loaded (${Date.now() - t0} ms)`);
    for (const [i, step] of scenario.steps.entries()) {
      const fn = steps[step.do];
      if (!fn) { throw new Error(`unknown step kind "${step.do}"`); }
      const s0 = Date.now();
      try {
        const detail = await fn(step);
        passed += 1;
        log(`PASS ${i + 2}/${total} ${step.do}: ${detail} (${Date.now() - s0} ms)`);
        await shot(`${step.do}`);
      } catch (e) {
        log(`FAIL ${i + 2}/${total} ${step.do} ${JSON.stringify(step)}: ${e.message.split('\n')[0]}`);
        await shot(`FAIL-${step.do}`);
        break; // later steps depend on this one
      }
    }
  } catch (e) {
    log('FAIL', e.message.split('\n')[0]);
    await shot('FAIL');
  } finally {
    await context.close().catch(() => {});
    if (!args.profile) { fs.rmSync(profile, { recursive: true, force: true }); }
  }
  log(`steps: ${passed}/${total} passed`);
  return passed === total ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => { console.error('[ui]', err); process.exit(3); });
