/** The CLI's window on the world, injected so tests can run it in memory. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Standard input: bytes (decoded like a file's), or text (tests). */
  readStdin(): Promise<string | Uint8Array>;
  cwd: string;
  fs: typeof fs;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal: progress on a large folder is shown there, never in a pipe or a file. */
  isStderrTTY?: boolean;
}

export function nodeIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
        process.stdin.on('error', reject);
      }),
    cwd: process.cwd(),
    fs,
    isTTY: !!process.stdout.isTTY,
    isStderrTTY: !!process.stderr.isTTY,
  };
}

/** A usage or input error: exit code 2 with a clear message. */
export class UsageError extends Error {}

export function resolvePath(io: CliIO, p: string): string {
  return path.resolve(io.cwd, p);
}
