/**
 * The one catalogue of user-facing Chinese text. Each area keeps its entries in its own file
 * (so that rule authors do not edit one another's lines); this module merges them and is the
 * only way code reads a message: `t('closing-mismatch.wrong', { found, genre })`.
 *
 * Wording convention (RULEBOOK §3): say 条例规定 / 国标规定 only for 条例 and GB clauses, 实务通常 for practice.
 */
import { engineMessages } from './engine';
import { genreMessages } from './genre';
import { formatMessages } from './format';
import { uiMessages } from './ui';
import { closingMessages } from './closing';
import { punctMessages } from './punct';
import { draftingMessages } from './drafting';
import { teamMessages } from './team';
import { docxMessages } from './docx';

export const catalogue = {
  ...engineMessages,
  ...genreMessages,
  ...formatMessages,
  ...closingMessages,
  ...punctMessages,
  ...uiMessages,
  ...draftingMessages,
  ...teamMessages,
  ...docxMessages,
} as const;

export type MessageKey = keyof typeof catalogue;
export type MessageParams = Record<string, string | number>;

/** Formats a catalogue message, replacing {name} placeholders. Unknown placeholders stay visible. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  // Each template is split once into literal text and placeholder names (odd indexes): a message is then
  // a join, not a regex replace (rules format one per finding, thousands on a long draft).
  let parts = compiled.get(key);
  if (!parts) compiled.set(key, (parts = (catalogue[key] as string).split(/\{(\w+)\}/)));
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

const compiled = new Map<string, string[]>();
