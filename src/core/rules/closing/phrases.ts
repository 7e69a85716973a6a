/**
 * Phrase tables and sentence helpers shared by the 结束语 / 文种 rules (RULEBOOK §G and the
 * 请示 / 报告 distinctions of the seed document). Closing formulas are 实务, not 条例.
 */
import type { DetectedGenre } from '../../detect';
import type { GenreId } from '../../genres';
import type { Element, GongwenDocument } from '../../parse/model';
import type { RuleContext } from '../types';
import { closingParagraphs, matchAll, type Match } from '../util';

/** A request formula that makes a 请示 a 请示 (closing-request-required). 特此请示 is accepted (seed). */
export const REQUEST_FORMULA =
  /妥否|当否|是否妥当|如无不妥|如无不当|特此请示|(?<![报呈提申])请(?:予)?(?:研究)?(?:批示|批复|批准|审批|审示|核示|审定|示复|批转)|恳请[^。！？；]{0,12}?(?:批准|同意|审批|批示|支持)/;

/** Request phrases a 报告 must not carry (条例第十五条（四）); 报请批准 / 呈请 describe, they do not ask. */
export const REPORT_REQUEST = /妥否|当否|(?:批准|批复|同意|审批|核拨)为盼|(?<![报呈提申])请(?:予以?)?(?:研究|审核|审查|审议)?(?:并|后)?(?:批示|批复|批准|审批|审定|审示|核示|核拨|同意)|恳请(?:批准|审批|同意|核拨)|(?<![报呈提申])请(?:上级|[^，。；！？\n]{0,6}?(?:政府|[省市县区州乡镇]委|党委|党组|领导))予以(?:批准|审批|审定|同意|批复|核拨)/g;

export interface ClosingFormula {
  /** The formula as written, e.g. 特此通知. */
  text: string;
  /** The genres whose closing it is. */
  owners: GenreId[];
}

/** Closing formulas that belong to one genre, at the start of a sentence. */
const FORMULA = /^(特此(?:通知|报告|请示|通报|通告|公告|批复|函告|函复)|专此报告|现予公告|此复|(?:以上请示)?(?:妥否|当否)[，,？?]?请(?:批示|批复))/;

const OWNERS: Record<string, GenreId[]> = {
  特此通知: ['通知'],
  特此报告: ['报告'],
  专此报告: ['报告'],
  特此请示: ['请示'],
  特此通报: ['通报'],
  特此通告: ['通告'],
  特此公告: ['公告'],
  现予公告: ['公告'],
  特此批复: ['批复'],
  此复: ['批复', '函'],
  特此函告: ['函'],
  特此函复: ['函'],
};

/** The genre-specific closing formula a sentence starts with, if any. */
export function closingFormula(sentence: string): ClosingFormula | undefined {
  const m = FORMULA.exec(sentence);
  if (!m) return undefined;
  const text = m[1];
  const owners = OWNERS[text] ?? ['请示'];
  return { text, owners };
}

/** Whether the title or the opening marks a 函 as a reply (复函). */
export function isReplyLetter(doc: GongwenDocument, genre: DetectedGenre | undefined): boolean {
  if (genre?.word?.text === '复函') return true;
  const first = doc.paragraphs.slice(0, 2).map((p) => p.text).join('');
  return /收悉/.test(first);
}

/**
 * The standard closing of a genre, offered by fixes: only the formulaic ones (特此×× / 此复 /
 * 妥否，请批示。); genres without a settled closing (决定, 纪要, 意见…) have none.
 */
export function standardClosing(id: GenreId, doc: GongwenDocument, genre: DetectedGenre | undefined): string | undefined {
  switch (id) {
    case '函':
      return isReplyLetter(doc, genre) ? '特此函复。' : '特此函告。';
    case '批复':
      return '此复。';
    case '通知': case '通报': case '通告': case '公告': case '报告': case '请示':
      return CLOSING_OF[id];
    default:
      return undefined;
  }
}

const CLOSING_OF: Partial<Record<GenreId, string>> = {
  通知: '特此通知。', 通报: '特此通报。', 通告: '特此通告。', 公告: '特此公告。', 报告: '特此报告。', 请示: '妥否，请批示。',
};

/** A sentence of the 正文 with its paragraph. */
export interface Sentence extends Match {
  para: Element;
}

/** A sentence; “妥否？请批示！” (a faulty closing) stays one sentence, so that the closing rules see it whole. */
const SENTENCE = /(?:[^。！？!?]|(?<=[妥当]否)[？?])+[。！？!?]*/g;

