/**
 * The title builder: 发文机关 + 关于 + 事由 + 的 + 文种 (条例第九条（七）), with the forms practice uses
 * for 印发/发布/报送 (《》 around the document's name) and for 转发/批转 (no nested “的通知的通知”, no
 * doubled 关于, the original document forwarded directly). Pure string work; see docs/templates.md.
 */
import { matchGenreSuffix } from '../genres';

/** How a template builds its title. */
export type TitleForm = 'standard' | 'plain' | 'issue' | 'forward' | 'order';

export const TITLE_FORMS: readonly TitleForm[] = ['standard', 'plain', 'issue', 'forward', 'order'];

export interface TitleSpec {
  form: TitleForm;
  /** The genre word that ends the title (通知, 复函, 实施意见, 命令…). */
  word: string;
  /** For issue: 印发 / 发布 / 报送; for forward: 转发 / 批转. */
  verb?: string;
}

const TRAILING_PUNCT = /[。，；：！？.,;:!?、\s\u3000]+$/;
const LEADING_SPACE = /^[\s\u3000]+/;
/** 《X》 as a whole (not 《A》和《B》). */
const WRAPPED = /^《([^《》]*)》$/;

function clean(s: string): string {
  return s.replace(LEADING_SPACE, '').replace(TRAILING_PUNCT, '');
}

function unwrap(s: string): string {
  const m = WRAPPED.exec(s);
  return m ? m[1] : s;
}

function stripLeading(s: string, re: RegExp): string {
  let out = s;
  for (let i = 0; i < 4; i++) {
    const next = out.replace(re, '');
    if (next === out || !next) break;
    out = next;
  }
  return out;
}

/** A word that repeats the genre at the end of the 事由 (“调整布局的请示” typed as 事由). */
function stripGenreTail(s: string, word: string): string {
  if (!word) return s;
  let out = s;
  if (out.endsWith('的' + word) && out.length > word.length + 1) out = out.slice(0, -(word.length + 1));
  else if (out.endsWith(word) && out.length > word.length) out = out.slice(0, -word.length);
  return out;
}

export interface NormalizedSubject {
  /** The 事由 (standard, plain), the document's name without 《》 (issue), or the forwarded title (forward). */
  subject: string;
  /** For forward: how the body cites the received document, e.g. 省教育厅《关于……的通知》. */
  source: string;
}

/**
 * The 事由 as the title and body use it: trimmed, without a leading 关于 (the builder adds it), without
 * the genre word repeated at the end; for 请示 without the redundant 请求/申请 (RULEBOOK title-redundant);
 * for issue forms without 《》 and the verb; for forward forms the innermost forwarded document.
 */
export function normalizeSubject(spec: TitleSpec, raw: string, org = ''): NormalizedSubject {
  let s = clean(raw);
  switch (spec.form) {
    case 'standard': {
      s = stripLeading(s, /^关于/);
      s = stripGenreTail(s, spec.word).replace(/的$/, '');
      if (spec.word === '请示') s = stripLeading(s, /^(请求|申请|恳请)/);
      return { subject: s, source: '' };
    }
    case 'plain': {
      s = stripGenreTail(s, spec.word);
      if (org && s.startsWith(org) && s.length > org.length) s = s.slice(org.length);
      return { subject: s, source: '' };
    }
    case 'issue': {
      const verb = spec.verb ?? '印发';
      s = stripLeading(s, /^关于/);
      if (s.startsWith(verb) && s.length > verb.length) s = s.slice(verb.length);
      if (/^《[^《》]*》的通知$/.test(s)) s = s.slice(0, -3);
      return { subject: unwrap(s), source: '' };
    }
    case 'forward': {
      s = unwrap(stripLeading(s, /^(关于)?(转发|批转)/));
      const source = citeSource(s);
      return { subject: innermost(s), source };
    }
    case 'order':
      return { subject: s, source: '' };
  }
}

/** 省教育厅转发教育部关于……的通知 → 教育部关于……的通知 (forward the original directly; RULEBOOK title-transfer-nesting). */
function innermost(s: string): string {
  let out = s;
  const at = Math.max(out.lastIndexOf('转发'), out.lastIndexOf('批转'));
  if (at >= 0 && at + 2 < out.length) out = out.slice(at + 2);
  // 教育部关于……的通知的通知 → one 的通知.
  while (out.endsWith('的通知的通知')) out = out.slice(0, -3);
  return out;
}

/** How the body cites a received document: the issuer before its title in 《》 (省教育厅《关于……的通知》). */
export function citeSource(title: string): string {
  if (!title) return title;
  const m = /^(.*?)(关于|转发|批转|印发)/.exec(title);
  if (!m) return `《${title}》`;
  const issuer = m[1];
  return `${issuer}《${title.slice(issuer.length)}》`;
}

/** Builds the title from the 发文机关 and the (raw) 事由. */
export function buildTitle(spec: TitleSpec, org: string, rawSubject: string): string {
  const o = clean(org);
  const { subject } = normalizeSubject(spec, rawSubject, o);
  const word = spec.word;
  switch (spec.form) {
    case 'standard':
      return `${o}关于${subject}的${word}`;
    case 'plain':
      return `${o}${subject}${word}`;
    case 'issue':
      return `${o}关于${spec.verb ?? '印发'}《${subject}》的${word}`;
    case 'order':
      return o.endsWith('令') ? o : `${o}令`;
    case 'forward': {
      const verb = spec.verb ?? '转发';
      // Not a 公文 title (no 关于, e.g. a regulation's name): 关于转发《…》的通知.
      if (!/关于/.test(subject)) return `${o}关于${verb}《${subject}》的${word}`;
      // The forwarded 通知 supplies the title's own 的通知: no “的通知的通知”.
      if (subject.endsWith('的' + word)) return `${o}${verb}${subject}`;
      // 发展改革委关于……工作的意见 → 转发发展改革委关于……工作意见的通知 (one 的 only).
      const g = matchGenreSuffix(subject);
      if (g && subject.endsWith('的' + g.suffix)) {
        return `${o}${verb}${subject.slice(0, -(g.suffix.length + 1))}${g.suffix}的${word}`;
      }
      return `${o}${verb}${subject}的${word}`;
    }
  }
}
