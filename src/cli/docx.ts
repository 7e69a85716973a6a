/**
 * The Word modules (reader, reviewer, layout rules, writer and their libraries) for the CLI, loaded on first use: from
 * dist/docx.js beside the CLI bundle (the build defines process.env.WENMI_BUNDLE, so the sources are not bundled twice
 * and a `wenmi check` of text files never parses them), from the sources when run with tsx (tests, development).
 */
export type DocxModules = typeof import('../docx/bundle');

let modules: DocxModules | undefined;

export async function docxModules(): Promise<DocxModules> {
  if (modules) return modules;
  if (process.env.WENMI_BUNDLE === '1') {
    // (A computed path: esbuild leaves it to Node's require, so dist/docx.js stays a bundle of its own.)
    const file = [__dirname, 'docx.js'].join('/');
    modules = require(file) as DocxModules;
  } else {
    modules = await import('../docx/bundle');
  }
  return modules;
}
