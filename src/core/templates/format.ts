/**
 * The template format (documented in docs/templates.md): what a template is, and the validation that
 * turns raw data — a built-in templates/*.json file or a pack's PackTemplate.data — into templates,
 * with one clear Chinese error per problem (where, what, what is allowed).
 */
import { GENRES, getGenre, isGenreId, type GenreId } from '../genres';
import { t } from '../messages';
import { TITLE_FORMS, type TitleForm, type TitleSpec } from './title';

/** Conditions a body block may depend on. `!flag` negates. */
export type BlockFlag = 'header' | 'attachments' | 'recipients';
export const BLOCK_FLAGS: readonly BlockFlag[] = ['header', 'attachments', 'recipients'];

export type BodyEntry = string | { when: string; lines: BodyEntry[] };

/** The values a drafter gives (prompted by New Official Document, flags of `wenmi new`). */
export type PromptField = 'org' | 'subject' | 'to';
export const PROMPT_FIELDS: readonly PromptField[] = ['org', 'subject', 'to'];

export interface FieldText {
  prompt?: string;
  placeholder?: string;
}

export interface Template {
  id: string;
  genre: GenreId;
  /** The kind within the genre (请求批准, 转发…); matches genres.ts kind ids for the built-in ones. */
  kind?: string;
  /** Shown in pickers, e.g. 请示（请求批准）. */
  label: string;
  /** One line: what the template is for. */
  description: string;
  title: TitleSpec;
  /** Whether the template asks for a 主送机关 (default: the genre's hasRecipients). */
  recipients: boolean;
  /** Default number of attachments (0 = none). */
  attachments: number;
  /** Whether {{attachmentNote}} appears: then New Official Document asks how many attachments. */
  usesAttachments: boolean;
  fields: Partial<Record<PromptField, FieldText>>;
  body: BodyEntry[];
  /** 'builtin' or the pack (name@version) it came from. */
  origin: string;
  /** File it was read from, for messages. */
  source: string;
}

/** Value fields usable as {{name}} in a body line. */
export const VALUE_TOKENS = ['org', 'subject', 'to', 'title', 'date', 'year', 'code', 'genre', 'imprinter', 'source'] as const;
/** Whole-line directives. */
export const LINE_DIRECTIVES = ['attachmentNote', 'attachmentPages'] as const;
export const MAX_ATTACHMENTS = 9;

const VERBS: Record<TitleForm, readonly string[]> = {
  standard: [], plain: [], order: [], issue: ['印发', '发布', '报送'], forward: ['转发', '批转'],
};

const KNOWN_KEYS = ['id', 'genre', 'kind', 'label', 'description', 'title', 'recipients', 'attachments', 'fields', 'body'];
const TITLE_KEYS = ['form', 'word', 'verb'];

export interface TemplateLoadResult {
  templates: Template[];
  errors: string[];
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  switch (typeof v) {
    case 'string': return '字符串';
    case 'number': return '数字';
    case 'boolean': return '布尔值';
    default: return typeof v;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The list of raw templates in a file: one object, an array, or { templates: [...] }. */
function rawList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isObject(data)) {
    if (Array.isArray(data.templates)) return data.templates;
    if ('id' in data || 'body' in data) return [data];
  }
  return undefined;
}

const TOKEN = /\{\{([^{}]*)\}\}/g;

/** Checks the tokens of one body line; returns the problem, if any. */
function checkLine(line: string): { key: 'unknownToken' | 'directiveAlone' | 'unclosedStop' | 'emptyStop'; token?: string } | undefined {
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(line))) {
    const name = m[1];
    if ((LINE_DIRECTIVES as readonly string[]).includes(name)) {
      if (line.trim() !== m[0]) return { key: 'directiveAlone', token: m[0] };
      continue;
    }
    if (!(VALUE_TOKENS as readonly string[]).includes(name)) return { key: 'unknownToken', token: m[0] };
  }
  let at = 0;
  for (;;) {
    const open = line.indexOf('[[', at);
    if (open < 0) break;
    const close = line.indexOf(']]', open + 2);
    if (close < 0) return { key: 'unclosedStop' };
    if (close === open + 2) return { key: 'emptyStop' };
    at = close + 2;
  }
  return undefined;
}

/**
 * Validates raw template data. `origin` is 'builtin' or a pack name; `source` the file (for messages).
 * Valid templates are returned even when others in the same file are not.
 */