/** The sentences of some paragraphs, in order. */
export function sentencesOf(doc: GongwenDocument, paras: readonly Element[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paras) {
    for (const m of matchAll(doc.text, SENTENCE, p.start, p.end)) out.push({ ...m, para: p });
  }
  return out;
}

/** The last `count` sentences of the 正文 (the 结束语 zone: the last two paragraphs). */
export function closingZone(doc: GongwenDocument, count = 3): Sentence[] {
  return sentencesOf(doc, closingParagraphs(doc, 2)).slice(-count);
}

/** The sentence of paragraph `p` around [start, end). */
export function sentenceAround(text: string, p: Element, start: number, end: number): { start: number; end: number; text: string } {
  const ends = (i: number) => /[。！？!?]/.test(text[i]) && !(/[？?]/.test(text[i]) && /[妥当]否$/.test(text.slice(Math.max(0, i - 2), i)));
  let s = start;
  while (s > p.start && !ends(s - 1)) s--;
  let e = end;
  while (e < p.end && !ends(e)) e++;
  while (e < p.end && /[。！？!?]/.test(text[e])) e++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The range that deletes a sentence: its whole line when it is the whole paragraph. */
export function deletionRange(doc: GongwenDocument, s: { start: number; end: number }, p: Element): [number, number] {
  if (s.start === p.start && s.end === p.end) {
    // The whole line goes with the line break before it (as obsolete-zhutici deletes a line), so that
    // the next line's text and a fix starting there are untouched; the first line takes the break after it.
    const line = doc.lines[p.line];
    const prev = doc.lines[p.line - 1];
    const next = doc.lines[p.line + 1];
    if (prev) return [prev.end, line.end];
    return [line.start, next ? next.start : line.end];
  }
  return [s.start, s.end];
}

/** The indentation of a paragraph's line, reused when a new closing paragraph is inserted. */
export function indentOf(doc: GongwenDocument, p: Element): string {
  const line = doc.lines[p.line];
  return doc.text.slice(line.start, p.start);
}

/**
 * doc.text[from, to) with every quoted or cited span (《》 “” …) blanked out by full-width spaces, so
 * that phrase tables only see the document's own words; offsets are kept.
 */
export function ownText(doc: GongwenDocument, from: number, to: number): string {
  const q = doc.quoted;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid][1] <= from) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = from;
  for (let i = lo; i < q.length && q[i][0] < to; i++) {
    const s = Math.max(q[i][0], from);
    const e = Math.min(q[i][1], to);
    if (s > at) out += doc.text.slice(at, s);
    if (e > Math.max(s, at)) out += '\u3000'.repeat(e - Math.max(s, at));
    at = Math.max(at, e);
  }
  return out + doc.text.slice(at, to);
}

/**
 * Every match of a global regex in the 正文 that is the document's own words (not quoted or cited):
 * one pass over the body range, without slicing the text. Phrases never span a line break.
 */
export function bodyMatches(ctx: RuleContext, re: RegExp): Match[] {
  if (!re.global) throw new Error('bodyMatches needs a global regex');
  const out: Match[] = [];
  const body = ctx.doc.body;
  if (!body) return out;
  // (A rule of scope 'unit' in an incremental lint's window looks there only.)
  const from = Math.max(body[0], ctx.window?.[0] ?? 0);
  const to = Math.min(body[1], ctx.window?.[1] ?? Infinity);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex++;
      continue;
    }
    if (end > body[1] || /[\r\n]/.test(m[0]) || ctx.isQuoted(start, end)) continue;
    out.push({ start, end, text: m[0], groups: m.slice(1) });
  }
  re.lastIndex = 0;
  return out;
}

/** The paragraph containing an offset (binary search over the 正文 paragraphs). */
export function paragraphAt(doc: GongwenDocument, offset: number): Element | undefined {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return ps[mid];
  }
  return undefined;
}

