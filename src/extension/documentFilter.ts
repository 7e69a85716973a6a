/**
 * Which documents Wenmi checks, and how. Plain data in, no `vscode` import (unit-tested).
 *   - `gongwen` documents are always treated as 公文;
 *   - other languages listed in `wenmi.languages` (plaintext, markdown…) follow `wenmi.detect`:
 *     auto = only when the text looks like a 公文 (so a README is never flagged).
 */
import type { DetectMode } from '../core/types';

export const GONGWEN_LANGUAGE = 'gongwen';

export type RunMode = 'onType' | 'onSave';

/** The adapter's own settings for one document (`wenmi.*` minus the lint configuration). */
export interface AdapterSettings {
  enable: boolean;
  languages: readonly string[];
  run: RunMode;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: AdapterSettings = {
  enable: true,
  languages: ['gongwen', 'plaintext', 'markdown'],
  run: 'onType',
  debounceMs: 300,
};

/** Schemes of views onto other text (diffs, output, SCM input), never checked even in a listed language. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'debug', 'comment', 'vscode-chat-code-block', 'conflictResolution']);

export interface DocumentKey {
  languageId: string;
  scheme: string;
}

/** Whether Wenmi looks at the document at all (then the detect mode decides whether it is a 公文). */
export function isChecked(doc: DocumentKey, settings: AdapterSettings): boolean {
  return settings.enable && !IGNORED_SCHEMES.has(doc.scheme) && settings.languages.includes(doc.languageId);
}

/** The detect mode for a checked document: gongwen always, others per the configuration. */
export function detectModeFor(doc: DocumentKey, configured: DetectMode): DetectMode {
  return doc.languageId === GONGWEN_LANGUAGE ? 'always' : configured;
}

/** Reads raw setting values defensively: a hand-edited settings.json may hold anything. */
export function normalizeSettings(raw: {
  enable?: unknown;
  languages?: unknown;
  run?: unknown;
  debounceMs?: unknown;
}): AdapterSettings {
  const languages = Array.isArray(raw.languages) ? raw.languages.filter((l): l is string => typeof l === 'string') : DEFAULT_SETTINGS.languages;
  const debounce = typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) ? raw.debounceMs : DEFAULT_SETTINGS.debounceMs;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    languages,
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.min(5000, Math.max(0, Math.round(debounce))),
  };
}

/**
 * Above this many characters a document is not checked on every keystroke: a lint of a multi-megabyte
 * paste can take seconds, and the editor must stay responsive. It is checked on open and on save instead
 * (and by Check Document Now), whatever `wenmi.run` says.
 */
export const LARGE_DOCUMENT_CHARS = 500_000;

/** When a document of `length` characters is linted. */
export function effectiveRunMode(settings: AdapterSettings, length: number): RunMode {
  return length > LARGE_DOCUMENT_CHARS ? 'onSave' : settings.run;
}
