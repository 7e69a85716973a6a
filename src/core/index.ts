/** The public surface of the pure core. */
export * from './types';
export * from './config';
export { lint, lintFragment, effectiveSeverity, type LintOptions, type LintResult } from './engine';
export { applyFixes, fixesOf, type ApplyResult } from './fix';
export { fixAll, MAX_FIX_PASSES, type FixAllResult } from './fixAll';
export { parse } from './parse/parser';
export type * from './parse/model';
export { detectGenre, type DetectedGenre } from './detect';
export { GENRES, getGenre, DIRECTION_LABEL, type Genre, type GenreId, type Direction } from './genres';
export { allRules, allRuleMetas, describeRule, docxRules, getRule, docsLink, DOCS_BASE } from './rules/registry';
export type { Rule, RuleMeta, RuleContext } from './rules/types';
export { t, catalogue, type MessageKey } from './messages';
export { stripMarkers, applySuppressions } from './suppress';
export { buildLineIndex, toLineColumn, countCharacters } from './text';
export { LintSession, composeChanges, type TextChange, type SessionResult } from './session';