/** Counts the characters a drafter would call 字数 (no whitespace), a surrogate pair once. */
export function countChars(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

/** Administrative levels, highest first: what a 你× names, and where an issuer sits. */
const PLACE_LEVEL = /(自治区|省|市|州|盟|县|旗|区|乡|镇)/;
export const LEVEL_RANK: Record<string, number> = { 自治区: 4, 省: 4, 市: 3, 州: 3, 盟: 3, 县: 2, 旗: 2, 区: 2, 乡: 1, 镇: 1 };

/** The level of the first place named in an issuer (清远市安全生产委员会办公室 → 市), 0 when none. */
export function rankOf(issuer: string): number {
  const m = PLACE_LEVEL.exec(issuer);
  return m ? LEVEL_RANK[m[1]] : 0;
}

/** The issuing body: the title's words before 关于, else the 发文机关标志, else the first 署名. */
export function issuerOf(ctx: RuleContext): string {
  const title = ctx.doc.title?.text ?? '';
  if (title.includes('关于') && title.indexOf('关于') > 1) return title.slice(0, title.indexOf('关于'));
  const mark = ctx.doc.header.issuerMarks[0]?.text.replace(/文件$/, '');
  return mark ?? ctx.doc.signatures[0]?.text ?? '';
}

/** A working department of a government: place (××市, or a bare 市 in a 主送), and the department itself. */
export interface Department {
  full: string;
  /** ××市, ××县…; empty for a bare 市财政局. */
  place: string;
  /** 市 in 市财政局 (a 主送 names the sender's own level without its place name). */
  bareLevel: string;
  /** 省 / 市 / 县 / 区 …: the level of the place. */
  level: string;
  /** The department's name without its place (财政局, 司法局). */
  name: string;
}

const LEVELS = '省|市|州|盟|县|区|旗';
/** Not a working department: the government itself, its 人大 and 政协, a Party committee. */
const NOT_DEPARTMENT = '(?!人民政府|政府|委员会$|人民代表大会|人大|政协|党委|委$|常委会)';
/** ××市司法局, 市财政局: a place (or a bare level), then a department that is not the government itself. */
const DEPARTMENT = new RegExp(`^(?:(.{1,10}?(${LEVELS}))|(${LEVELS}))(${NOT_DEPARTMENT}[^，、。；：:]{1,12}?(?:局|厅))$`);
/** The same, counting a government's commissions too (市卫生健康委员会, 市发展改革委). */
const DEPARTMENT_OR_COMMISSION = new RegExp(`^(?:(.{1,10}?(${LEVELS}))|(${LEVELS}))(${NOT_DEPARTMENT}[^，、。；：:]{1,12}?(?:局|厅|委员会|委))$`);

/** A working department of a government named in full or by a bare level; `commissions` counts ××委员会 too. */
export function departmentOf(name: string | undefined, commissions = false): Department | undefined {
  if (!name) return undefined;
  const m = (commissions ? DEPARTMENT_OR_COMMISSION : DEPARTMENT).exec(name.trim());
  if (!m) return undefined;
  return { full: name.trim(), place: m[1] ?? '', level: m[2] ?? m[3], bareLevel: m[3] ?? '', name: m[4] };
}

/** Two different departments of one government (××市司法局 and 市财政局, ××市财政局 and ××市教育局). */
export function sameGovernment(from: Department, to: Department): boolean {
  return to.name !== from.name && (to.place ? to.place === from.place : to.bareLevel === from.level);
}

/** A people's government with its place: ××县人民政府, 县人民政府, 县政府. */
export const GOVERNMENT = /^(.{0,12}?(?:自治区|省|市|州|盟|县|旗|区|乡|镇))(?:人民政府|政府)$/;

/** A department's line of work: its name without the kind of body (卫生健康委员会, 卫生健康局 → 卫生健康). */
function lineOfWork(name: string): string {
  return name.replace(/(?:委员会|委|局|厅|办公室|办)$/, '') || name;
}

/**
 * Whether a recipient leads the issuer, judged from the names alone: the issuer's own people's government
 * (县教育局 → 县人民政府), the same line of work one level up (县教育局 → 市教育局), or a government of a higher
 * level than the issuing one (××镇人民政府 → ××县人民政府).
 */
export function leads(issuer: string, recipient: string): boolean {
  const dept = departmentOf(issuer, true);
  const gov = GOVERNMENT.exec(recipient);
  if (dept && gov) {
    const place = gov[1];
    return dept.place ? dept.place === place || (place.length === 1 && dept.level === place) : dept.level === place.slice(-1);
  }
  const to = departmentOf(recipient, true);
  // The same line of work whatever the body's kind a level down (市卫生健康委员会 → 区卫生健康局, 省教育厅 → 市教育局).
  if (dept && to) return lineOfWork(to.name) === lineOfWork(dept.name) && rankOf(to.full) > rankOf(dept.full) && rankOf(dept.full) > 0;
  const fromGov = GOVERNMENT.exec(issuer);
  if (fromGov && gov) return rankOf(gov[1]) > rankOf(fromGov[1]) && rankOf(fromGov[1]) > 0;
  return false;
}
