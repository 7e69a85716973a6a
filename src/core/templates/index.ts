/**
 * Drafting in the pure core: templates (data in templates/*.json, format in docs/templates.md), the
 * title builder, filling (snippet or plain text), today's 成文日期, the snippets' single source, and
 * the outline, folding and completion data the extension shows.
 */
export { formatIssueDate, parseDateInput } from './date';
export { buildTitle, citeSource, normalizeSubject, TITLE_FORMS, type TitleForm, type TitleSpec } from './title';
export {
  loadTemplates, mergeTemplates, BLOCK_FLAGS, LINE_DIRECTIVES, MAX_ATTACHMENTS, PROMPT_FIELDS, VALUE_TOKENS,
  type BodyEntry, type PromptField, type Template, type TemplateLoadResult,
} from './format';
export { fillTemplate, draftTitle, fieldLabel, fieldPrompt, type DraftValues, type FillMode } from './fill';
export { builtinTemplates, BUILTIN_TEMPLATE_FILES, GENRE_ORDER, genresWithoutTemplate } from './builtin';
export { chooseTemplate, genreList, kindsOf, type TemplateChoice } from './select';
export {
  STATIC_SNIPPETS, DYNAMIC_SNIPPETS, CLOSING_PREFIXES, GROUP_LABEL, closingSnippets, prefixesOf,
  type SnippetSpec, type SnippetGroup, type SnippetZone, type DynamicSpec,
} from './snippets';
export { resolveSnippet, dateVariables, SnippetSyntaxError, type SnippetResolution } from './snippetText';
export { draftCompletions, closingsFor, replaceLengthFor, type DraftCompletion, type CompletionInput } from './completion';
export { buildOutline, foldingRanges, type OutlineNode, type FoldRange } from './outline';
export { SAMPLE_DRAFT } from './sample';
