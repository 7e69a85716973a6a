/**
 * What rules compute once per parsed document and share (the punctuation context, the lexicon's hits, the years of the
 * text …), held on the document itself so that it dies with it.
 *
 * Not module-level WeakMaps keyed by the document: in V8 (Node 20) the value of a WeakMap entry whose key is young outlives
 * the scavenges that its key does not (measured alone: a loop that maps a fresh key to a fresh array promotes about
 * 200 KB per scavenge, the same loop without the WeakMap none), and a lint's caches are megabytes.
 */
import type { GongwenDocument } from './model';

/** A typed key of the memo (one per cache; compared by identity). */
export interface MemoKey<T> {
  readonly name: string;
  /** (Carries T only.) */
  readonly type?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

export function memoGet<T>(doc: GongwenDocument, key: MemoKey<T>): T | undefined {
  return doc.memo.get(key) as T | undefined;
}

export function memoSet<T>(doc: GongwenDocument, key: MemoKey<T>, value: T): T {
  doc.memo.set(key, value);
  return value;
}

/** The cached value, computed on first use. */
export function memoized<T>(doc: GongwenDocument, key: MemoKey<T>, compute: () => T): T {
  const m = doc.memo;
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}
