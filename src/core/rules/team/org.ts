/** Helpers of the organization rules: splitting 主送/抄送 lists and matching names against the profile. */
import type { Element } from '../../parse/model';

export interface NameSpan {
  /** The name as written, without surrounding spaces and the closing 。 */
  text: string;
  start: number;
  end: number;
  /** Where the list item ends including its separator (for a suggestion that removes it). */
  sepEnd: number;
  /** Start of the separator before the item (or the item's start when first). */
  sepStart: number;
}

/** Characters that end a list item (outside parentheses: 各县（市、区） is one name). */
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '\n', '\r', '：', ':', '。']);
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * The names of a 主送 or 抄送 line with their offsets. `labelRe` skips a label such as 抄送：
 * (anchored at the element start); a trailing colon (主送) and the closing 。 are not part of a name.
 */
export function listNames(el: Element, text: string, labelRe?: RegExp): NameSpan[] {
  let from = el.start;
  if (labelRe) {
    const m = labelRe.exec(text.slice(el.start, el.end));
    if (m && m.index === 0) from += m[0].length;
  }
  const out: NameSpan[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const s = start + (raw.length - raw.trimStart().length);
    out.push({ text: trimmed, start: s, end: s + trimmed.length, sepStart: s, sepEnd: s + trimmed.length });
  };
  let depth = 0;
  let itemStart = from;
  for (let i = from; i < el.end; i++) {
    const c = text[i];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(c)) {
      push(itemStart, i);
      itemStart = i + 1;
    }
  }
  push(itemStart, el.end);
  // Separators: removing an item takes the separator after it, or the one before it when last.
  for (let i = 0; i < out.length; i++) {
    const cur = out[i];
    const next = out[i + 1];
    if (next) cur.sepEnd = next.start;
    else if (i > 0) cur.sepStart = out[i - 1].end;
  }
  return out;
}

/** Names compare without spaces (署名 lines are often spaced out). */
export function normalizeName(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * The profile entry a name matches: the same name, or one ending with the other (主送 “市财政局”
 * matches a configured “某某市财政局”, and the reverse), with at least two characters in common.
 */
export function matchName(name: string, list: readonly string[] | undefined): string | undefined {
  if (!list) return undefined;
  const n = normalizeName(name);
  if (n.length < 2) return undefined;
  for (const entry of list) {
    const e = normalizeName(entry);
    if (e.length < 2) continue;
    if (n === e || n.endsWith(e) || e.endsWith(n)) return entry;
  }
  return undefined;
}

/** The line of work that leads a kind of unit (a school is led by the 教育 department, a hospital by 卫生健康). */
export const UNIT_LINE: ReadonlyArray<[RegExp, RegExp]> = [
  [/(?:学校|中学|小学|幼儿园|学院|大学|职校|职中|学区)$/, /教育|教体/],
  [/(?:医院|卫生院|卫生服务中心|疾病预防控制中心|疾控中心|妇幼保健院)$/, /卫生|卫健/],
  [/派出所$/, /公安/],
  [/(?:林场|林业站)$/, /林业|林草/],
  [/(?:水库管理处|水管所|水利站)$/, /水利|水务/],
  [/(?:敬老院|福利院|救助站)$/, /民政/],
  [/(?:文化馆|图书馆|博物馆)$/, /文化|文旅/],
];
