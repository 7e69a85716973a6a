/**
 * Team commands: create a pack in the workspace, add the selection as a snippet to a pack, and open
 * the effective configuration (merged, with the source of every value) as a read-only JSON document.
 * Files are written through vscode.workspace.fs; JSON edits keep the files' comments (jsonc-parser).
 */
import { vscode } from '../vscodeApi';
import type { GenreId } from '../../core/genres';
import type { LoadedPack } from '../../core/project';
import { core } from '../core';
import type { TeamConfigService } from './configService';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export const EFFECTIVE_SCHEME = 'wenmi-config';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
  return active ?? vscode.window.showWorkspaceFolderPick();
}

/** Creates a pack folder from the scaffold and lists it in the folder's root .wenmirc.json. Returns its manifest. */
export async function createPack(service: TeamConfigService, preset?: { name?: string; folder?: string }): Promise<vscode.Uri | undefined> {
  const { addPackToConfig, isValidPackName, PACK_MANIFEST, paths, scaffoldPack, t, WENMIRC_FILE } = core();
  const folder = await pickFolder();
  if (!folder) {
    void vscode.window.showErrorMessage(t('team.createPack.noWorkspace'));
    return undefined;
  }
  const name =
    preset?.name?.trim() ||
    (await vscode.window.showInputBox({
      prompt: t('team.createPack.name'),
      value: 'office-style',
      validateInput: (v) => (isValidPackName(v.trim()) ? undefined : t('team.createPack.nameInvalid')),
    }))?.trim();
  if (!name) return undefined;
  if (!isValidPackName(name)) {
    void vscode.window.showErrorMessage(t('team.createPack.nameInvalid'));
    return undefined;
  }
  const rel =
    preset?.folder?.trim() ||
    (await vscode.window.showInputBox({ prompt: t('team.createPack.folder'), value: `packs/${name.replace(/^@[^/]+\//, '')}` }))?.trim();
  if (!rel) return undefined;
  const dir = vscode.Uri.joinPath(folder.uri, ...rel.split(/[\\/]+/).filter(Boolean));
  const manifest = vscode.Uri.joinPath(dir, PACK_MANIFEST);
  if (await exists(manifest)) {
    void vscode.window.showErrorMessage(t('team.createPack.exists', { path: vscode.workspace.asRelativePath(manifest) }));
    return undefined;
  }
  for (const [file, content] of Object.entries(scaffoldPack(name))) {
    const target = vscode.Uri.joinPath(dir, file);
    if (!(await exists(target))) await writeText(target, content);
  }
  const rcUri = vscode.Uri.joinPath(folder.uri, WENMIRC_FILE);
  const spec = './' + paths.displayPath(dir.path, folder.uri.path);
  try {
    await writeText(rcUri, addPackToConfig(await readText(rcUri), spec));
  } catch (err) {
    // A broken .wenmirc.json is not rewritten: the pack exists, the user adds it by hand.
    void vscode.window.showWarningMessage(`${WENMIRC_FILE}: ${(err as Error).message}`);
  }
  service.refresh();
  void vscode.window.showInformationMessage(t('team.createPack.done', { name, path: vscode.workspace.asRelativePath(dir) }));
  return manifest;
}

