/** Finding the documents to check, and writing fixed text without ever losing it. */
import * as path from 'node:path';
import type { CliIO } from './io';

export const DOC_EXTENSIONS = ['.txt', '.md', '.gw'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.wenmi-e2e']);

export interface WalkResult {
  files: string[];
  errors: string[];
}

/** Expands paths: files as given (any extension), directories walked for .txt/.md/.gw, sorted. */
export function collectFiles(io: CliIO, inputs: string[]): WalkResult {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
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
        if (cst.isSymbolicLink()) continue;
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
  for (const input of inputs) visit(path.resolve(io.cwd, input), true, 0);
  return { files, errors };
}

/** Reads a document as UTF-8 text; refuses binary files with a clear reason. */
export function readDocument(io: CliIO, file: string): { text?: string; error?: string; bom: boolean } {
  let buf: Buffer;
  try {
    buf = io.fs.readFileSync(file);
  } catch (err) {
    return { error: `无法读取 (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, bom: false };
  }
  if (buf.includes(0)) return { error: '不是文本文件（含 NUL 字节），已跳过', bom: false };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    // Fatal decoding: a GBK file read as UTF-8 would turn into U+FFFD and, fixed, lose its bytes.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? buf.subarray(3) : buf), bom };
  } catch {
    return { error: '不是 UTF-8 编码的文本（可能是 GBK），已跳过；请先转换为 UTF-8（如 iconv -f gbk -t utf-8）', bom: false };
  }
}

/** Writes atomically: a temp file beside the target, same permissions, then rename over it. */
export function writeAtomic(io: CliIO, target: string, text: string, bom: boolean): void {
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
    io.fs.writeFileSync(tmp, (bom ? '\ufeff' : '') + text, { mode });
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
