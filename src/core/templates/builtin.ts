/**
 * The built-in templates: the data files in templates/*.json (one per 文种), bundled into the core by
 * esbuild / tsx (resolveJsonModule), validated once at load. A test checks that every file in templates/
 * is listed here and that the data is valid.
 */
import announcement from '../../../templates/announcement.json';
import bulletin from '../../../templates/bulletin.json';
import communique from '../../../templates/communique.json';
import decision from '../../../templates/decision.json';
import letter from '../../../templates/letter.json';
import minutes from '../../../templates/minutes.json';
import motion from '../../../templates/motion.json';
import notice from '../../../templates/notice.json';
import opinion from '../../../templates/opinion.json';
import order from '../../../templates/order.json';
import publicNotice from '../../../templates/public-notice.json';
import reply from '../../../templates/reply.json';
import report from '../../../templates/report.json';
import request from '../../../templates/request.json';
import resolution from '../../../templates/resolution.json';
import { GENRES } from '../genres';
import { loadTemplates, type Template } from './format';

/** The files, in the order of 条例第八条 … as a drafter meets them most: by genre order below. */
export const BUILTIN_TEMPLATE_FILES: Readonly<Record<string, unknown>> = {
  'templates/request.json': request,
  'templates/report.json': report,
  'templates/notice.json': notice,
  'templates/letter.json': letter,
  'templates/reply.json': reply,
  'templates/opinion.json': opinion,
  'templates/minutes.json': minutes,
  'templates/decision.json': decision,
  'templates/resolution.json': resolution,
  'templates/bulletin.json': bulletin,
  'templates/public-notice.json': publicNotice,
  'templates/announcement.json': announcement,
  'templates/order.json': order,
  'templates/motion.json': motion,
  'templates/communique.json': communique,
};

/** Genres in the order drafters reach for them (the picker and `wenmi new --list` use it). */
export const GENRE_ORDER = ['请示', '报告', '通知', '函', '批复', '意见', '纪要', '决定', '决议', '通报', '通告', '公告', '命令', '议案', '公报'] as const;

function load(): Template[] {
  const all: Template[] = [];
  const errors: string[] = [];
  for (const [source, data] of Object.entries(BUILTIN_TEMPLATE_FILES)) {
    const r = loadTemplates(data, 'builtin', source);
    all.push(...r.templates);
    errors.push(...r.errors);
  }
  if (errors.length) throw new Error(`invalid built-in templates:\n${errors.join('\n')}`);
  const rank = (g: string) => (GENRE_ORDER as readonly string[]).indexOf(g);
  // Stable sort by genre order; the files' own order within a genre.
  return all.map((tpl, i) => ({ tpl, i })).sort((a, b) => rank(a.tpl.genre) - rank(b.tpl.genre) || a.i - b.i).map((x) => x.tpl);
}

let loaded: readonly Template[] | undefined;

/** The built-in templates, checked and sorted on first use (not while the extension loads). */
export function builtinTemplates(): readonly Template[] {
  return (loaded ??= load());
}

/** Every statutory genre has at least one template (checked by the tests as well). */
export function genresWithoutTemplate(templates: readonly Template[]): string[] {
  const have = new Set(templates.map((x) => x.genre));
  return GENRES.map((g) => g.id).filter((g) => !have.has(g));
}
