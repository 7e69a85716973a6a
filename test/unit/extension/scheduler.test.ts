/** The per-document debounce and the generation counter that drops stale lint results. */
import { strict as assert } from 'node:assert';
import { LintScheduler, type Timers } from '../../../src/extension/scheduler';

/** Timers driven by hand: advance(ms) fires what is due, in order. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  get pending(): number {
    return this.due.size;
  }
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const [id, t] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > this.now) continue;
      this.due.delete(id);
      t.callback();
    }
    await flush();
  }
}

/** Lets resolved promises run their continuations. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('extension: LintScheduler', () => {
  it('debounces: requests within the delay make one run, after the last request', async () => {
    const timers = new FakeTimers();
    const runs: Array<{ key: string; at: number }> = [];
    const s = new LintScheduler((key) => void runs.push({ key, at: timers.now }), assert.fail, timers);
    void s.schedule('a', 300);
    await timers.advance(200);
    void s.schedule('a', 300);
    await timers.advance(200);
    void s.schedule('a', 300);
    await timers.advance(299);
    assert.deepEqual(runs, []);
    await timers.advance(1);
    assert.deepEqual(runs, [{ key: 'a', at: 700 }]);
    assert.equal(timers.pending, 0);
  });

  it('keeps one timer per document: typing in one does not delay the other', async () => {
    const timers = new FakeTimers();
    const runs: string[] = [];
    const s = new LintScheduler((key) => void runs.push(key), assert.fail, timers);
    void s.schedule('a', 300);
    await timers.advance(100);
    void s.schedule('b', 300);
    await timers.advance(200);
    assert.deepEqual(runs, ['a']);
    void s.schedule('b', 300); // b keeps typing
    await timers.advance(300);
    assert.deepEqual(runs, ['a', 'b']);
  });

  it('a request with delay 0 runs now and replaces a pending one', async () => {
    const timers = new FakeTimers();
    const runs: string[] = [];
    const s = new LintScheduler((key) => void runs.push(key), assert.fail, timers);
    const debounced = s.schedule('a', 300);
    assert.ok(s.isPending('a'));
    await s.schedule('a', 0);
    assert.deepEqual(runs, ['a']);
    assert.ok(!s.isPending('a'), 'the pending timer is cleared');
    await debounced; // the superseded request settles instead of hanging
    await timers.advance(1000);
    assert.deepEqual(runs, ['a'], 'the superseded timer never fires');
  });

  it('a run that is overtaken by a newer request sees itself as stale; the newer one is current', async () => {
    const timers = new FakeTimers();
    const gates = [deferred(), deferred()];
    const verdicts: boolean[] = [];
    let n = 0;
    const s = new LintScheduler(async (_key, isCurrent) => {
      const gate = gates[n++];
      await gate.promise; // e.g. loading the configuration
      verdicts.push(isCurrent());
    }, assert.fail, timers);
    const first = s.schedule('a', 0);
    const second = s.schedule('a', 0);
    gates[1].resolve();
    await second;
    gates[0].resolve();
    await first;
    assert.deepEqual(verdicts, [true, false], 'the newer run publishes, the older (finishing last) is dropped');
  });

  it('cancel (document closed) drops the pending request and makes a running one stale', async () => {
    const timers = new FakeTimers();
    const gate = deferred();
    const seen: string[] = [];
    const s = new LintScheduler(async (key, isCurrent) => {
      await gate.promise;
      seen.push(`${key}:${isCurrent()}`);
    }, assert.fail, timers);
    const running = s.schedule('a', 0);
    const waiting = s.schedule('b', 300);
    s.cancel('a');
    s.cancel('b');
    await waiting;
    await timers.advance(1000);
    gate.resolve();
    await running;
    assert.deepEqual(seen, ['a:false'], 'b never ran; a found itself stale');
    assert.equal(timers.pending, 0);
  });

  it('reports a failing run to onError and carries on', async () => {
    const timers = new FakeTimers();
    const errors: string[] = [];
    let calls = 0;
    const s = new LintScheduler(
      async (key) => {
        calls++;
        if (calls === 1) throw new Error(`boom in ${key}`);
      },
      (key, e) => errors.push(`${key}: ${(e as Error).message}`),
      timers,
    );
    await s.schedule('a', 0);
    await s.schedule('a', 0);
    assert.deepEqual(errors, ['a: boom in a']);
    assert.equal(calls, 2);
  });

  it('also catches a run that throws synchronously', async () => {
    const errors: unknown[] = [];
    const s = new LintScheduler(() => {
      throw new Error('sync');
    }, (_k, e) => errors.push(e), new FakeTimers());
    await s.schedule('a', 0);
    assert.equal(errors.length, 1);
  });

  it('dispose clears every timer and settles waiting promises', async () => {
    const timers = new FakeTimers();
    const runs: string[] = [];
    const s = new LintScheduler((key) => void runs.push(key), assert.fail, timers);
    const waiting = [s.schedule('a', 300), s.schedule('b', 300)];
    s.dispose();
    await Promise.all(waiting);
    await timers.advance(1000);
    assert.deepEqual(runs, []);
    assert.equal(timers.pending, 0);
  });
});
