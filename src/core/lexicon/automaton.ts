/**
 * Aho–Corasick over UTF-16 code units: every occurrence of every pattern in one left-to-right pass, whatever the
 * number of patterns. The root's transitions are a dense table (most positions of a text fail there in one
 * look-up); deeper nodes keep small maps. Built once per pattern list.
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

export class Automaton {
  private readonly root = new Int32Array(0x10000).fill(-1);
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each node (its own and, through the fail links, its suffixes'). */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, i) => {
      if (!p) return;
      let node = 0;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        let to = node === 0 ? this.root[c] : (this.next[node].get(c) ?? -1);
        if (to < 0) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          if (node === 0) this.root[c] = to;
          else this.next[node].set(c, to);
        }
        node = to;
      }
      this.out[node].push(i);
    });
    // Breadth first: a node's fail link is the longest proper suffix of its path that is also a path.
    const queue: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (this.root[c] >= 0) queue.push(this.root[c]);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        let to = this.step(f, c);
        while (to < 0 && f !== 0) {
          f = this.fail[f];
          to = this.step(f, c);
        }
        this.fail[child] = to < 0 || to === child ? 0 : to;
        if (this.out[this.fail[child]].length) this.out[child] = [...this.out[child], ...this.out[this.fail[child]]];
        queue.push(child);
      }
    }
  }

  private step(node: number, c: number): number {
    return node === 0 ? this.root[c] : (this.next[node].get(c) ?? -1);
  }

  /** Every occurrence in text[from, to), overlapping ones included, ordered by end then by pattern order. */
  search(text: string, from = 0, to = text.length): AutomatonHit[] {
    const hits: AutomatonHit[] = [];
    this.each(text, from, to, (pattern, start, end) => {
      hits.push({ pattern, start, end });
    });
    return hits;
  }

  /** The same occurrences, handed to `onHit` one by one (no array of hits is built). */
  each(text: string, from: number, to: number, onHit: (pattern: number, start: number, end: number) => void): void {
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      let n = this.step(node, c);
      while (n < 0 && node !== 0) {
        node = this.fail[node];
        n = this.step(node, c);
      }
      node = n < 0 ? 0 : n;
      const out = this.out[node];
      for (let k = 0; k < out.length; k++) {
        const p = out[k];
        onHit(p, i + 1 - this.lengths[p], i + 1);
      }
    }
  }
}
