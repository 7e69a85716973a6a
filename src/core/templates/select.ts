/** Finding a template from what a drafter types: a template id, a 文种 (请示, 令, 复函…) and a kind (转发, 指示性…). */
import { GENRES, getGenre, isGenreId, type GenreId } from '../genres';
import type { Template } from './format';

/** Genre words that name a genre and, sometimes, a kind. */
const ALIASES: Record<string, { genre: GenreId; kind?: string }> = {
  令: { genre: '命令' },
  '命令（令）': { genre: '命令' },
  '命令(令)': { genre: '命令' },
  复函: { genre: '函', kind: '答复' },
  实施意见: { genre: '意见', kind: '实施意见' },
  指导意见: { genre: '意见', kind: '指导意见' },
  会议纪要: { genre: '纪要' },
  公布令: { genre: '命令', kind: '公布令' },
  嘉奖令: { genre: '命令', kind: '嘉奖令' },
};

export type TemplateChoice =
  | { ok: true; template: Template }
  | { ok: false; reason: 'genre'; value: string }
  | { ok: false; reason: 'kind'; genre: GenreId; value: string; kinds: string[] };

/** A kind as users write it: 指示性 → 指示, 转发通知 → 转发, 请批函 → 请批. */
function kindKey(s: string): string {
  return s.replace(/[\s（）()]/g, '').replace(/(的)?(请示|报告|通知|通报|函|决定)$/, '').replace(/[性类]$/, '');
}

export function kindsOf(templates: readonly Template[], genre: GenreId): string[] {
  return templates.filter((x) => x.genre === genre).map((x) => x.kind ?? x.id);
}

/** Resolves `wenmi new <query> [--kind K]`. Without a kind, the genre's first template. */
export function chooseTemplate(templates: readonly Template[], query: string, kind?: string): TemplateChoice {
  const q = query.trim();
  const byId = templates.find((x) => x.id === q);
  if (byId && !kind) return { ok: true, template: byId };
  const alias = ALIASES[q];
  const genre: GenreId | undefined = alias?.genre ?? (isGenreId(q) ? q : undefined);
  if (!genre) return { ok: false, reason: 'genre', value: q };
  const candidates = templates.filter((x) => x.genre === genre);
  const wanted = kind ?? alias?.kind;
  if (!candidates.length) return { ok: false, reason: 'genre', value: q };
  if (!wanted) return { ok: true, template: candidates[0] };
  const k = kindKey(wanted);
  const kindLabel = (x: Template) => getGenre(x.genre).kinds.find((g) => g.id === x.kind)?.label ?? '';
  const exact = candidates.find((x) => x.kind === wanted || x.id === wanted || x.label === wanted || kindLabel(x) === wanted);
  if (exact) return { ok: true, template: exact };
  const loose = candidates.find((x) => {
    const id = x.kind ?? '';
    return k.length > 0 && (id === k || (k.length >= 2 && (id.startsWith(k) || k.startsWith(id) && id.length >= 2)) || kindKey(kindLabel(x)) === k);
  });
  if (loose) return { ok: true, template: loose };
  return { ok: false, reason: 'kind', genre, value: wanted, kinds: kindsOf(templates, genre) };
}

/** Every genre id, in 条例 order (for messages). */
export function genreList(): string {
  return GENRES.map((g) => g.id).join('、');
}
