/** Helpers of the 文种 / 标题 rules: the bare title, edits inside it, and the issuer/事由 split. */
import { bareTitle, titleOffset } from '../../detect';
import type { GongwenDocument } from '../../parse/model';
import type { Fix, OffsetRange } from '../../types';
import type { RuleContext } from '../types';

export interface BareTitle {
  /** The title text (lines joined) without trailing punctuation. */
  text: string;
  start: number;
  /** Document offset just past the bare text. */
  end: number;
  /** Whether the title spans several lines. */
  multiLine: boolean;
}

export function getBareTitle(doc: GongwenDocument): BareTitle | undefined {
  const b = bareTitle(doc);
  if (!b || !b.text) return undefined;
  return { text: b.text, start: doc.title!.start, end: b.end, multiLine: doc.title!.parts.length > 1 };
}

/** Document range of the characters [from, to) of the joined bare title text. */
export function titleRange(doc: GongwenDocument, from: number, to: number): OffsetRange {
  // An empty range at a line break: the end of the earlier line (start and end would map apart).
  if (from === to) {
    const at = titleOffset(doc, from, true);
    return [at, at];
  }
  return [titleOffset(doc, from), titleOffset(doc, to, true)];
}

/** Whether [from, to) of the joined title lies on one line of the document. */
function onOneLine(doc: GongwenDocument, from: number, to: number): boolean {
  const [s, e] = titleRange(doc, from, to);
  if (from === to) return true;
  return !/[\r\n]/.test(doc.text.slice(s, e));
}

/**
 * The edit that turns the bare title into `next`. A one-line title is replaced whole (so a
 * suggestion reads as the new title); a title laid out on several lines keeps its line breaks:
 * only the changed middle is replaced, and when that middle spans a line break there is no edit.
 */
export function retitle(doc: GongwenDocument, next: string): Fix | undefined {
  const bare = getBareTitle(doc);
  if (!bare || next === bare.text) return undefined;
  if (!bare.multiLine) return { range: [bare.start, bare.end], text: next };
  const old = bare.text;
  let p = 0;
  while (p < old.length && p < next.length && old[p] === next[p]) p++;
  let s = 0;
  while (s < old.length - p && s < next.length - p && old[old.length - 1 - s] === next[next.length - 1 - s]) s++;
  const from = p;
  const to = old.length - s;
  if (!onOneLine(doc, from, to)) return undefined;
  return { range: titleRange(doc, from, to), text: next.slice(p, next.length - s) };
}

/** The edit replacing the title's statutory genre word (detected from the title) by another word. */
export function genreWordFix(ctx: RuleContext, word: string): Fix | undefined {
  const w = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
  if (!w || w.text === word) return undefined;
  return { range: [w.start, w.end], text: word };
}

/** Organisation endings strong enough to end an issuer name (市/县/区 alone are part of names, not ends). */
const ORG_END = /(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|办事处|管委会|党委|党组|总局|(?<![布格结大全当棋饭赌])局(?![面势])|厅|署|集团|公司|(?<!为)中心|大学|学院|医院|学校|研究院|研究所)/g;
/** Text that may follow an issuer and still belong to it (局机关, 局党组, 厅办公室). */
const ORG_CONTINUE = /^(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|党委|党组|机关)/;

export interface TitleParts {
  /** The issuer (发文机关名称) at the start, or '' when none is recognised. */
  issuer: string;
  /** Whether the title has 关于 right after the issuer. */
  guanyu: boolean;
  /** The 事由: between issuer/关于 and the ending word, without a final 的. */
  matter: string;
}

/**
 * Splits a title (without its final genre-like word) into issuer, 关于 and 事由.
 * With 关于 the split is certain; without it the issuer is recognised when a year (2024年) follows
 * an organisation ending, or by the first strong organisation ending (…局, …人民政府, …中心).
 */
export function splitTitle(head: string): TitleParts {
  const strip = (s: string) => s.replace(/的$/, '');
  const g = head.indexOf('关于');
  if (g >= 0) return { issuer: head.slice(0, g), guanyu: true, matter: strip(head.slice(g + 2)) };
  const y = /^(.*?)((?:19|20)[0-9]{2}(?:—|－|-|至)?(?:(?:19|20)[0-9]{2})?年度?)/.exec(head);
  if (y && (y[1] === '' || /(?:府|厅|室|会|委|局|署|部|院|校|办|处|所|站|中心|公司|集团|街道|乡|镇|村|社区|组)$/.test(y[1]))) {
    return { issuer: y[1], guanyu: false, matter: strip(head.slice(y[1].length)) };
  }
  ORG_END.lastIndex = 0;
  const m = ORG_END.exec(head);
  if (m && m.index > 0) {
    let end = m.index + m[0].length;
    for (let c = ORG_CONTINUE.exec(head.slice(end)); c; c = ORG_CONTINUE.exec(head.slice(end))) end += c[0].length;
    if (end < head.length) return { issuer: head.slice(0, end), guanyu: false, matter: strip(head.slice(end)) };
  }
  return { issuer: '', guanyu: false, matter: strip(head) };
}

export interface TitleBody {
  bare: BareTitle;
  /** The title without its genre word and the 的 before it. */
  head: string;
  issuer: string;
  matter: string;
  /** Where the 事由 starts in the bare title text. */
  matterAt: number;
}

/** The title split around its genre word (from the title): issuer, 事由 and where the 事由 starts; undefined otherwise. */
export function titleBody(ctx: RuleContext): TitleBody | undefined {
  const g = ctx.genre;
  if (!g || g.source !== 'title' || !g.word) return undefined;
  const bare = getBareTitle(ctx.doc);
  if (!bare) return undefined;
  const head = bare.text.slice(0, bare.text.length - g.word.text.length).replace(/[ \u3000]+$/, '').replace(/的$/, '');
  const { issuer, matter } = splitTitle(head);
  return { bare, head, issuer, matter, matterAt: bare.text.indexOf(matter) };
}
