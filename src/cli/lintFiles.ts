/**
 * Linting many files on both cores: the CLI reads the files and their configuration on the main thread,
 * lints them on worker threads, and reports them in the order it read them, so the output is the same as
 * a single-threaded run. The worker is this very module (dist/cli.js in the bundle) started again.
 */
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fixAll, lint, type DetectMode, type Finding, type LintConfig } from '../core';

export interface FileReport {
  path: string;
  text: string;
  genre: string | null;
  linted: boolean;
  findings: Finding[];
  fixedCount: number;
  diff?: string;
  /** The fixed text of stdin with --fix --format json (a file's is written back instead). */
  output?: string;
}

export interface LintJob {
  label: string;
  text: string;
  config: LintConfig;
  detect: DetectMode;
  fix: boolean;
}

export function lintFile(job: LintJob): FileReport {
  const { label, text, config, detect, fix } = job;
  // --fix repeats lint + apply until nothing changes (fixAll), as the editor's Fix All does.
  const { text: current, applied, result } = fix ? fixAll(text, { config, detect }) : { text, applied: 0, result: lint(text, { config, detect }) };
  return { path: label, text: current, genre: result.genre?.genre.id ?? null, linted: result.linted, findings: result.findings, fixedCount: applied };
}

/** Below this many files threads cost more to start than they save. */
export const PARALLEL_MIN_FILES = 24;

/**
 * The threads to use by default: one per core (the main thread and the workers), at most 8 — from three cores
 * up. A worker is a fresh JavaScript engine that compiles the rules again (about 0.3 s of CPU): on a machine
 * with two cores that costs more than the second core gives back (measured: 1,000 documents in 0.9 s on one
 * thread, 1.2 s on two), so there the default is the main thread alone and --jobs 2 is a choice.
 */
export function defaultThreads(cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length): number {
  return cores <= 2 ? 1 : Math.min(8, cores);
}

const WORKER_FLAG = 'wenmiLintWorker';

/**
 * Lints the jobs on `threads` threads (the main thread and threads − 1 workers) when there are enough of
 * them, and returns the reports in job order. Jobs go out in chunks (few messages), each distinct
 * configuration once; the main thread lints chunks too while the workers run. A worker that fails to
 * start or dies leaves its chunks to the main thread.
 */
export async function lintAll(jobs: LintJob[], threads: number, stats?: { byWorkers: number }): Promise<FileReport[]> {
  if (threads <= 1 || jobs.length < PARALLEL_MIN_FILES) return jobs.map(lintFile);
  const configs: LintConfig[] = [];
  const configIndex = new Map<LintConfig, number>();
  for (const j of jobs) if (!configIndex.has(j.config)) configIndex.set(j.config, configs.push(j.config) - 1);
  const size = Math.max(4, Math.min(64, Math.ceil(jobs.length / (threads * 6))));
  const chunks: number[][] = [];
  for (let i = 0; i < jobs.length; i += size) chunks.push(Array.from({ length: Math.min(size, jobs.length - i) }, (_, k) => i + k));
  const results: Array<FileReport | undefined> = new Array(jobs.length);
  let next = 0;
  const take = () => (next < chunks.length ? chunks[next++] : undefined);
  const message = (chunk: number[]) => ({ jobs: chunk.map((i) => ({ id: i, ...jobs[i], config: configIndex.get(jobs[i].config)! })) });

  const workers: Array<Promise<void>> = [];
  for (let w = 0; w < threads - 1; w++) {
    workers.push(
      new Promise<void>((resolve) => {
        let worker: Worker;
        try {
          worker = startWorker(configs);
        } catch {
          resolve();
          return;
        }
        let inFlight = 0;
        const feed = () => {
          // Two chunks in flight, so that a worker never waits for the main thread between them.
          while (inFlight < 2) {
            const chunk = take();
            if (!chunk) break;
            inFlight++;
            worker.postMessage(message(chunk));
          }
          if (!inFlight) {
            void worker.terminate();
            resolve();
          }
        };
        worker.on('message', (m: { reports: Array<{ id: number; report: FileReport }> }) => {
          for (const r of m.reports) results[r.id] = r.report;
          if (stats) stats.byWorkers += m.reports.length;
          inFlight--;
          feed();
        });
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
        feed();
      }),
    );
  }
  // The main thread works too, yielding between chunks so that the workers' results are taken in.
  for (let chunk = take(); chunk; chunk = take()) {
    for (const i of chunk) results[i] = lintFile(jobs[i]);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
  // Whatever a worker could not do (it failed to start or died), the main thread does.
  return jobs.map((job, i) => results[i] ?? lintFile(job));
}

function startWorker(configs: LintConfig[]): Worker {
  const file = __filename;
  const data = { [WORKER_FLAG]: true, configs };
  if (/\.ts$/.test(file)) {
    // From the TypeScript sources (tests run them through tsx): register tsx in the worker first.
    const boot = "require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.file);";
    return new Worker(boot, { eval: true, execArgv: [], workerData: { ...data, file } });
  }
  return new Worker(file, { workerData: data, execArgv: [] });
}

/** In a worker started by lintAll: answer lint jobs until terminated. */
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  const port = parentPort;
  const configs = (workerData as { configs: LintConfig[] }).configs;
  port.on('message', (m: { jobs: Array<Omit<LintJob, 'config'> & { id: number; config: number }> }) => {
    port.postMessage({ reports: m.jobs.map((j) => ({ id: j.id, report: lintFile({ ...j, config: configs[j.config] }) })) });
  });
}
