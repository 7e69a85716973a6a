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
const WORDS = /[批函答回电電]覆|覆[函文]/g;

export interface SimplifiedText {
  /** The text with traditional characters simplified; the same string when there are none. */
  text: string;
  /** Offsets where a character was simplified (ascending). */
  changed: number[];
  /**
   * How many characters of the text are simplified forms that are no traditional character (关, 这, 说), counted
   * when there is a traditional character (-1 when there is none: nothing to weigh).
   */
  simplifiedOnly: number;
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
  if (first === text.length) return { text, changed: [], simplifiedOnly: -1 };
  const so = simplifiedOnlyTable();
  const changed: number[] = [];
  let simplifiedOnly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (t[c] === 0) simplifiedOnly += so[c];
    else changed.push(i);
  }
  let out = '';
  let from = 0;
  for (const i of changed) {
    out += text.slice(from, i) + String.fromCharCode(t[text.charCodeAt(i)]);
    from = i + 1;
  }
  out += text.slice(from);
  // (電 is already 电 here; one pass for all the words, and none when there is no 覆.)
  if (out.includes('覆')) {
    let words = false;
    out = out.replace(WORDS, (w: string, at: number) => {
      const k = w.indexOf('覆');
      changed.push(at + k);
      simplifiedOnly -= so[w.charCodeAt(k)];
      words = true;
      return w.replace('覆', '复');
    });
    if (words) changed.sort((a, b) => a - b);
  }
  return { text: out, changed, simplifiedOnly };
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
