/**
 * Project configuration for one document: discovery of `.wenmirc.json` files from the document's
 * folder up to the workspace root, their packs, and the layering
 *
 *   built-in defaults < packs (in the order listed) < .wenmirc.json (farther < nearer) < settings
 *
 * The editor and the CLI both call resolveProject, each with its own fs: same code path, same result.
 */
import { defaultConfig, type LayoutSettings, type LintConfig, type OrganizationProfile, type PackSnippet, type PackTemplate, type RuleSetting, type TermEntry } from '../config';
import { t } from '../messages';
import { makeError, parseJsonc } from './jsonc';
import { LoadContext, loadPack, loadRcFile, ProjectLoader, type RcFile } from './load';
import { ancestors, dirname, displayPath, isWithin, join, normalize } from './paths';
import { PACK_MANIFEST, WENMIRC_FILE } from './schema';
import type { ConfigSource, LayerData, LoadedPack, ProjectFs, ProjectResult } from './types';

export interface ResolveOptions {
  /** Reads files; pass a shared loader instead to reuse its cache across documents. */
  fs?: ProjectFs;
  loader?: ProjectLoader;
  /** The document being checked (its folder is where discovery starts). */
  documentPath?: string;
  /** Discovery stops here; npm packs are looked up in node_modules up to here. */
  workspaceRoot?: string;
  /** The top layer (VS Code settings): only the values the user actually set. */
  settings?: LayerData;
  settingsLabel?: string;
}

export interface Layer {
  source: ConfigSource;
  data: LayerData;
  /** Where terms were read from, when not the layer's own file (a pack's terms file). */
  termsPath?: string;
  snippets?: PackSnippet[];
  templates?: PackTemplate[];
}

export const DEFAULT_SOURCE: ConfigSource = { layer: 'default', label: '内置默认' };

export function packSource(pack: LoadedPack): ConfigSource {
  return { layer: 'pack', label: `规范包 ${pack.id}`, path: pack.manifest };
}

/** A pack's layers: what it extends first (depth first, each once), then the pack itself. */
export function packLayers(packs: readonly LoadedPack[], seen = new Set<string>()): Layer[] {
  const out: Layer[] = [];
  for (const p of packs) {
    if (seen.has(p.manifest)) continue;
    seen.add(p.manifest);
    out.push(...packLayers(p.extends, seen));
    out.push({ source: packSource(p), data: p.data, termsPath: p.dataPaths.terms, snippets: p.snippets, templates: p.templates });
  }
  return out;
}

/** Merges layers, lowest first. Returns the effective config, pack resources and where each value came from. */
export function mergeLayers(layers: readonly Layer[]): Pick<ProjectResult, 'resources' | 'sources'> {
  const config: LintConfig = defaultConfig();
  const sources: Record<string, ConfigSource> = { detect: DEFAULT_SOURCE };
  const terms = new Map<string, TermEntry>();
  const org: OrganizationProfile = {};
  const snippets = new Map<string, PackSnippet>();
  const templates: PackTemplate[] = [];
  let hasOrg = false;
  const layout: LayoutSettings = {};
  let hasLayout = false;
  for (const layer of layers) {
    const { data, source } = layer;
    if (data.detect) {
      config.detect = data.detect;
      sources.detect = source;
    }
    for (const [id, setting] of Object.entries(data.rules ?? {})) {
      const prev: RuleSetting | undefined = config.rules[id];
      const next: RuleSetting = { ...prev };
      if (setting.severity) next.severity = setting.severity;
      if (setting.options) next.options = { ...prev?.options, ...setting.options };
      config.rules[id] = next;
      sources[`rules.${id}`] = source;
    }
    for (const term of data.terms ?? []) {
      const key = `terms.${term.wrong}`;
      if (term.severity === 'off') {
        terms.delete(term.wrong);
        sources[key] = source;
        continue;
      }
      terms.delete(term.wrong); // re-insert: the effective order follows the last layer that set it
      terms.set(term.wrong, term as TermEntry);
      sources[key] = layer.termsPath ? { ...source, path: layer.termsPath } : source;
    }
    if (data.organization) {
      for (const [k, v] of Object.entries(data.organization) as Array<[keyof OrganizationProfile, unknown]>) {
        if (v === undefined) continue;
        (org as Record<string, unknown>)[k] = Array.isArray(v) ? [...v] : v;
        sources[`organization.${k}`] = source;
        hasOrg = true;
      }
    }
    // The layout's settings key by key (fonts family by family): a pack sets the organisation's, a folder may change one.
    if (data.layout) {
      for (const [k, v] of Object.entries(data.layout) as Array<[keyof LayoutSettings, unknown]>) {
        if (v === undefined) continue;
        if (k === 'fonts' && v && typeof v === 'object') {
          layout.fonts = { ...layout.fonts, ...(v as LayoutSettings['fonts']) };
          for (const family of Object.keys(v)) sources[`layout.fonts.${family}`] = source;
        } else {
          (layout as Record<string, unknown>)[k] = v;
          sources[`layout.${k}`] = source;
        }
        hasLayout = true;
      }
    }
    for (const s of layer.snippets ?? []) {
      snippets.delete(s.name);
      snippets.set(s.name, s);
      sources[`snippets.${s.name}`] = source;
    }
    for (const tpl of layer.templates ?? []) {
      templates.push(tpl);
      sources[`templates.${tpl.source}`] = source;
    }
  }
  config.terms = [...terms.values()];
  if (hasOrg) config.organization = org;
  if (hasLayout) config.layout = layout;
  return { resources: { config, snippets: [...snippets.values()], templates }, sources };
}

