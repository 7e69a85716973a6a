/**
 * Per-document lint scheduling: a debounce timer and a generation counter per key (a document URI).
 * Every request bumps the key's generation; a run that finds its generation outdated (a newer
 * request, a cancel) drops its result. No `vscode` import: unit-tested with fake timers.
 */

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs a lint for `key`; `isCurrent()` turns false as soon as a newer request or a cancel came in. */
export type LintRun = (key: string, isCurrent: () => boolean) => Promise<void> | void;

interface Pending {
  handle: unknown;
  /** Settles the promise returned by `schedule` when the request is superseded before it ran. */
  settle: () => void;
}

export class LintScheduler {
  private readonly generations = new Map<string, number>();
  private counter = 0;
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly run: LintRun,
    private readonly onError: (key: string, error: unknown) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /**
   * Lints `key` after `delayMs` without a newer request (0: now), replacing a pending request.
   * The promise settles when this request has run, or was superseded or cancelled; it never rejects.
   */
  schedule(key: string, delayMs: number): Promise<void> {
    const generation = this.bump(key);
    if (delayMs <= 0) return this.start(key, generation);
    return new Promise<void>((resolve) => {
      const handle = this.timers.set(() => {
        this.pending.delete(key);
        void this.start(key, generation).then(resolve);
      }, delayMs);
      this.pending.set(key, { handle, settle: resolve });
    });
  }

  /** Drops a pending request and makes a running one stale (the document closed or is no longer checked). */
  cancel(key: string): void {
    this.clearPending(key);
    this.generations.delete(key);
  }

  /** Whether a request is waiting for its debounce delay. */
  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.clearPending(key);
    this.generations.clear();
  }

  private bump(key: string): number {
    this.clearPending(key);
    // One counter for all keys, never reset: a generation number is never reused after a cancel.
    const next = ++this.counter;
    this.generations.set(key, next);
    return next;
  }

  private clearPending(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.timers.clear(p.handle);
    this.pending.delete(key);
    p.settle();
  }

  private async start(key: string, generation: number): Promise<void> {
    const isCurrent = () => this.generations.get(key) === generation;
    try {
      await this.run(key, isCurrent);
    } catch (error) {
      this.onError(key, error);
    }
  }
}
