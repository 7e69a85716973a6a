/**
 * Traditional → simplified characters, one UTF-16 unit for one, so that every offset stays valid.
 * Drafts copied from Taiwan/Hong Kong-converted pages or typed in a traditional IME (請示報告, 關於…的決定)
 * are checked as the simplified document they stand for. The character table is OpenCC's (opencc-js), with the
 * 异体字 of 《通用规范汉字表》 that it does not map (lexicon/data/variant-characters.json).
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import variantCharacters from './lexicon/data/variant-characters.json';

let table: Uint16Array | undefined;

/** Characters OpenCC simplifies that GB 2312 has as simplified characters of their own (乾县, 乾陵, 蒜薹): kept
 * (於 and 後 are simplified all the same: 關於 must read 关于). */
const ALSO_SIMPLIFIED = '乾薹徵夥摺拚菸醣麴麽吒捱榘袷';

/** code unit → simplified code unit (0 = unchanged), built once from OpenCC's TSCharacters. */
export function simplifyTable(): Uint16Array {
  return lookup();
}

function lookup(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    // Only one-unit characters mapped to one-unit characters: the text keeps its length.
    if (from?.length === 1 && to?.length === 1 && from !== to && !ALSO_SIMPLIFIED.includes(from)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  // 异体字 that OpenCC leaves alone (峯, 羣, 牀): read as their 规范字 too.
  for (const { variant, standard } of variantCharacterPairs()) {
    if (!table[variant.charCodeAt(0)]) table[variant.charCodeAt(0)] = standard.charCodeAt(0);
  }
  return table;
}

let variants: Set<number> | undefined;

/** The 异体字 → 规范字 pairs of the data file (schemas/variant-characters.schema.json), one UTF-16 unit each. */
function variantCharacterPairs(): Array<{ variant: string; standard: string }> {
  return (variantCharacters as { pairs: Array<{ variant: string; standard: string }> }).pairs.filter(
    (p) => p.variant.length === 1 && p.standard.length === 1 && p.variant !== p.standard,
  );
}

/** Whether a code unit is an 异体字 of the data file (not a 繁体字): its finding says so. */
export function isVariantCharacter(code: number): boolean {
  variants ??= new Set(variantCharacterPairs().map((p) => p.variant.charCodeAt(0)));
  return variants.has(code);
}

let targets: Uint8Array | undefined;

/** code unit → 1 for a simplified form that is no traditional character itself (关, 这, 说): it marks a simplified text. */
export function simplifiedOnlyTable(): Uint8Array {
  if (!targets) {
    const t = lookup();
    targets = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (t[c]) targets[t[c]] = 1;
    for (let c = 0; c < 0x10000; c++) if (t[c]) targets[c] = 0;
  }
  return targets;
}

/**
 * Words whose traditional form is written with a character that simplified Chinese also has (覆 is 复 in
 * 批覆, and a simplified character of its own in 覆盖): replaced, length for length, only in a text that
 * has traditional characters — in a simplified text 批覆 is a typo for the wording rules to flag.
 */
const FU_BEFORE = '批函答回电';
const FU_AFTER = '函文';

/** Whether the 覆 at offset i is 复 (批覆, 函覆, 覆函 …): by the characters around it, the one before read as simplified. */
function fuIsFu(text: string, i: number): boolean {
  const t = lookup();
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  return FU_BEFORE.includes(String.fromCharCode(t[before] || before)) || FU_AFTER.includes(String.fromCharCode(after));
}

export interface SimplifiedText {
  /**
   * The text with traditional characters simplified — for a draft written in traditional characters. A simplified draft
   * with traditional characters slipped in (no more than its simplified-only characters, readAsWritten) is read as
   * written: the slips are reported (lexicon-traditional) and no copy of the whole text is made for them.
   */
  text: string;
  /** Offsets where a character was simplified (ascending). */
  changed: number[];
  /**
   * How many characters of the text are simplified forms that are no traditional character (关, 这, 说), counted
   * when there is a traditional character (-1 when there is none: nothing to weigh).
   */
  simplifiedOnly: number;
  /** Whether there are at least `n` simplified-only characters: counts only as far as it needs to. */
  hasSimplifiedOnly(n: number): boolean;
  /** The simplified form of the character at a `changed` offset. */
  simplifiedAt(i: number): string;
}

/**
 * Whether traditional characters at `changed` are slips in a simplified draft, reported one by one (lexicon-traditional),
 * rather than a draft written in traditional characters. (Fewer than three count as slips: 美容美發中心 on a short line.)
 */
export function areSlips(s: { readonly changed: readonly number[]; hasSimplifiedOnly(n: number): boolean }): boolean {
  return s.changed.length < 3 || s.hasSimplifiedOnly(s.changed.length);
}

/**
 * Whether a text with traditional characters is read as written: a simplified draft shown to be one by its own
 * simplified-only characters (关 这 说, at least twice as many as the traditional ones: a character such as 函 is
 * simplified-only for the table, 圅 being its variant, and proves little alone). A draft without that evidence (復函, a
 * traditional page) is read as the simplified document it stands for.
 */
export function readAsWritten(s: { readonly changed: readonly number[]; hasSimplifiedOnly(n: number): boolean }): boolean {
  return s.changed.length > 0 && s.hasSimplifiedOnly(2 * s.changed.length);
}

/**
 * One pass over the text: the simplified text, where it differs, and the count of simplified-only characters
 * (which tells a simplified draft with a few traditional characters from one written in traditional throughout).
 */
export function simplifyText(text: string): SimplifiedText {
  const t = lookup();
  // Most texts have no traditional character: one look-up per character finds that, and nothing is counted.
  let first = 0;
  while (first < text.length && t[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return unchanged(text);
  const changed: number[] = [];
  for (let i = first; i < text.length; i++) if (t[text.charCodeAt(i)] !== 0) changed.push(i);
  // 批覆, 函覆, 覆函…: 覆 is 复 there (電覆 is 电覆 once simplified). One indexOf per 覆, no regex over the text.
  let words = false;
  for (let i = text.indexOf('覆'); i >= 0; i = text.indexOf('覆', i + 1)) {
    if (fuIsFu(text, i)) {
      changed.push(i);
      words = true;
    }
  }
  if (words) changed.sort((a, b) => a - b);
  // A simplified draft with slips: read as written (the slips are findings of their own), no copy of the text.
  const slips = withLazyCount({ text, changed }, text);
  if (readAsWritten(slips)) return slips;
  const parts: string[] = [];
  let from = 0;
  for (const i of changed) {
    const c = text.charCodeAt(i);
    parts.push(text.slice(from, i), String.fromCharCode(c === 0x8986 ? 0x590d : t[c]));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return withLazyCount({ text: parts.join(''), changed }, text);
}

/**
 * The reading with its count of simplified-only characters made when a rule first asks for it (lexicon-traditional,
 * and only for a text with traditional characters): most lints never need the pass over the whole text.
 */
export function withLazyCount(s: Omit<SimplifiedText, 'simplifiedOnly' | 'hasSimplifiedOnly' | 'simplifiedAt'>, original: string): SimplifiedText {
  let count: number | undefined;
  // (批覆: its 覆 is read as 复, no simplified-only character.)
  const fu = () => {
    let n = 0;
    for (const i of s.changed) if (original.charCodeAt(i) === 0x8986) n += simplifiedOnlyTable()[0x8986];
    return n;
  };
  const countTo = (limit: number): number => {
    const t = lookup();
    const so = simplifiedOnlyTable();
    let n = 0;
    for (let i = 0; i < original.length && n < limit; i++) {
      const c = original.charCodeAt(i);
      if (t[c] === 0) n += so[c];
    }
    return n;
  };
  return {
    ...s,
    simplifiedAt: (i: number) => simplifiedChar(original, i),
    get simplifiedOnly() {
      count ??= countTo(Infinity) - fu();
      return count;
    },
    hasSimplifiedOnly(n: number) {
      if (count !== undefined) return count >= n;
      return countTo(n + fu()) - fu() >= n;
    },
  };
}

/** A text with no traditional character: read as it is. */
export function unchanged(text: string): SimplifiedText {
  return { text, changed: [], simplifiedOnly: -1, hasSimplifiedOnly: () => false, simplifiedAt: (i) => text[i] };
}

/** The simplified form of the character at offset i of the text as written (覆 of 批覆 is 复). */
function simplifiedChar(original: string, i: number): string {
  const c = original.charCodeAt(i);
  if (c === 0x8986 && fuIsFu(original, i)) return '复';
  const to = lookup()[c];
  return to ? String.fromCharCode(to) : original[i];
}

/** Whether text[from, to) has a character that simplify() changes. */
export function simplifiesAny(text: string, from: number, to: number): boolean {
  const t = lookup();
  for (let i = from; i < to; i++) if (t[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/** The text with traditional characters simplified; the same string when there are none. */
export function simplify(text: string): string {
  return simplifyText(text).text;
}