/** Resolves the configuration of one document (see the module comment for the layering). */
export async function resolveProject(opts: ResolveOptions): Promise<ProjectResult> {
  const loader = opts.loader ?? new ProjectLoader(opts.fs ?? { readFile: async () => undefined });
  const root = opts.workspaceRoot !== undefined ? normalize(opts.workspaceRoot) : undefined;
  const ctx = new LoadContext(loader, root);
  const docDir = opts.documentPath !== undefined ? dirname(normalize(opts.documentPath)) : root;

  // Discovery, nearest first; a file with "root": true ends it.
  const rcFiles: RcFile[] = [];
  if (docDir !== undefined) {
    const dirs = root === undefined ? ancestors(docDir) : isWithin(root, docDir) ? ancestors(docDir, root) : [docDir];
    for (const dir of dirs) {
      const path = join(dir, WENMIRC_FILE);
      const text = await ctx.read(path);
      if (text === undefined) continue;
      const rc = await loadRcFile(ctx, path, text);
      if (!rc) continue;
      rcFiles.push(rc);
      if (rc.root) break;
    }
    rcFiles.reverse();
  }

  // Packs of every file, farther files' packs first, each in the order listed.
  const packs: LoadedPack[] = [];
  for (const rc of rcFiles) {
    for (const ref of rc.packs) {
      const pack = await loadPack(ctx, { spec: ref.spec, node: ref.node, file: rc.parsed });
      if (pack) packs.push(pack);
    }
  }
  const layers: Layer[] = [{ source: DEFAULT_SOURCE, data: {} }, ...packLayers(packs)];
  for (const rc of rcFiles) layers.push({ source: { layer: 'file', label: displayPath(rc.path, root), path: rc.path }, data: rc.data });
  const project: ProjectResult = {
    ...mergeLayers(layers),
    errors: ctx.errors,
    layers: layers.map((l) => l.source),
    configFiles: rcFiles.map((r) => r.path),
    packs: appliedPacks(packs),
    files: [...ctx.files],
  };
  return opts.settings ? applySettings(project, opts.settings, opts.settingsLabel) : project;
}

/**
 * Puts the settings layer on top of a resolved project (the editor keeps the last good project
 * while a file is broken, and re-applies the current settings to it).
 */
export function applySettings(base: ProjectResult, settings: LayerData, label: string = t('config.settingsLabel')): ProjectResult {
  const source: ConfigSource = { layer: 'settings', label };
  const { config, snippets, templates } = base.resources;
  const below: Layer = {
    source: DEFAULT_SOURCE,
    data: { rules: config.rules, terms: config.terms, organization: config.organization, layout: config.layout, detect: config.detect },
    snippets,
    templates,
  };
  const merged = mergeLayers([below, { source, data: settings }]);
  const sources = { ...base.sources };
  for (const [key, s] of Object.entries(merged.sources)) if (s === source) sources[key] = s;
  return { ...base, resources: merged.resources, sources, layers: [...base.layers, source] };
}

/** The packs in the order their layers apply (what a pack extends comes before it), each once. */
function appliedPacks(packs: readonly LoadedPack[]): LoadedPack[] {
  const seen = new Set<string>();
  const out: LoadedPack[] = [];
  const visit = (list: readonly LoadedPack[]) => {
    for (const p of list) {
      if (seen.has(p.manifest)) continue;
      seen.add(p.manifest);
      visit(p.extends);
      out.push(p);
    }
  };
  visit(packs);
  return out;
}

/** Loads one pack on its own (for `wenmi pack validate|test`): the pack and what it extends, over the defaults. */
export async function resolvePack(opts: {
  fs?: ProjectFs;
  loader?: ProjectLoader;
  dir: string;
  workspaceRoot?: string;
}): Promise<ProjectResult & { pack?: LoadedPack }> {
  const loader = opts.loader ?? new ProjectLoader(opts.fs ?? { readFile: async () => undefined });
  const dir = normalize(opts.dir);
  const ctx = new LoadContext(loader, opts.workspaceRoot !== undefined ? normalize(opts.workspaceRoot) : dir);
  const manifest = join(dir, PACK_MANIFEST);
  let pack: LoadedPack | undefined;
  if ((await ctx.read(manifest)) === undefined) {
    const kind = await loader.stat(dir);
    const message = kind === 'directory' || !loader.fs.stat ? t('config.packNoManifest', { dir, manifest: PACK_MANIFEST }) : t('config.packDirMissing', { dir });
    ctx.errors.push(makeError(manifest, '', 0, 1, message));
  } else {
    // The pack is referenced from its own folder, as "./" (errors about it land in its manifest).
    const anchor = parseJsonc(manifest, '"./"');
    pack = await loadPack(ctx, { spec: './', node: anchor.root!, file: anchor });
  }
  const layers: Layer[] = [{ source: DEFAULT_SOURCE, data: {} }, ...(pack ? packLayers([pack]) : [])];
  return {
    ...mergeLayers(layers),
    errors: ctx.errors,
    layers: layers.map((l) => l.source),
    configFiles: [],
    packs: pack ? appliedPacks([pack]) : [],
    files: [...ctx.files],
    pack,
  };
}
