/**
 * The configuration service. Layering: built-in defaults < packs < .wenmirc.json files < VS Code settings,
 * resolved by the pure core (src/core/project) — the same code path as the CLI — with files read
 * through vscode.workspace.fs, so it also works in the web host and on remote file systems.
 *
 * Files are cached until a watcher, a save or a file operation says they changed; then onDidChange
 * fires and documents are re-linted, without a restart. While a file is broken, documents keep the
 * last good configuration (the errors are shown on the file by configDiagnostics.ts).
 * In Restricted Mode (untrusted workspace) no workspace file is read: defaults and settings only.
 */
import { vscode } from '../vscodeApi';
import type { ProjectResources, RuleSetting } from '../../core/config';
import type { LayerData, ProjectFs, ProjectLoader, ProjectResult } from '../../core/project';
import type { DetectMode } from '../../core/types';
import { core } from '../core';
import type { ConfigService } from '../services';

/** Only the values the user actually set: an unset `wenmi.detect` must not hide a .wenmirc.json's. */
export function settingsLayer(scope: vscode.Uri | undefined): LayerData {
  const { toRuleSetting } = core();
  const cfg = vscode.workspace.getConfiguration('wenmi', scope);
  const rules: Record<string, RuleSetting> = {};
  const raw = cfg.get<Record<string, unknown>>('rules') ?? {};
  for (const [id, v] of Object.entries(raw)) {
    const s = toRuleSetting(v);
    if (s) rules[id] = s;
  }
  const out: LayerData = {};
  if (Object.keys(rules).length) out.rules = rules;
  const detect = cfg.inspect<DetectMode>('detect');
  const set = detect?.workspaceFolderValue ?? detect?.workspaceValue ?? detect?.globalValue;
  if (set) out.detect = set;
  return out;
}

/** What the editor resolved for one document: the project as found, and what is in effect. */
export interface Resolved {
  /** Fresh resolution (its errors are the current ones). */
  project: ProjectResult;
  /** What documents use: the project, or the last good one while a file is broken, with settings on top. */
  effective: ProjectResult;
  /** Whether the last good configuration stands in for a broken one. */
  usingLastGood: boolean;
  /** The file system the paths belong to (scheme and authority of the workspace folder). */
  base: vscode.Uri;
}

export interface TeamConfigService extends ConfigService {
  /** The full resolution for a document: resources, sources, errors, files. */
  resolve(document: vscode.TextDocument | vscode.Uri): Promise<Resolved>;
  /** Fires after every fresh resolution (to show errors on configuration files). */
  readonly onDidResolve: vscode.Event<Resolved>;
  /** Fires when configuration files changed and cached resolutions were dropped (before documents re-lint). */
  readonly onDidInvalidate: vscode.Event<void>;
  /** A path of the core (POSIX) as a URI on the same file system as `base`. */
  toUri(path: string, base: vscode.Uri): vscode.Uri;
  /** The core path of a URI. */
  toPath(uri: vscode.Uri): string;
  /** Forgets cached files (after the extension wrote one) and re-lints. */
  refresh(uri?: vscode.Uri): void;
}

export function isTeamConfigService(s: ConfigService): s is TeamConfigService {
  return typeof (s as Partial<TeamConfigService>).resolve === 'function';
}

const decoder = new TextDecoder('utf-8');

