/**
 * jsonc-parser, from its ES module build. Its `main` (UMD) build hides its internal requires inside a
 * factory function, which esbuild cannot follow: a Node bundle of it fails at run time with
 * "Cannot find module './impl/format'". The ES module build bundles for Node and the browser alike.
 */
export { applyEdits, modify, parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
export type { FormattingOptions, Node, ParseError } from 'jsonc-parser/lib/esm/main.js';