function isWritable(pack: LoadedPack, base: vscode.Uri): boolean {
  if (/\/node_modules\//.test(pack.dir)) return false;
  return !!vscode.workspace.getWorkspaceFolder(base.with({ path: pack.dir }));
}

/** Answers given in advance (from a keybinding's args or a test): the matching prompts are skipped. */
export interface SnippetPreset {
  /** The pack: its name, name@version or manifest path. */
  pack?: string;
  name?: string;
  prefix?: string[];
  genres?: string[];
}

/** Adds the selection as a snippet to a pack of the document's configuration (or a new pack). */
export async function addSelectionAsSnippet(service: TeamConfigService, editor = vscode.window.activeTextEditor, preset: SnippetPreset = {}): Promise<void> {
  const { addSnippetToFile, detectGenre, GENRES, manifestSnippetFiles, parse, snippetBody, t } = core();
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showErrorMessage(t('team.addSnippet.noSelection'));
    return;
  }
  const document = editor.document;
  const selected = document.getText(editor.selection);
  const resolved = await service.resolve(document);
  const packs = resolved.effective.packs;
  type Item = vscode.QuickPickItem & { pack?: LoadedPack };
  const items: Item[] = packs.map((p) => ({
    label: p.id,
    description: vscode.workspace.asRelativePath(service.toUri(p.dir, resolved.base)),
    detail: isWritable(p, resolved.base) ? p.description : t('team.addSnippet.notWritable', { pack: p.id }),
    pack: p,
  }));
  items.push({ label: t('team.addSnippet.newPack') });
  const wanted = preset.pack;
  const picked = wanted
    ? items.find((i) => i.pack && (i.pack.name === wanted || i.pack.id === wanted || service.toUri(i.pack.manifest, resolved.base).fsPath === wanted || i.pack.manifest === wanted))
    : await vscode.window.showQuickPick(items, { placeHolder: t('team.addSnippet.pickPack') });
  if (!picked) {
    if (wanted) void vscode.window.showErrorMessage(t('team.addSnippet.noSuchPack', { pack: wanted }));
    return;
  }
  let manifestUri: vscode.Uri | undefined;
  if (picked.pack) {
    if (!isWritable(picked.pack, resolved.base)) {
      void vscode.window.showErrorMessage(t('team.addSnippet.notWritable', { pack: picked.pack.id }));
      return;
    }
    manifestUri = service.toUri(picked.pack.manifest, resolved.base);
  } else {
    manifestUri = await createPack(service);
  }
  if (!manifestUri) return;
  const firstLine = selected.split(/\r?\n/).find((l) => l.trim())?.trim() ?? '';
  const name = (preset.name ?? (await vscode.window.showInputBox({ prompt: t('team.addSnippet.name'), value: firstLine.slice(0, 16) })))?.trim();
  if (!name) return;
  const prefixText = preset.prefix ? preset.prefix.join(' ') : await vscode.window.showInputBox({ prompt: t('team.addSnippet.prefix'), value: firstLine.slice(0, 8) });
  if (prefixText === undefined) return;
  const detected = detectGenre(parse(document.getText()))?.genre.id;
  const genres = preset.genres
    ? preset.genres.filter((g): g is GenreId => GENRES.some((x) => x.id === g))
    : (
        await vscode.window.showQuickPick(
          GENRES.map((g) => ({ label: g.id, description: g.definition, picked: g.id === detected })),
          { canPickMany: true, placeHolder: t('team.addSnippet.genres') },
        )
      )?.map((g) => g.label as GenreId);
  if (!genres) return;

  const manifestText = (await readText(manifestUri)) ?? '';
  const snippetFiles = manifestSnippetFiles(manifestText);
  const file = snippetFiles.files[0] ?? 'snippets.json';
  const packDir = vscode.Uri.joinPath(manifestUri, '..');
  const snippetsUri = vscode.Uri.joinPath(packDir, ...file.split(/[\\/]+/).filter(Boolean));
  const current = await readText(snippetsUri);
  if (current && new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`).test(current) && !preset.name) {
    const overwrite = t('team.addSnippet.overwrite');
    if ((await vscode.window.showWarningMessage(t('team.addSnippet.exists', { name }), { modal: true }, overwrite)) !== overwrite) return;
  }
  const next = addSnippetToFile(current, name, {
    prefix: prefixText.split(/\s+/).filter(Boolean),
    body: snippetBody(selected),
    genres,
  });
  await writeText(snippetsUri, next);
  if (!snippetFiles.files.length) await writeText(manifestUri, snippetFiles.withFile(file));
  service.refresh();
  void vscode.window.showInformationMessage(t('team.addSnippet.done', { name, path: vscode.workspace.asRelativePath(snippetsUri) }));
}

/** The read-only "effective configuration" documents: wenmi-config:/<name>.json?<document uri>. */
export class EffectiveConfigProvider implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  constructor(private readonly service: TeamConfigService) {}

  /** Re-renders every open view (the configuration changed). */
  refresh(): void {
    for (const u of this.open) this.emitter.fire(vscode.Uri.parse(u));
  }

  static uriFor(target: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: EFFECTIVE_SCHEME, path: '/wenmi-effective-config.json', query: target.toString() });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.open.add(uri.toString());
    const target = vscode.Uri.parse(uri.query);
    const resolved = await this.service.resolve(target);
    const view = core().effectiveConfigView(resolved.effective, target.scheme === 'file' ? target.fsPath : target.toString());
    if (resolved.usingLastGood) view.usingLastGoodConfiguration = true;
    return JSON.stringify(view, null, 2) + '\n';
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export async function showEffectiveConfig(): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = vscode.workspace.workspaceFolders?.[0];
  // From the view itself, show the same document's configuration again (refreshed).
  const target = active?.scheme === EFFECTIVE_SCHEME ? vscode.Uri.parse(active.query) : active ?? (folder && vscode.Uri.joinPath(folder.uri, '.wenmi-root-document'));
  if (!target) {
    void vscode.window.showErrorMessage(core().t('team.createPack.noWorkspace'));
    return;
  }
  const doc = await vscode.workspace.openTextDocument(EffectiveConfigProvider.uriFor(target));
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
