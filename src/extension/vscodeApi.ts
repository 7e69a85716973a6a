/**
 * The editor's API, imported in one place. The bundler gives every file that imports a CommonJS module its own
 * copy of the module's properties (esbuild's __toESM): with `import * as vscode from 'vscode'` in each of the
 * extension's files, the whole vscode namespace was copied once per file while the bundle loaded.
 */
import * as vscode from 'vscode';

export { vscode };
