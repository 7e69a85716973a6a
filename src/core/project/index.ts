/** Project configuration: `.wenmirc.json` discovery, packs, layering, schemas, pack tests. Pure (fs injected). */
export * from './types';
export { ProjectLoader } from './load';
export { resolveProject, resolvePack, mergeLayers, applySettings, DEFAULT_SOURCE, type ResolveOptions, type Layer } from './resolve';
export { runPackTests, fixText, type PackTestResult } from './packTests';
export { effectiveConfigView, describeSource, formatConfigError } from './report';
export { starterConfig, scaffoldPack, addPackToConfig, addSnippetToFile, snippetBody, manifestSnippetFiles, isValidPackName, type NewSnippet } from './scaffold';
export { wenmircSchema, packSchema, snippetsFileSchema, packTestsFileSchema, renderSchemas, WENMIRC_FILE, PACK_MANIFEST, SCHEMA_FILES, type JsonSchema } from './schema';
export { validateNode, formatPath } from './validate';
export { parseJsonc, positionOf } from './jsonc';
export * as paths from './paths';
export { snippetsForGenre } from './snippets';
