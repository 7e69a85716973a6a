/**
 * Configuration for a file checked by the CLI: the same discovery and layering as the editor
 * (src/core/project), with the Node fs plugged in. There are no editor settings on the command line,
 * so the layers are: defaults < packs < .wenmirc.json files.
 */
import * as path from 'node:path';
import type { LintConfig } from '../core/config';
import { formatConfigError, ProjectLoader, resolveProject, type ProjectFs, type ProjectResult } from '../core/project';
import type { CliIO } from './io';

export interface CliConfigResult {
  config: LintConfig;
  /** Problems in configuration files (`path:line:column: message`): reported, and the run exits 2. */
  errors: string[];
  project: ProjectResult;
}

/** The project fs on Node's fs (through the injected io, so tests can swap it). */
export function nodeProjectFs(io: Pick<CliIO, 'fs'>): ProjectFs {
  return {
    async readFile(p) {
      try {
        const st = io.fs.statSync(p);
        if (!st.isFile()) return undefined;
        return io.fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    async stat(p) {
      try {
        const st = io.fs.statSync(p);
        return st.isDirectory() ? 'directory' : st.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Where discovery stops for a file: the nearest folder holding `.git` (the repository, which is what
 * an editor opens as its workspace), else the file system root. A `.wenmirc.json` with
 * `"root": true` stops it earlier, in the editor and here alike.
 */
export function workspaceRootFor(filePath: string, io: Pick<CliIO, 'fs'>): string {
  let dir = path.dirname(path.resolve(filePath));
  for (;;) {
    try {
      io.fs.statSync(path.join(dir, '.git'));
      return dir;
    } catch {
      /* keep looking */
    }
    const up = path.dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

/** One loader per CLI run (per io): files are read once however many documents share them. */
const loaders = new WeakMap<object, ProjectLoader>();

export function loaderFor(io: CliIO): ProjectLoader {
  let l = loaders.get(io);
  if (!l) {
    l = new ProjectLoader(nodeProjectFs(io));
    loaders.set(io, l);
  }
  return l;
}

export async function loadConfigFor(filePath: string, io: CliIO): Promise<CliConfigResult> {
  const file = path.resolve(io.cwd, filePath);
  const project = await resolveProject({
    loader: loaderFor(io),
    documentPath: file,
    workspaceRoot: workspaceRootFor(file, io),
  });
  const shown = (p: string) => {
    const rel = path.relative(io.cwd, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  };
  return { config: project.resources.config, errors: project.errors.map((e) => formatConfigError({ ...e, path: shown(e.path) })), project };
}
