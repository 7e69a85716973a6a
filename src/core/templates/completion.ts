/**
 * What the drafting completion offers at a position, as data (the extension turns it into
 * CompletionItems): the 结束语 of the document's 文种 (and only those: a 请示's “妥否，请批示。” is never
 * offered inside a 通知), today's date in GB/T 9704 form, and the snippets of the team's packs that
 * fit the 文种. When no 文种 is detected, every closing is offered, grouped by 文种.
 */
import type { PackSnippet } from '../config';
import { GENRES, type GenreId } from '../genres';
import { t } from '../messages';
import { formatIssueDate } from './date';
import { closingSnippets, DYNAMIC_SNIPPETS, GROUP_LABEL, prefixesOf, STATIC_SNIPPETS, type SnippetSpec } from './snippets';

export type DraftCompletionKind = 'closing' | 'date' | 'pack' | 'snippet';

export interface DraftCompletion {
  kind: DraftCompletionKind;
  label: string;
  /** Shown next to the label. */
  detail: string;
  documentation: string;
  /** VS Code snippet syntax. */
  insertText: string;
  /** Every prefix, space-separated: VS Code's fuzzy filter matches pinyin, Chinese or English. */
  filterText: string;
  sortText: string;
  /** How many characters before the cursor the item replaces (what the user typed of a prefix). */
  replaceLength: number;
  /** Preselect: the standard closing of the detected 文种. */
  preselect?: boolean;
}

export interface CompletionInput {
  /** The detected 文种, if any. */
  genre?: GenreId;
  /** The line's text before the cursor. */
  linePrefix: string;
  now: Date;
  /** The organisation's name (署名), from the team's organization profile. */
  orgName?: string;
  packSnippets?: readonly PackSnippet[];
}

/** Only indentation before the item's prefix: the item starts its line. */
const STARTS_LINE = /^[ \t\u3000]*$/;

/** Whether an item whose prefix is the last `typed` characters of `linePrefix` would start its line. */
export function startsItsLine(linePrefix: string, typed: number): boolean {
  return STARTS_LINE.test(linePrefix.slice(0, linePrefix.length - typed));
}
const ASCII_WORD = /[A-Za-z][A-Za-z0-9-]*$/;

/**
 * How much of the text before the cursor a completion with these prefixes replaces: the ASCII word
 * being typed (tctz, wm-clo…), or the longest tail that begins one of the Chinese prefixes (typing
 * 特此 after other Chinese text replaces just 特此).
 */
export function replaceLengthFor(linePrefix: string, prefixes: readonly string[]): number {
  const ascii = ASCII_WORD.exec(linePrefix);
  if (ascii) return ascii[0].length;
  let best = 0;
  for (const p of prefixes) {
    if (/^[\x00-\x7f]/.test(p)) continue;
    const max = Math.min(p.length, linePrefix.length);
    for (let n = max; n > best; n--) {
      if (linePrefix.endsWith(p.slice(0, n))) {
        best = n;
        break;
      }
    }
  }
  return best;
}

const GENRE_INDEX = new Map(GENRES.map((g, i) => [g.id, i]));

/** The closings to offer for a 文种 (in the order genres.ts lists them), or all when the 文种 is unknown. */
export function closingsFor(genre: GenreId | undefined): SnippetSpec[] {
  const all = closingSnippets();
  if (!genre) {
    return all
      .map((s) => ({ s, rank: Math.min(...s.genres!.map((g) => GENRE_INDEX.get(g) ?? 99)) }))
      .sort((a, b) => a.rank - b.rank)
      .map((x) => x.s);
  }
  const order = GENRES.find((g) => g.id === genre)?.closings ?? [];
  return order.map((text) => all.find((s) => s.body[0] === text)!).filter(Boolean);
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

export function draftCompletions(input: CompletionInput): DraftCompletion[] {
  const out: DraftCompletion[] = [];
  const closings = closingsFor(input.genre);
  closings.forEach((s, i) => {
    const prefixes = prefixesOf(s);
    const genres = s.genres!.join('、');
    out.push({
      kind: 'closing',
      label: s.body[0],
      detail: t('drafting.completion.closing', { genres }),
      documentation: input.genre ? t('drafting.completion.closingDoc', { genres }) : t('drafting.completion.closingAny'),
      insertText: s.body[0],
      filterText: prefixes.join(' '),
      sortText: `0-${pad(i)}`,
      replaceLength: replaceLengthFor(input.linePrefix, prefixes),
      ...(input.genre && i === 0 ? { preselect: true } : {}),
    });
  });
  const date = formatIssueDate(input.now);
  DYNAMIC_SNIPPETS.forEach((d, i) => {
    const prefixes = prefixesOf(d);
    out.push({
      kind: 'date',
      label: d.name,
      detail: t('drafting.completion.date', { date }),
      documentation: d.description,
      insertText: d.body(date, input.orgName).join('\n'),
      filterText: prefixes.join(' '),
      sortText: `1-${pad(i)}`,
      replaceLength: replaceLengthFor(input.linePrefix, prefixes),
    });
  });
  (input.packSnippets ?? []).forEach((p, i) => {
    if (p.genres && p.genres.length && input.genre && !p.genres.includes(input.genre)) return;
    const prefixes = p.prefix.length ? p.prefix : [p.name];
    out.push({
      kind: 'pack',
      label: prefixes[0],
      detail: `${p.name} · ${t('drafting.completion.pack', { pack: p.pack })}`,
      documentation: p.description ?? '',
      insertText: p.body,
      filterText: [...prefixes, p.name].join(' '),
      sortText: `2-${pad(i)}`,
      replaceLength: replaceLengthFor(input.linePrefix, prefixes),
    });
  });
  // The static snippets under their Chinese words (发文字号, 联系人, 抄送…): VS Code cannot keep a contributed
  // snippet out of a sentence, so snippets/gongwen.json carries only their pinyin and English prefixes and the
  // Chinese ones are offered here, where they start their line and once the drafter has typed some of the word.
  STATIC_SNIPPETS.forEach((s, i) => {
    const replaceLength = replaceLengthFor(input.linePrefix, s.zh);
    if (!replaceLength) return;
    out.push({
      kind: 'snippet',
      label: s.zh[0],
      detail: t('drafting.completion.snippet', { name: s.name, group: GROUP_LABEL[s.group] }),
      documentation: s.description,
      insertText: s.body.join('\n'),
      filterText: s.zh.join(' '),
      sortText: `3-${pad(i)}`,
      replaceLength,
    });
  });
  // Quick suggestions fire on every word character typed, Chinese included, and VS Code does not tell them
  // from Ctrl+Space. So items are offered only where a drafter starts a structural element: at the start of
  // a line (a closing, a 署名, a 成文日期, a pack snippet begin their own line), with nothing or only the
  // item's own prefix typed. In the middle of a sentence (……3月5日, ……。请) nothing pops up.
  return out.filter((c) => startsItsLine(input.linePrefix, c.replaceLength));
}
