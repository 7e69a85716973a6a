/**
 * 成语 and 四字格 with one character slipped for another that sounds or looks the same (滥芋充数 → 滥竽充数,
 * 格尽职守 → 恪尽职守, 味同嚼腊 → 味同嚼蜡): a class of 错别字 that no finite list of misprints covers, found from the
 * idioms themselves and the groups of confusable characters (data/idioms.json, built by scripts/gen-idioms.ts).
 *
 * A slip leaves an idiom's first two characters (slip in the third or fourth) or its last two (slip in the first or
 * second) as they are: the idioms' pairs are patterns of the lexicon's automaton (pairPatterns), so the text is read
 * once for the lists and the idioms, and only where a pair stands are the three other characters looked up (slipAt).
 */
export interface IdiomData {
  title: string;
  source: string;
  /** The idioms, four characters each, one after another. */
  idioms: string;
  /** Each group's characters: two characters are confusable when some group has both. */
  groups: string[];
  /** Four-character words one confusable character away from an idiom that are no slip, four characters each. */
  words: string;
  /** Pairs of idioms that are frequent words in their own right (工作, 发展), two characters each: they anchor no look-up. */
  commonPairs?: string;
}

export interface IdiomHit {
  start: number;
  /** The idiom the four characters at `start` slip from. */
  idiom: string;
}

/** What is wrong with the data (the rule then finds nothing, and the problem is reported with the lexicon's). */
export function validateIdiomData(data: unknown, name: string): string[] {
  const d = data as Partial<IdiomData> | null;
  if (!d || typeof d !== 'object') return [`${name}: not an object`];
  const problems: string[] = [];
  if (typeof d.idioms !== 'string' || d.idioms.length % 4 !== 0) problems.push(`${name}: "idioms" must be four-character idioms one after another`);
  if (typeof d.words !== 'string' || d.words.length % 4 !== 0) problems.push(`${name}: "words" must be four-character words one after another`);
  if (d.commonPairs !== undefined && (typeof d.commonPairs !== 'string' || d.commonPairs.length % 2 !== 0)) problems.push(`${name}: "commonPairs" must be pairs of characters one after another`);
  if (!Array.isArray(d.groups) || d.groups.some((g) => typeof g !== 'string' || g.length < 2)) problems.push(`${name}: "groups" must be strings of two characters or more`);
  return problems;
}

const KEY_BITS = 19;
/** Three characters and the place (0–3) of the fourth, hashed to 32 bits (the table's hits are checked character by character). */
const keyHash = (a: number, b: number, c: number, p: number) =>
  (Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ Math.imul(p + 1, 0x27d4eb2f)) >>> 0;

export class IdiomIndex {
  private readonly idioms: string[] = [];
  private readonly exact = new Set<string>();
  /**
   * Open addressing, two slots per entry: the key's hash and the idiom's index plus one (0: empty). An idiom is entered
   * four times, once per place that may slip.
   */
  private readonly table: Int32Array;
  private readonly tableMask: number;
  private readonly groupsOf = new Map<number, number[]>();
  /** commonPairs, each as its two code units (a · 65536 + b). */
  private readonly common = new Set<number>();
  /** The keys' hashes as a 64 KiB bit set, asked before the table (most look-ups end here, in cache). */
  private readonly keyBits = new Uint8Array(1 << (KEY_BITS - 3));

  constructor(data: IdiomData) {
    const common = data.commonPairs ?? '';
    for (let i = 0; i + 2 <= common.length; i += 2) this.common.add(common.charCodeAt(i) * 65536 + common.charCodeAt(i + 1));
    for (let i = 0; i + 4 <= data.idioms.length; i += 4) this.idioms.push(data.idioms.slice(i, i + 4));
    for (const w of this.idioms) this.exact.add(w);
    for (let i = 0; i + 4 <= data.words.length; i += 4) this.exact.add(data.words.slice(i, i + 4));
    let size = 1;
    while (size < this.idioms.length * 4 * 2) size <<= 1;
    this.table = new Int32Array(size * 2);
    this.tableMask = size - 1;
    this.idioms.forEach((w, n) => {
      const c0 = w.charCodeAt(0);
      const c1 = w.charCodeAt(1);
      const c2 = w.charCodeAt(2);
      const c3 = w.charCodeAt(3);
      this.insert(keyHash(c1, c2, c3, 0), n);
      this.insert(keyHash(c0, c2, c3, 1), n);
      this.insert(keyHash(c0, c1, c3, 2), n);
      this.insert(keyHash(c0, c1, c2, 3), n);
    });
    data.groups.forEach((g, n) => {
      for (let k = 0; k < g.length; k++) {
        const code = g.charCodeAt(k);
        const list = this.groupsOf.get(code);
        if (list) list.push(n);
        else this.groupsOf.set(code, [n]);
      }
    });
  }

