// Entry point of the extension-host test run (the `extensionTestsPath` contract of VS Code:
// export run(), resolve when done, reject on failures). Used by driver/run-suite.js via the
// workbench `payload`. (@vscode/test-cli, see .vscode-test.mjs, has its own runner and loads
// the same compiled *.test.js files directly.)
//
// Mocha's TDD interface: suite() / test() / suiteSetup() / setup() / teardown().
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,          // output goes through the workbench log; no ANSI codes
    timeout: 30_000,       // a whole test, including waits for diagnostics
    grep: process.env.WENMI_E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
