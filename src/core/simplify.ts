/**
 * Traditional → simplified characters, one UTF-16 unit for one, so that every offset stays valid.
 * Drafts copied from Taiwan/Hong Kong-converted pages or typed in a traditional IME (請示報告, 關於…的決定)
 * are checked as the simplified document they stand for. The character table is OpenCC's (opencc-js).
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';

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
  return table;
}

let targets: Uint8Array | undefined;

/** Whether a code unit is a simplified form that is no traditional character itself (关, 这, 说): it marks a simplified text. */
export function isSimplifiedOnly(code: number): boolean {
  if (!targets) {
    const t = lookup();
    targets = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (t[c]) targets[t[c]] = 1;
    for (let c = 0; c < 0x10000; c++) if (t[c]) targets[c] = 0;
  }
  return targets[code] === 1;
}

/**
 * Words whose traditional form is written with a character that simplified Chinese also has (覆 is 复 in
 * 批覆, and a simplified character of its own in 覆盖): replaced, length for length, only in a text that
 * has traditional characters — in a simplified text 批覆 is a typo for the wording rules to flag.
 */
const WORDS = /[批函答回电電]覆|覆[函文]/g;

/** The text with traditional characters simplified; the same string when there are none. */
export function simplify(text: string): string {
  const t = lookup();
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = t[text.charCodeAt(i)];
    if (!to) continue;
    parts.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  if (!parts.length) return text;
  parts.push(text.slice(from));
  let out = parts.join('');
  // (電 is already 电 here; one pass for all the words, and none when there is no 覆.)
  if (out.includes('覆')) out = out.replace(WORDS, (w: string) => w.replace('覆', '复'));
  return out;
}