function fsFor(base: vscode.Uri): ProjectFs {
  const uri = (p: string) => base.with({ path: p, query: '', fragment: '' });
  return {
    async readFile(p) {
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(uri(p)));
      } catch {
        return undefined;
      }
    },
    async stat(p) {
      try {
        const st = await vscode.workspace.fs.stat(uri(p));
        return st.type & vscode.FileType.Directory ? 'directory' : st.type & vscode.FileType.File ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Where a document's configuration is looked for: its folder, up to its workspace folder. */
function locate(target: vscode.TextDocument | vscode.Uri): { docPath?: string; root?: string; base: vscode.Uri } {
  const { paths } = core();
  const uri = target instanceof vscode.Uri ? target : target.uri;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) return { docPath: uri.path, root: folder.uri.path, base: folder.uri };
  const first = vscode.workspace.workspaceFolders?.[0];
  if (uri.scheme === 'untitled') {
    // A new draft (New Official Document) belongs to the first workspace folder: its team config applies.
    return first ? { docPath: paths.join(first.uri.path, 'untitled'), root: first.uri.path, base: first.uri } : { base: uri };
  }
  // A file outside every workspace folder: only its own folder's .wenmirc.json.
  const dir = paths.dirname(uri.path);
  return { docPath: uri.path, root: dir, base: uri };
}

export function createConfigService(): TeamConfigService {
  const changed = new vscode.EventEmitter<void>();
  const resolvedEmitter = new vscode.EventEmitter<Resolved>();
  const invalidated = new vscode.EventEmitter<void>();
  const loaders = new Map<string, ProjectLoader>();
  /** Project resolutions (without settings) by base + root + folder. */
  const projects = new Map<string, Promise<ProjectResult>>();
  const lastGood = new Map<string, ProjectResult>();
  /** Every file the resolutions read or looked for, by base key → paths. */
  const tracked = new Set<string>();
  const packWatchers = new Map<string, vscode.Disposable>();
  const subscriptions: vscode.Disposable[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const baseKey = (base: vscode.Uri) => `${base.scheme}://${base.authority}`;
  const loaderFor = (base: vscode.Uri) => {
    const key = baseKey(base);
    let l = loaders.get(key);
    if (!l) {
      const { ProjectLoader } = core();
      l = new ProjectLoader(fsFor(base));
      loaders.set(key, l);
    }
    return l;
  };

  /** Coalesces bursts of file events (a save writes, a watcher reports) into one re-lint. */
  const fireSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      changed.fire();
    }, 50);
  };

  const invalidate = (uri: vscode.Uri | undefined) => {
    if (uri) loaders.get(baseKey(uri))?.invalidate(uri.path);
    else for (const l of loaders.values()) l.invalidate();
    projects.clear();
    invalidated.fire();
    fireSoon();
  };

  const isConfigName = (uri: vscode.Uri) => {
    const { PACK_MANIFEST, paths, WENMIRC_FILE } = core();
    const name = paths.basename(uri.path);
    return name === WENMIRC_FILE || name === PACK_MANIFEST;
  };
  const trackedKey = (uri: vscode.Uri) => `${baseKey(uri)}${core().paths.normalize(uri.path)}`;
  const onFileEvent = (uri: vscode.Uri) => {
    const key = trackedKey(uri);
    if (isConfigName(uri) || tracked.has(key) || [...tracked].some((t) => t.startsWith(`${key}/`))) invalidate(uri);
  };

  /**
   * The configuration files of the workspace are watched from the first resolution on (before it nothing is
   * cached, so nothing can be stale), not from activate(): the file names come from the core (./core.ts).
   */
  let watching = false;
  let disposed = false;
  const watchConfigFiles = () => {
    if (watching || disposed) return;
    watching = true;
    const { PACK_MANIFEST, WENMIRC_FILE } = core();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${WENMIRC_FILE},${PACK_MANIFEST}}`);
    subscriptions.push(watcher, watcher.onDidCreate(onFileEvent), watcher.onDidChange(onFileEvent), watcher.onDidDelete(onFileEvent));
  };

  subscriptions.push(
    vscode.workspace.onDidSaveTextDocument((d) => onFileEvent(d.uri)),
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach(onFileEvent)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach(onFileEvent)),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (onFileEvent(f.oldUri), onFileEvent(f.newUri)))),
    vscode.workspace.onDidChangeWorkspaceFolders(() => invalidate(undefined)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => invalidate(undefined)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('wenmi')) changed.fire();
    }),
  );

  /** Pack folders (also outside the workspace) are watched as a whole: snippets, templates, terms files. */
  const watchPacks = (project: ProjectResult, base: vscode.Uri) => {
    for (const pack of project.packs) {
      const key = `${baseKey(base)}${pack.dir}`;
      if (packWatchers.has(key)) continue;
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base.with({ path: pack.dir }), '**/*'));
      const sub = [w, w.onDidCreate(onFileEvent), w.onDidChange(onFileEvent), w.onDidDelete(onFileEvent)];
      packWatchers.set(key, { dispose: () => sub.forEach((d) => d.dispose()) });
    }
  };

  async function resolve(target: vscode.TextDocument | vscode.Uri): Promise<Resolved> {
    const { applySettings, paths, resolveProject } = core();
    watchConfigFiles();
    const { docPath, root, base } = locate(target);
    const scope = target instanceof vscode.Uri ? target : target.uri;
    const settings = settingsLayer(scope.scheme === 'untitled' ? undefined : scope);
    const trusted = vscode.workspace.isTrusted;
    const key = `${baseKey(base)}|${trusted ? root ?? '' : '(restricted)'}|${docPath ? paths.dirname(docPath) : ''}`;
    let pending = projects.get(key);
    let fresh = false;
    if (!pending) {
      fresh = true;
      pending = resolveProject(
        trusted && docPath !== undefined ? { loader: loaderFor(base), documentPath: docPath, workspaceRoot: root } : { loader: loaderFor(base) },
      );
      // A failed resolution (an unexpected I/O error) must not stay cached: the next request tries again.
      const attempt = pending;
      attempt.catch(() => {
        if (projects.get(key) === attempt) projects.delete(key);
      });
      projects.set(key, pending);
    }
    const project = await pending;
    let base_ = project;
    let usingLastGood = false;
    if (project.errors.length) {
      const good = lastGood.get(key);
      if (good) {
        base_ = good;
        usingLastGood = true;
      }
    } else {
      lastGood.set(key, project);
    }
    const resolved: Resolved = { project, effective: applySettings(base_, settings), usingLastGood, base };
    if (fresh) {
      for (const f of project.files) tracked.add(`${baseKey(base)}${f}`);
      watchPacks(project, base);
      resolvedEmitter.fire(resolved);
    }
    return resolved;
  }

  return {
    onDidChange: changed.event,
    onDidResolve: resolvedEmitter.event,
    onDidInvalidate: invalidated.event,
    async resourcesFor(document): Promise<ProjectResources> {
      return (await resolve(document)).effective.resources;
    },
    async resourcesForUri(uri): Promise<ProjectResources> {
      return (await resolve(uri)).effective.resources;
    },
    resolve,
    toUri: (path, base) => base.with({ path, query: '', fragment: '' }),
    toPath: (uri) => core().paths.normalize(uri.path),
    refresh: (uri) => invalidate(uri),
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      subscriptions.forEach((d) => d.dispose());
      packWatchers.forEach((d) => d.dispose());
      changed.dispose();
      resolvedEmitter.dispose();
      invalidated.dispose();
    },
  };
}
