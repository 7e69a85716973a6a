/**
 * Every value of the core (src/core) the extension uses, in one module that is only ever loaded through
 * `core()` (./core.ts), never imported: see there why. Types are imported from the core modules directly
 * (`import type`), which costs nothing at run time.
 */
export { toRuleSetting } from '../core/config';
export { detectGenre } from '../core/detect';
export { lint, lintFragment } from '../core/engine';
export { composeChanges, LintSession } from '../core/session';
export { applyFixes, fixesOf } from '../core/fix';
export { MAX_FIX_PASSES } from '../core/fixAll';
export { DIRECTION_LABEL, GENRES, getGenre } from '../core/genres';
export { t } from '../core/messages';
export { parse } from '../core/parse/parser';
export {
  addPackToConfig,
  addSnippetToFile,
  applySettings,
  effectiveConfigView,
  formatConfigError,
  isValidPackName,
  manifestSnippetFiles,
  PACK_MANIFEST,
  paths,
  ProjectLoader,
  resolveProject,
  scaffoldPack,
  snippetBody,
  snippetsForGenre,
  WENMIRC_FILE,
} from '../core/project';
export { allRules, docsLink, getRule } from '../core/rules/registry';
export { stripMarkers } from '../core/suppress';
export { buildLineIndex, lineOfOffset } from '../core/text';
export {
  buildOutline,
  builtinTemplates,
  draftCompletions,
  fieldLabel,
  fieldPrompt,
  fillTemplate,
  foldingRanges,
  GENRE_ORDER,
  loadTemplates,
  mergeTemplates,
  parseDateInput,
} from '../core/templates';
export { startsItsLine } from '../core/templates/completion';
export { SAMPLE_DRAFT } from '../core/templates/sample';
export { countCharacters } from '../core/text';
export { renderPreview } from '../core/layout/html';
