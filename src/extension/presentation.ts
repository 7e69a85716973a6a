/**
 * What the status bar and the 文种 hover say, from the core's genre data and message catalogue.
 * No `vscode` import (unit-tested); statusBar.ts and hover.ts only place the text.
 */
import type { Genre } from '../core/genres';
import { core } from './core';

export interface StatusView {
  text: string;
  tooltip: string;
}

/** The status bar for a checked document: 文种·行文方向 and 字数, or 非公文. */
export function statusView(linted: boolean, genre: Genre | undefined, count: number): StatusView {
  const { DIRECTION_LABEL, t } = core();
  if (!linted) return { text: t('ui.status.notGongwen'), tooltip: t('engine.notGongwen') };
  const chars = t('ui.status.chars', { count });
  if (!genre) return { text: `${t('ui.status.noGenre')} ${chars}`, tooltip: t('ui.status.noGenreTooltip', { count }) };
  const direction = DIRECTION_LABEL[genre.direction];
  return {
    text: `${t('ui.status.genre', { genre: genre.id, direction })} ${chars}`,
    tooltip: t('ui.status.tooltip', { genre: genre.id, article: genre.article, direction, count, definition: genre.definition }),
  };
}

/** 字数 of the document's own text: suppression markers are not part of it. */
export function documentCharacters(text: string): number {
  const { countCharacters, stripMarkers } = core();
  return countCharacters(text.includes('wenmi-') ? stripMarkers(text) : text);
}

/** The hover on the 文种 word of the title (Markdown): 条例第八条 definition, direction, kinds, usual closings. */
export function genreHoverMarkdown(genre: Genre): string {
  const { DIRECTION_LABEL, t } = core();
  const lines = [
    t('ui.hover.definition', { genre: genre.id, article: genre.article, definition: genre.definition }),
    t('ui.hover.direction', { direction: DIRECTION_LABEL[genre.direction] }),
  ];
  if (genre.kinds.length) lines.push(t('ui.hover.kinds', { kinds: genre.kinds.map((k) => k.label).join('、') }));
  lines.push(genre.closings.length ? t('ui.hover.closings', { closings: genre.closings.map((c) => `“${c}”`).join(' ') }) : t('ui.hover.noClosings'));
  // Markdown paragraphs: one blank line between the items.
  return lines.map(escapeMarkdown).join('\n\n');
}

/** Escapes what Markdown would interpret in catalogue text, keeping the catalogue's own **bold**. */
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`_[\]<>#|])/g, '\\$1');
}
