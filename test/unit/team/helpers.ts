/** In-memory file systems for the project loader, and the repository's real one. */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { nodeProjectFs } from '../../../src/cli/config';
import { paths, type ProjectFs } from '../../../src/core/project';

export const ROOT = join(__dirname, '..', '..', '..');
export const EXAMPLE_PACK = join(ROOT, 'examples', 'packs', 'city-education');
export const TEAM_WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace-team');

/** A file system holding exactly `files` (absolute POSIX paths → text); folders are implied. */
export function memFs(files: Record<string, string>): ProjectFs & { reads: string[]; files: Record<string, string> } {
  const norm: Record<string, string> = {};
  for (const [p, text] of Object.entries(files)) norm[paths.normalize(p)] = text;
  const dirs = new Set<string>();
  for (const p of Object.keys(norm)) for (const d of paths.ancestors(paths.dirname(p))) dirs.add(d);
  const reads: string[] = [];
  return {
    reads,
    files: norm,
    async readFile(p) {
      reads.push(p);
      return norm[paths.normalize(p)];
    },
    async stat(p) {
      const n = paths.normalize(p);
      return n in norm ? 'file' : dirs.has(n) ? 'directory' : undefined;
    },
  };
}

export const realFs = (): ProjectFs => nodeProjectFs({ fs });

/** A minimal valid pack manifest. */
export function manifest(extra: Record<string, unknown> = {}, name = 'p', version = '1.0.0'): string {
  return JSON.stringify({ name, version, ...extra }, null, 2);
}
