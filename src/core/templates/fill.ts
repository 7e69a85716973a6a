/**
 * Fills a template with a drafter's values, either as a VS Code snippet (tab stops for what is left
 * to write, the cursor in the first one) or as plain text (each placeholder replaced by its label, as
 * `wenmi new` prints it). Both come from one walk over the body, so they cannot drift apart.
 *
 *   {{org}} {{title}} …   value fields: the value, or a tab stop (snippet) / its label (plain) when empty;
 *                         the same empty field used twice is one mirrored tab stop
 *   [[label]]             a tab stop whose placeholder is label (plain: label)
 *   [[key:label]]         a named tab stop: the same key again mirrors it
 *   [[特急|加急]]          a choice (plain: the first)
 *   {{attachmentNote}}    whole-line directives expanded to the 附件说明 / the attachment pages
 */
import { t } from '../messages';
import { formatIssueDate } from './date';
import type { BlockFlag, BodyEntry, PromptField, Template } from './format';
import { buildTitle, normalizeSubject } from './title';

export interface DraftValues {
  /** 发文机关. */
  org?: string;
  /** 事由 (or, for 印发/转发 templates, the document's name / the received title). */
  subject?: string;
  /** 主送机关. */
  to?: string;
  /** 机关代字 for the 发文字号 (from the organization profile). */
  code?: string;
  /** 成文日期 (default: now). */
  date?: Date;
  /** Number of attachments (default: the template's). */
  attachments?: number;
  /** Whether to include the 版头 and 版记 blocks (when: header). Default true. */
  header?: boolean;
}

export type FillMode = 'snippet' | 'plain';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\w+)\uE001/g;
const sentinel = (name: string) => `${OPEN}${name}${CLOSE}`;

/** Full-width indentation that aligns a second attachment under the first: the width of “附件：”. */
const ATTACHMENT_ALIGN = '\u3000\u3000\u3000';

type ValueName = 'org' | 'subject' | 'to' | 'title' | 'date' | 'year' | 'code' | 'genre' | 'imprinter' | 'source';

interface Context {
  tpl: Template;
  values: Record<ValueName, string>;
  labels: Record<string, string>;
  flags: Record<BlockFlag, boolean>;
  attachments: number;
}

function trimValue(s: string | undefined): string {
  return (s ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** The label shown for an empty field. */
export function fieldLabel(tpl: Template, field: PromptField | 'code' | 'imprinter'): string {
  if (field === 'code') return t('drafting.field.code.placeholder');
  if (field === 'imprinter') return `${fieldLabel(tpl, 'org')}办公室`;
  return tpl.fields[field]?.placeholder ?? t(`drafting.field.${field}.placeholder`);
}

/** The prompt for a field (New Official Document). */
export function fieldPrompt(tpl: Template, field: PromptField): string {
  return tpl.fields[field]?.prompt ?? t(`drafting.field.${field}.prompt`);
}

function context(tpl: Template, v: DraftValues, now: Date): Context {
  const date = v.date ?? now;
  const org = trimValue(v.org).replace(/[：:]$/, '');
  const rawSubject = trimValue(v.subject);
  const to = trimValue(v.to).replace(/[：:，,。]+$/, '');
  const code = trimValue(v.code);
  const orgText = org || sentinel('org');
  const norm = rawSubject ? normalizeSubject(tpl.title, rawSubject, org) : undefined;
  const subjectText = norm?.subject || sentinel('subject');
  const values: Record<ValueName, string> = {
    org: orgText,
    subject: subjectText,
    to: to || sentinel('to'),
    code: code || sentinel('code'),
    title: buildTitle(tpl.title, orgText, rawSubject ? rawSubject : sentinel('subject')),
    date: formatIssueDate(date),
    year: String(date.getFullYear()),
    genre: tpl.title.word,
    imprinter: org ? (/(办公室|办公厅)$/.test(org) ? org : `${org}办公室`) : `${sentinel('org')}办公室`,
    source: norm?.source || `《${sentinel('subject')}》`,
  };
  const attachments = Math.max(0, Math.min(9, Math.floor(v.attachments ?? tpl.attachments)));
  return {
    tpl,
    values,
    labels: {
      org: fieldLabel(tpl, 'org'),
      subject: fieldLabel(tpl, 'subject'),
      to: fieldLabel(tpl, 'to'),
      code: fieldLabel(tpl, 'code'),
    },
    flags: { header: v.header ?? true, attachments: attachments > 0, recipients: tpl.recipients },
    attachments,
  };
}

/** Expands `when` blocks and line directives into plain template lines. */
function expand(entries: BodyEntry[], ctx: Context, out: string[]): void {
  for (const e of entries) {
    if (typeof e !== 'string') {
      const neg = e.when.startsWith('!');
      const on = ctx.flags[e.when.replace(/^!/, '') as BlockFlag];
      if (on !== neg) expand(e.lines, ctx, out);
      continue;
    }
    const directive = /^([\s\u3000]*)\{\{(attachmentNote|attachmentPages)\}\}[\s\u3000]*$/.exec(e);
    if (!directive) {
      out.push(e);
      continue;
    }
    const indent = directive[1];
    const n = ctx.attachments;
    if (n === 0) continue;
    if (directive[2] === 'attachmentNote') {
      if (n === 1) out.push(`${indent}附件：[[att1:附件名称]]`);
      else for (let i = 1; i <= n; i++) out.push(`${indent}${i === 1 ? '附件：' : ATTACHMENT_ALIGN}${i}.[[att${i}:附件名称]]`);
    } else {
      for (let i = 1; i <= n; i++) {
        out.push('', n === 1 ? '附件' : `附件${i}`, '', `[[att${i}:附件名称]]`, '', '\u3000\u3000[[……]]');
      }
    }
  }
}

interface Renderer {
  text(s: string): string;
  stop(key: string | undefined, label: string, choices?: string[]): string;
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

function escapeChoice(s: string): string {
  return s.replace(/[\\,|$}]/g, (c) => '\\' + c);
}

function snippetRenderer(): Renderer {
  const numbers = new Map<string, number>();
  let next = 1;
  return {
    text: escapeSnippet,
    stop(key, label, choices) {
      let n = key ? numbers.get(key) : undefined;
      if (n !== undefined) return `\${${n}}`;
      n = next++;
      if (key) numbers.set(key, n);
      if (choices) return `\${${n}|${choices.map(escapeChoice).join(',')}|}`;
      return `\${${n}:${escapeSnippet(label)}}`;
    },
  };
}

const plainRenderer: Renderer = {
  text: (s) => s,
  stop: (_key, label, choices) => (choices ? choices[0] : label),
};

/** Renders a value that may hold sentinels for empty fields. */
function renderValue(s: string, ctx: Context, r: Renderer): string {
  let out = '';
  let at = 0;
  SENTINEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTINEL.exec(s))) {
    out += r.text(s.slice(at, m.index));
    out += r.stop(`=${m[1]}`, ctx.labels[m[1]] ?? m[1]);
    at = m.index + m[0].length;
  }
  return out + r.text(s.slice(at));
}

