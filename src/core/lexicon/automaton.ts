/**
 * Every occurrence of every pattern in one left-to-right pass over UTF-16 code units, whatever the number of patterns:
 * the patterns' trie over their alphabet (a character of no pattern is no letter), its transitions as a double array
 * (one look-up per step), walked from a position only where the position's two letters begin some pattern (a bit set of
 * letter pairs rules out almost every position in three table look-ups). Built once per pattern list.
 *
 * Why not a library: modern-ahocorasick 3.3, @monyone/aho-corasick 1.1 and ahocorasick 1.0 took 94 s, 5.5–10.5 ms and
 * 10.4 ms on 100k characters with 700 patterns (grapheme handling and per-node object maps), against ~1 ms here —
 * more than the whole lint's budget (bench/lint.bench.ts).
 */
export interface AutomatonHit {
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

const PAIR_BITS = 19;
const twoHash = (key: number) => Math.imul(key, 0x9e3779b1) >>> 12;
const pairBit = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - PAIR_BITS);

export class Automaton {
  /**
   * Code unit → its index in the patterns' alphabet (1 … A), 0 for a character no pattern has: the text's other
   * characters end every match at once, and the tables below are indexed by the small alphabet (cache-friendly) rather
   * than by code units spread over the whole CJK block.
   */
  private readonly alpha = new Uint16Array(0x10000);
  private readonly root: Int32Array;
  /**
   * The transitions of the nodes below the root as a double array: node n goes on character c to target[base[n] + c]
   * when check[base[n] + c] is n. One look-up per step, however many transitions a node has.
   */
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly target: Int32Array;
  /** The patterns that end at node n (whose path they are): outList[outFirst[n] … outFirst[n + 1]). */
  private readonly outFirst: Int32Array;
  private readonly outList: Int32Array;
  /**
   * Bit pairBit(a, b) set when some pattern starts with the letters a, b: most positions of a text are ruled out by it.
   * Hashed into 2^19 bits (64 KiB, cache-resident) rather than indexed by a·span + b, which for the idioms' alphabet
   * (~3,000 letters) is a megabyte read at random; a collision costs one failed trie step.
   */
  private readonly pairs: Uint8Array;
  /** Letters that are a whole pattern alone. */
  private readonly singles: Uint8Array;
  /**
   * The patterns of two letters, in an open-addressing table keyed by their letters (a · 65536 + b + 1; 0 is empty)
   * rather than in the trie: thousands of them (the idioms' pairs) would make the trie's first level a dense double
   * array that takes a quarter of a second to lay out. twoList[twoFirst[slot] … twoFirst[slot] + twoCount[slot]).
   */
  private readonly twoKeys: Int32Array;
  private readonly twoFirst: Int32Array;
  private readonly twoCount: Int32Array;
  private readonly twoList: Int32Array;
  private readonly twoMask: number;

  constructor(patterns: readonly string[]) {
    let letters = 0;
    for (const p of patterns) {
      for (let k = 0; k < p.length; k++) {
        const code = p.charCodeAt(k);
        if (this.alpha[code] === 0) this.alpha[code] = ++letters;
      }
    }
    // The alphabet's size plus one (index 0 is "no pattern has this character").
    const span = letters + 1;
    this.root = new Int32Array(span).fill(-1);
    this.pairs = new Uint8Array(1 << (PAIR_BITS - 3));
    this.singles = new Uint8Array(span);
    for (const p of patterns) {
      if (p.length === 1) this.singles[this.alpha[p.charCodeAt(0)]] = 1;
      else if (p.length > 1) {
        const bit = pairBit(this.alpha[p.charCodeAt(0)], this.alpha[p.charCodeAt(1)]);
        this.pairs[bit >> 3] |= 1 << (bit & 7);
      }
    }
    // Two-letter patterns: grouped by their letters, then laid out in the table.
    const twos = new Map<number, number[]>();
    patterns.forEach((p, i) => {
      if (p.length !== 2) return;
      const key = this.alpha[p.charCodeAt(0)] * 65536 + this.alpha[p.charCodeAt(1)] + 1;
      const list = twos.get(key);
      if (list) list.push(i);
      else twos.set(key, [i]);
    });
    let slots = 2;
    while (slots < twos.size * 2) slots <<= 1;
    this.twoMask = slots - 1;
    this.twoKeys = new Int32Array(slots);
    this.twoFirst = new Int32Array(slots);
    this.twoCount = new Int32Array(slots);
    const twoList: number[] = [];
    for (const [key, list] of twos) {
      let slot = twoHash(key) & this.twoMask;
      while (this.twoKeys[slot] !== 0) slot = (slot + 1) & this.twoMask;
      this.twoKeys[slot] = key;
      this.twoFirst[slot] = twoList.length;
      this.twoCount[slot] = list.length;
      twoList.push(...list);
    }
    this.twoList = Int32Array.from(twoList);
    // The trie of the other patterns, with maps while it is built, then flattened.
    const next: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach((p, i) => {
      if (!p || p.length === 2) return;
      let node = 0;
      for (let k = 0; k < p.length; k++) {
        const c = this.alpha[p.charCodeAt(k)];
        let to = next[node].get(c) ?? -1;
        if (to < 0) {
          to = next.length;
          next.push(new Map());
          out.push([]);
          next[node].set(c, to);
        }
        node = to;
      }
      out[node].push(i);
    });
    const count = next.length;
    for (const [c, to] of next[0]) this.root[c] = to;
    // Place each node's children at the first base where all their slots are free (first fit, from the lowest free slot).
    let size = span + count * 4;
    let check = new Int32Array(size).fill(-1);
    let target = new Int32Array(size);
    this.base = new Int32Array(count);
    let lowestFree = 0;
    for (let n = 1; n < count; n++) {
      if (!next[n].size) continue;
      const chars = [...next[n].keys()].sort((a, b) => a - b);
      while (check[lowestFree] !== -1) lowestFree++;
      let b = Math.max(0, lowestFree - chars[0]);
      // (Plain loops: this runs once per node on the first lint, mostly before V8 has optimised it.)
      for (;;) {
        if (b + chars[chars.length - 1] >= size) {
          const grown = new Int32Array(size * 2).fill(-1);
          grown.set(check);
          check = grown;
          const t = new Int32Array(size * 2);
          t.set(target);
          target = t;
          size *= 2;
        }
        if (check[b + chars[0]] !== -1) {
          b++;
          continue;
        }
        let k = 1;
        while (k < chars.length && check[b + chars[k]] === -1) k++;
        if (k === chars.length) break;
        b++;
      }
      this.base[n] = b;
      for (const c of chars) {
        check[b + c] = n;
        target[b + c] = next[n].get(c)!;
      }
    }
    // Every base + character falls inside the arrays (no out-of-bounds read on the hot path).
    let maxBase = 0;
    for (let n = 0; n < count; n++) maxBase = Math.max(maxBase, this.base[n]);
    const need = maxBase + span;
    if (size < need) {
      const grown = new Int32Array(need).fill(-1);
      grown.set(check);
      check = grown;
      const t = new Int32Array(need);
      t.set(target);
      target = t;
    }
    this.check = check;
    this.target = target;
    this.outFirst = new Int32Array(count + 1);
    let outs = 0;
    for (let n = 0; n < count; n++) {
      this.outFirst[n] = outs;
      outs += out[n].length;
    }
    this.outFirst[count] = outs;
    this.outList = Int32Array.from(out.flat());
  }


