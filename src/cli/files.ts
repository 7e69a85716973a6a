/** Finding the documents to check, and writing fixed text without ever losing it. */
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync } from 'tinyglobby';
import { decode, encodable, encode, type Encoding } from './encoding';
import type { CliIO } from './io';
import type { Finding } from '../core/types';
import type { LintConfig } from '../core/config';
import { docxModules } from './docx';
import { lintFragment } from '../core/engine';

export const DOC_EXTENSIONS = ['.txt', '.md', '.gw', '.docx'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.wenmi-e2e']);

export interface WalkResult {
  files: string[];
  errors: string[];
  /** Inputs (a folder, a glob) that yielded no document to check. */
  empty: string[];
}

/** A glob that a shell left quoted (a pattern with * ? [ ] or braces): expanded here, as on Windows, where no shell expands it. */
const GLOB_CHARS = /[*?[\]{}]/;

/** The patterns of the .gitignore in the folder the CLI runs in (paths walked or globbed are matched against it). */
function gitignoreOf(io: CliIO): Ignore | undefined {
  try {
    return ignore().add(io.fs.readFileSync(path.join(io.cwd, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Expands paths: files as given (any extension), directories walked for .txt/.md/.gw/.docx, globs expanded; sorted.
 * Walked and globbed paths that the folder's .gitignore names are left out (a file named on the command line
 * never is). `empty` lists the inputs that yielded no document.
 */
export function collectFiles(io: CliIO, inputs: string[]): WalkResult {
  const files: string[] = [];
  const errors: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const ignored = gitignoreOf(io);
  const isIgnored = (abs: string, dir: boolean) => {
    if (!ignored) return false;
    const rel = path.relative(io.cwd, abs).split(path.sep).join('/');
    return !!rel && !rel.startsWith('..') && ignored.ignores(dir ? `${rel}/` : rel);
  };
  const visit = (p: string, explicit: boolean, depth: number) => {
    let st;
    try {
      st = io.fs.statSync(p);
    } catch {
      errors.push(`${p}: 找不到文件或目录 (no such file or directory)`);
      return;
    }
    if (st.isDirectory()) {
      if (depth > 64) return;
      let names: string[];
      try {
        names = io.fs.readdirSync(p).sort();
      } catch (err) {
        errors.push(`${p}: 无法读取目录 (${(err as Error).message})`);
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
        const child = path.join(p, name);
        let cst;
        try {
          cst = io.fs.lstatSync(child);
        } catch {
          continue;
        }
        if (cst.isSymbolicLink() || isIgnored(child, cst.isDirectory())) continue;
        if (cst.isDirectory()) visit(child, false, depth + 1);
        else if (DOC_EXTENSIONS.includes(path.extname(name).toLowerCase())) visit(child, false, depth + 1);
      }
      return;
    }
    if (!explicit && !DOC_EXTENSIONS.includes(path.extname(p).toLowerCase())) return;
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(io.cwd, input);
    const before = files.length;
    if (GLOB_CHARS.test(input) && !io.fs.existsSync(abs)) {
      const matches = globSync(input.split(path.sep).join('/'), { cwd: io.cwd, absolute: true, onlyFiles: true, dot: false, ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`) })
        .map((m) => path.normalize(m))
        .filter((m) => !isIgnored(m, false))
        .sort();
      for (const m of matches) visit(m, true, 0);
    } else {
      const errorsBefore = errors.length;
      visit(abs, true, 0);
      if (errors.length > errorsBefore) continue;
    }
    if (files.length === before) empty.push(input);
  }
  return { files, errors, empty };
}

/** Reads a document in whichever encoding it has (encoding.ts); refuses binary and undecodable files with a reason. */
export function readDocument(io: CliIO, file: string, forced?: Encoding): { text?: string; error?: string; bom: boolean; encoding: Encoding } {
  let buf: Buffer;
  try {
    buf = io.fs.readFileSync(file);
  } catch (err) {
    return { error: `无法读取 (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, bom: false, encoding: 'utf-8' };
  }
  const d = decode(buf, forced);
  if ('error' in d) return { error: d.error, bom: false, encoding: 'utf-8' };
  return d;
}

/** A .docx as the text its reader sees (the docx modules load only when a Word file is checked). */
export async function readDocxDocument(io: CliIO, file: string): Promise<{ text?: string; fullText?: string; error?: string; bom: boolean; encoding: Encoding; layoutOf?: (config?: Partial<LintConfig>) => Finding[] }> {
  let bytes: Buffer;
  try {
    bytes = io.fs.readFileSync(file);
  } catch (err) {
    return { error: `无法读取 (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, bom: false, encoding: 'utf-8' };
  }
  const { openPackage, DocxError, XML_PARTS, readDocxText, requireText, checkDocxLayout } = await docxModules();
  try {
    // Only the XML parts are inflated: images are not needed to read the text and the layout.
    const pkg = openPackage(bytes, undefined, { only: XML_PARTS });
    const model = requireText(readDocxText(pkg));
    // The body is checked as the document (`text`); the layout rules read from the file (page, margins, fonts …) and the
    // footnotes' and endnotes' words (paragraph rules only) run under the file's configuration and are reported with
    // it, positioned in `fullText` (the body, then the notes).
    return {
      text: model.text.slice(0, model.bodyEnd),
      fullText: model.text,
      bom: false,
      encoding: 'utf-8',
      layoutOf: (config) => [...checkDocxLayout(pkg, model, config), ...lintFragment(model.text.slice(model.notesStart), model.notesStart, { config })],
    };
  } catch (err) {
    if (err instanceof DocxError) return { error: err.message, bom: false, encoding: 'utf-8' };
    throw err;
  }
}

/** Writes atomically: a temp file beside the target, same permissions, then rename over it. */
export function writeAtomic(io: CliIO, target: string, text: string, bom: boolean, encoding: Encoding = 'utf-8'): void {
  if (!encodable(text, encoding)) throw new Error(`修正后的文字有 ${encoding.toUpperCase()} 无法表示的字符`);
  // Through a symlink to the real file, so the link stays a link.
  const file = io.fs.realpathSync(target);
  const st = io.fs.statSync(file);
  // rename() would replace a read-only file without asking: respect its permissions (root included).
  if ((st.mode & 0o222) === 0) throw new Error('文件是只读的');
  io.fs.accessSync(file, io.fs.constants.W_OK);
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.wenmi-${process.pid}-${Date.now()}.tmp`);
  const mode = st.mode;
  try {
    io.fs.writeFileSync(tmp, encode(text, encoding, bom), { mode });
    io.fs.chmodSync(tmp, mode & 0o7777);
    io.fs.renameSync(tmp, file);
  } catch (err) {
    try {
      io.fs.unlinkSync(tmp);
    } catch {
      /* nothing left behind */
    }
    throw err;
  }
}