/** A value as plain text (inside a placeholder's label): empty fields show their label. */
function plainValue(s: string, ctx: Context): string {
  return s.replace(SENTINEL, (_all, name: string) => ctx.labels[name] ?? name);
}

const PIECE = /\{\{(\w+)\}\}|\[\[((?:(?!\]\]).)+)\]\]/g;

function renderLine(line: string, ctx: Context, r: Renderer): string {
  let out = '';
  let at = 0;
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(line))) {
    out += r.text(line.slice(at, m.index));
    if (m[1] !== undefined) {
      out += renderValue(ctx.values[m[1] as ValueName] ?? m[0], ctx, r);
    } else {
      let body = m[2].replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
        name in ctx.values ? plainValue(ctx.values[name as ValueName], ctx) : all);
      let key: string | undefined;
      const named = /^([a-z][A-Za-z0-9]*):(?=.)/.exec(body);
      if (named) {
        key = named[1];
        body = body.slice(named[0].length);
      }
      const choices = body.includes('|') ? body.split('|').filter((c) => c.length > 0) : undefined;
      out += r.stop(key, choices ? choices[0] : body, choices && choices.length > 1 ? choices : undefined);
    }
    at = m.index + m[0].length;
  }
  return out + r.text(line.slice(at));
}

/** Joins lines: no run of blank lines, none at the start or the end, one final newline. */
function layout(lines: string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const blank = l.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : l.replace(/[ \t]+$/, ''));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/**
 * Fills a template. `now` gives today's 成文日期 when `values.date` is not set (pass it in tests).
 * Snippet mode escapes the values ($ } \) and numbers tab stops in document order.
 */
export function fillTemplate(tpl: Template, values: DraftValues, mode: FillMode, now: Date = new Date()): string {
  const ctx = context(tpl, values, now);
  const lines: string[] = [];
  expand(tpl.body, ctx, lines);
  const r = mode === 'snippet' ? snippetRenderer() : plainRenderer;
  return layout(lines.map((l) => renderLine(l, ctx, r)));
}

/** The title a template builds from the values (empty fields show their labels). */
export function draftTitle(tpl: Template, values: DraftValues): string {
  const ctx = context(tpl, values, new Date(2000, 0, 1));
  return plainValue(ctx.values.title, ctx);
}
