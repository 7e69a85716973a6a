/**
 * Small POSIX-style path helpers for the pure core (no Node `path`). Every path handled by the
 * project loader is first normalised: backslashes become `/`, repeated slashes collapse, `.` and
 * `..` segments are resolved. Windows paths keep their drive (`C:/a/b`), VS Code URI paths keep
 * their leading slash (`/c:/a/b`), so the same code serves the CLI on every OS and the editor.
 */

/** `C:` / `c:` at the start (Windows drive), optionally after the slash of a URI path. */
const DRIVE = /^\/?[A-Za-z]:(?=\/|$)/;

/** Normalises separators and resolves `.`/`..` segments. Never goes above the root of an absolute path. */
export function normalize(p: string): string {
  let s = p.replace(/\\/g, '/');
  let prefix = '';
  const drive = DRIVE.exec(s);
  if (drive) {
    prefix = drive[0];
    s = s.slice(prefix.length);
    if (!s.startsWith('/')) s = '/' + s;
  } else if (s.startsWith('//')) {
    // UNC (\\server\share): keep the double slash.
    prefix = '/';
    s = s.slice(1);
  }
  const absolute = s.startsWith('/');
  const out: string[] = [];
  for (const seg of s.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const body = out.join('/');
  if (absolute) return prefix + '/' + body;
  return body || '.';
}

export function isAbsolute(p: string): boolean {
  const s = p.replace(/\\/g, '/');
  return s.startsWith('/') || DRIVE.test(s);
}

/** Joins segments and normalises; a later absolute segment does not reset (use resolve for that). */
export function join(...parts: string[]): string {
  return normalize(parts.filter((x) => x !== '').join('/'));
}

/** `to` relative to the directory `base` when relative, else `to` itself; normalised. */
export function resolve(base: string, to: string): string {
  return isAbsolute(to) ? normalize(to) : join(base, to);
}

/** The directory of a path (`/a/b/c.json` → `/a/b`; the root stays the root). */
export function dirname(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  const head = n.slice(0, i);
  if (head === '' || /^\/?[A-Za-z]:$/.test(head)) return head + '/';
  return head;
}

export function basename(p: string): string {
  const n = normalize(p);
  return n.slice(n.lastIndexOf('/') + 1);
}

export function extname(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i > 0 ? b.slice(i) : '';
}

/** Case-insensitive on the drive letter only (Windows), exact otherwise. */
function key(p: string): string {
  return normalize(p).replace(DRIVE, (d) => d.toLowerCase());
}

export function samePath(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** Whether `p` is `dir` itself or inside it. */
export function isWithin(dir: string, p: string): boolean {
  const d = key(dir);
  const k = key(p);
  if (d === k) return true;
  return k.startsWith(d.endsWith('/') ? d : d + '/');
}

/** Directories from `dir` up to and including `stop` (when `dir` is inside it), else up to the root. Nearest first. */
export function ancestors(dir: string, stop?: string): string[] {
  const out: string[] = [];
  let cur = normalize(dir);
  const bounded = stop !== undefined && isWithin(stop, cur);
  for (let guard = 0; guard < 256; guard++) {
    out.push(cur);
    if (bounded && samePath(cur, stop!)) break;
    const up = dirname(cur);
    if (up === cur || up === '.') break;
    cur = up;
  }
  return out;
}

/** A path as shown to a user: relative to `base` when inside it. */
export function displayPath(p: string, base?: string): string {
  const n = normalize(p);
  if (!base) return n;
  const b = normalize(base);
  if (!isWithin(b, n) || samePath(b, n)) return n;
  return n.slice(b.endsWith('/') ? b.length : b.length + 1);
}