export function loadTemplates(data: unknown, origin: string, source: string): TemplateLoadResult {
  const errors: string[] = [];
  const templates: Template[] = [];
  const list = rawList(data);
  if (!list) {
    errors.push(t('drafting.template.fileShape', { source, type: typeName(data) }));
    return { templates, errors };
  }
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const idText = isObject(raw) && typeof raw.id === 'string' ? `（${raw.id}）` : '';
    const where = t('drafting.template.where', { source, index: i + 1, id: idText });
    const before = errors.length;
    const err = (key: Parameters<typeof t>[0], params: Record<string, string | number> = {}) =>
      errors.push(t(key, { where, ...params }));
    if (!isObject(raw)) {
      err('drafting.template.notObject', { type: typeName(raw) });
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!key.startsWith('$') && !KNOWN_KEYS.includes(key)) err('drafting.template.unknownKey', { key, known: KNOWN_KEYS.join('、') });
    }
    for (const key of ['id', 'genre', 'description', 'body']) if (!(key in raw)) err('drafting.template.missing', { key });
    for (const key of ['id', 'genre', 'kind', 'label', 'description']) {
      if (key in raw && typeof raw[key] !== 'string') err('drafting.template.notString', { key });
    }
    const id = typeof raw.id === 'string' ? raw.id : '';
    if (typeof raw.id === 'string') {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) err('drafting.template.badId', { value: id });
      else if (seen.has(id)) err('drafting.template.duplicateId', { value: id });
      seen.add(id);
    }
    const genreText = typeof raw.genre === 'string' ? raw.genre.replace(/^命令（令）$|^令$/, '命令') : '';
    if (typeof raw.genre === 'string' && !isGenreId(genreText)) {
      err('drafting.template.badGenre', { value: raw.genre, genres: GENRES.map((g) => g.id).join('、') });
    }
    // title
    let title: TitleSpec | undefined;
    const rawTitle = raw.title ?? {};
    if (!isObject(rawTitle)) err('drafting.template.titleShape');
    else {
      for (const key of Object.keys(rawTitle)) {
        if (!TITLE_KEYS.includes(key)) err('drafting.template.unknownKey', { key: `title.${key}`, known: TITLE_KEYS.join('、') });
      }
      const form = rawTitle.form ?? 'standard';
      if (typeof form !== 'string' || !(TITLE_FORMS as readonly string[]).includes(form)) {
        err('drafting.template.badForm', { value: String(form), forms: TITLE_FORMS.join('、') });
      } else {
        const f = form as TitleForm;
        const verbs = VERBS[f];
        const verb = rawTitle.verb;
        if (verb !== undefined && (typeof verb !== 'string' || !verbs.includes(verb))) {
          err('drafting.template.badVerb', { value: String(verb), form: f, verbs: verbs.length ? verbs.join('、') : '（不用 verb）' });
        }
        if (rawTitle.word !== undefined && typeof rawTitle.word !== 'string') err('drafting.template.notString', { key: 'title.word' });
        if (isGenreId(genreText)) {
          title = {
            form: f,
            word: typeof rawTitle.word === 'string' && rawTitle.word ? rawTitle.word : genreText,
            ...(typeof verb === 'string' ? { verb } : verbs.length ? { verb: verbs[0] } : {}),
          };
        }
      }
    }
    if ('recipients' in raw && typeof raw.recipients !== 'boolean') err('drafting.template.notBoolean', { key: 'recipients' });
    const att = raw.attachments ?? 0;
    if (typeof att !== 'number' || !Number.isInteger(att) || att < 0 || att > MAX_ATTACHMENTS) {
      err('drafting.template.badAttachments', { max: MAX_ATTACHMENTS });
    }
    // fields
    const fields: Partial<Record<PromptField, FieldText>> = {};
    if ('fields' in raw) {
      const f = raw.fields;
      const bad = () => err('drafting.template.badField', { fields: PROMPT_FIELDS.join('、') });
      if (!isObject(f)) bad();
      else {
        for (const [k, v] of Object.entries(f)) {
          if (!(PROMPT_FIELDS as readonly string[]).includes(k) || !isObject(v) ||
            Object.entries(v).some(([kk, vv]) => !['prompt', 'placeholder'].includes(kk) || typeof vv !== 'string')) {
            bad();
            break;
          }
          fields[k as PromptField] = v as FieldText;
        }
      }
    }
    // body
    let hasTitle = false;
    let usesAttachments = false;
    let lineNo = 0;
    const checkEntries = (entries: unknown): boolean => {
      if (!Array.isArray(entries) || entries.length === 0) return false;
      for (const e of entries) {
        lineNo++;
        if (typeof e === 'string') {
          const problem = checkLine(e);
          if (problem) err(`drafting.template.${problem.key}` as Parameters<typeof t>[0], { line: lineNo, token: problem.token ?? '', tokens: VALUE_TOKENS.map((x) => `{{${x}}}`).join(' ') + ' ' + LINE_DIRECTIVES.map((x) => `{{${x}}}`).join(' ') });
          if (e.includes('{{title}}')) hasTitle = true;
          if (e.includes('{{attachmentNote}}')) usesAttachments = true;
        } else if (isObject(e) && typeof e.when === 'string' && Array.isArray(e.lines) && Object.keys(e).every((k) => k === 'when' || k === 'lines')) {
          const flag = e.when.replace(/^!/, '');
          if (!(BLOCK_FLAGS as readonly string[]).includes(flag)) {
            err('drafting.template.badWhen', { line: lineNo, value: e.when, flags: BLOCK_FLAGS.flatMap((b) => [b, '!' + b]).join('、') });
          }
          const at = lineNo;
          if (!checkEntries(e.lines)) err('drafting.template.badBlock', { line: at });
        } else {
          err('drafting.template.badBlock', { line: lineNo });
        }
      }
      return true;
    };
    if ('body' in raw) {
      if (!checkEntries(raw.body)) err('drafting.template.badBody');
      else if (!hasTitle) err('drafting.template.noTitle');
    }
    if (errors.length > before || !title) return;
    const genre = getGenre(genreText as GenreId);
    const kindId = typeof raw.kind === 'string' ? raw.kind : undefined;
    templates.push({
      id,
      genre: genre.id,
      ...(kindId ? { kind: kindId } : {}),
      label: typeof raw.label === 'string' && raw.label ? raw.label : kindId ? `${genre.id}（${kindId}）` : genre.id,
      description: raw.description as string,
      title,
      recipients: typeof raw.recipients === 'boolean' ? raw.recipients : genre.hasRecipients,
      attachments: att as number,
      usesAttachments,
      fields,
      body: raw.body as BodyEntry[],
      origin,
      source,
    });
  });
  return { templates, errors };
}

/**
 * Merges template lists: later lists win on the same id (a team's pack may replace a built-in
 * template), the order of first appearance is kept.
 */
export function mergeTemplates(...lists: Template[][]): Template[] {
  const byId = new Map<string, Template>();
  for (const list of lists) for (const tpl of list) byId.set(tpl.id, tpl);
  return [...byId.values()];
}
