/** Which pack snippets a document offers. */
import type { PackSnippet } from '../config';

/**
 * The snippets for a document of `genre`: those not limited by "genres", and those limited to it.
 * When the 文种 is not known yet (a blank draft), every snippet is offered.
 */
export function snippetsForGenre(snippets: readonly PackSnippet[], genre: string | undefined): PackSnippet[] {
  return snippets.filter((s) => !s.genres?.length || !genre || s.genres.includes(genre));
}