  /**
   * Reads each code unit `from` as the letter of `to[from]` where it is no letter of its own (0 in `to`: unchanged): the
   * lexicon looks through a traditional character slipped into a simplified draft (佈署 is 布署's 部署 typo).
   */
  alias(to: Uint16Array): void {
    for (let c = 0; c < 0x10000; c++) if (to[c] !== 0 && this.alpha[c] === 0 && this.alpha[to[c]] !== 0) this.alpha[c] = this.alpha[to[c]];
  }

  /** Every occurrence in text[from, to), overlapping ones included, ordered by start then by length. */
  search(text: string, from = 0, to = text.length): AutomatonHit[] {
    const hits: AutomatonHit[] = [];
    this.each(text, from, to, (pattern, start, end) => {
      hits.push({ pattern, start, end });
    });
    return hits;
  }

  /**
   * The same occurrences, handed to `onHit` one by one (no array of hits is built), ordered by start. Most positions of
   * a text start no pattern: the first two characters are looked up in the pairs' bit set (three table look-ups), and
   * only where they begin some pattern is the trie walked from there, reporting each pattern that ends on the way.
   */
  each(text: string, from: number, to: number, onHit: (pattern: number, start: number, end: number) => void): void {
    const alpha = this.alpha;
    const root = this.root;
    const pairs = this.pairs;
    const singles = this.singles;
    const outFirst = this.outFirst;
    const outList = this.outList;
    const base = this.base;
    const check = this.check;
    const target = this.target;
    const twoKeys = this.twoKeys;
    const twoMask = this.twoMask;
    let next = from < to ? alpha[text.charCodeAt(from)] : 0;
    for (let i = from; i < to; i++) {
      const a = next;
      next = i + 1 < to ? alpha[text.charCodeAt(i + 1)] : 0;
      if (a === 0) continue;
      let pair = false;
      if (next !== 0) {
        const bit = pairBit(a, next);
        pair = ((pairs[bit >> 3] >> (bit & 7)) & 1) === 1;
      }
      if (!pair && singles[a] === 0) continue;
      let node = root[a];
      // One letter, then two (from the table), then the trie from the second letter on.
      if (node >= 0) for (let k = outFirst[node], end = outFirst[node + 1]; k < end; k++) onHit(outList[k], i, i + 1);
      if (!pair) continue;
      const key = a * 65536 + next + 1;
      for (let slot = twoHash(key) & twoMask; twoKeys[slot] !== 0; slot = (slot + 1) & twoMask) {
        if (twoKeys[slot] !== key) continue;
        for (let k = this.twoFirst[slot], end = k + this.twoCount[slot]; k < end; k++) onHit(this.twoList[k], i, i + 2);
        break;
      }
      if (node < 0) continue;
      for (let j = i + 1, c = next; ; ) {
        const at = base[node] + c;
        if (check[at] !== node) break;
        node = target[at];
        for (let k = outFirst[node], end = outFirst[node + 1]; k < end; k++) onHit(outList[k], i, j + 1);
        if (++j >= to) break;
        c = alpha[text.charCodeAt(j)];
        if (c === 0) break;
      }
    }
  }

}
