// @vscode/test-cli configuration ("runner 1"), for machines that can download VS Code
// (update.code.visualstudio.com). Offline, test/integration/run.sh runs the same compiled suite in
// code-server instead; it uses this file only when WENMI_E2E_RUNNER=electron is set.
//
//   npm run build && npx tsc -p test/integration/tsconfig.json && npx vscode-test
//   npx vscode-test --label no-folder        # one configuration only
//
// test-cli brings its own mocha runner, so out/integration/suite/index.js is not used here;
// the options below mirror it (TDD interface, 30 s per test).
import { defineConfig } from '@vscode/test-cli';

const common = {
  files: 'out/integration/suite/**/*.test.js',
  extensionDevelopmentPath: '.',
  version: process.env.WENMI_VSCODE_VERSION ?? 'stable',
  mocha: { ui: 'tdd', timeout: 30_000, color: false },
};

export default defineConfig([
  {
    ...common,
    label: 'folder',
    workspaceFolder: 'test/integration/workspace',
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  },
  {
    ...common,
    label: 'no-folder',
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  },
]);