  /**
   * The idioms' first pairs and last pairs (each once): the lexicon's automaton looks them up in its own pass and calls
   * `slipAt` where one stands, so the text is read once for the lists and the idioms together.
   */
  pairPatterns(): { first: string[]; last: string[] } {
    const first = new Set<number>();
    const last = new Set<number>();
    for (const w of this.idioms) {
      const f = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
      const l = w.charCodeAt(2) * 65536 + w.charCodeAt(3);
      if (!this.common.has(f)) first.add(f);
      if (!this.common.has(l)) last.add(l);
    }
    const text = (k: number) => String.fromCharCode(Math.floor(k / 65536), k % 65536);
    return { first: [...first].map(text), last: [...last].map(text) };
  }

  /**
   * Where an idiom's first pair stands at `i` (`opens`) or its last pair (`!opens`): the idiom the four characters
   * from i (or from i − 2) slip from, as a hit, if they lie inside [from, to); else undefined.
   */
  slipAt(text: string, i: number, opens: boolean, from: number, to: number): IdiomHit | undefined {
    const start = opens ? i : i - 2;
    if (start < from || start + 4 > to) return undefined;
    const n = this.at(text, start, opens ? 2 : 0);
    return n >= 0 ? { start, idiom: this.idioms[n] } : undefined;
  }

  private insert(hash: number, idiom: number): void {
    const bit = hash >>> (32 - KEY_BITS);
    this.keyBits[bit >> 3] |= 1 << (bit & 7);
    let slot = hash & this.tableMask;
    while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.tableMask;
    this.table[slot * 2] = hash | 0;
    this.table[slot * 2 + 1] = idiom + 1;
  }

  /** Two characters that sound or look alike (a shared group). */
  confusable(a: number, b: number): boolean {
    const ga = this.groupsOf.get(a);
    const gb = this.groupsOf.get(b);
    if (!ga || !gb) return false;
    for (const x of ga) if (gb.includes(x)) return true;
    return false;
  }

  /**
   * Each slipped idiom wholly inside text[from, to), in order, looked for at every position: the reference that the
   * lexicon's route (its automaton finds the pairs, then slipAt) agrees with, common pairs aside.
   */
  scan(text: string, from: number, to: number): IdiomHit[] {
    const hits: IdiomHit[] = [];
    for (let start = from; start + 4 <= to; start++) {
      const hit = this.slipAt(text, start + 2, false, from, to) ?? this.slipAt(text, start, true, from, to);
      if (hit) {
        hits.push(hit);
        start += 3;
      }
    }
    return hits;
  }

  /** The idiom that text[start, start + 4) slips from in place `p` or `p + 1`, or −1. */
  private at(text: string, start: number, p: number): number {
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    const c2 = text.charCodeAt(start + 2);
    const c3 = text.charCodeAt(start + 3);
    if (c0 < 0x4e00 || c1 < 0x4e00 || c2 < 0x4e00 || c3 < 0x4e00 || c0 > 0x9fff || c1 > 0x9fff || c2 > 0x9fff || c3 > 0x9fff) return -1;
    for (let q = p; q < p + 2; q++) {
      const hash = (q === 0 ? keyHash(c1, c2, c3, 0) : q === 1 ? keyHash(c0, c2, c3, 1) : q === 2 ? keyHash(c0, c1, c3, 2) : keyHash(c0, c1, c2, 3)) | 0;
      const bit = hash >>> (32 - KEY_BITS);
      if (((this.keyBits[bit >> 3] >> (bit & 7)) & 1) === 0) continue;
      for (let slot = hash & this.tableMask; this.table[slot * 2 + 1] !== 0; slot = (slot + 1) & this.tableMask) {
        if (this.table[slot * 2] !== hash) continue;
        const n = this.table[slot * 2 + 1] - 1;
        const idiom = this.idioms[n];
        const slipped = q === 0 ? c0 : q === 1 ? c1 : q === 2 ? c2 : c3;
        const right = idiom.charCodeAt(q);
        // The other three characters are the idiom's (a hash is no proof), the fourth another that sounds or looks the same.
        if (right === slipped) continue;
        if ((q !== 0 && idiom.charCodeAt(0) !== c0) || (q !== 1 && idiom.charCodeAt(1) !== c1) || (q !== 2 && idiom.charCodeAt(2) !== c2) || (q !== 3 && idiom.charCodeAt(3) !== c3)) continue;
        if (!this.confusable(slipped, right)) continue;
        if (this.exact.has(text.slice(start, start + 4))) return -1;
        return n;
      }
    }
    return -1;
  }
}
