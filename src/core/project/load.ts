/**
 * Reading configuration files and packs: parse (JSONC), validate against the schemas of schema.ts,
 * keep what is valid, and report every problem with its file, line and column. Packs are data
 * only: JSON files are read, nothing is executed, nothing is fetched.
 */
import { toRuleSetting, type LayoutSettings, type OrganizationProfile, type PackSnippet, type PackTemplate, type RuleSetting } from '../config';
import type { GenreId } from '../genres';
import { t } from '../messages';
import type { DetectMode } from '../types';
import { errorAt, nodeValue, parseJsonc, propertyNode, positionOf, type JsonNode, type ParsedJson } from './jsonc';
import { ancestors, dirname, displayPath, extname, isAbsolute, isWithin, join, normalize, resolve } from './paths';
import { PACK_MANIFEST, packSchema, packTestsFileSchema, snippetsFileSchema, wenmircSchema, type JsonSchema } from './schema';
import type { ConfigError, LayerData, LoadedPack, PackTestCase, ProjectFs, TermSetting } from './types';
import { validateNode, type JsonPath } from './validate';

/** Reads files through the injected fs, caching texts until invalidated (the editor invalidates on change). */
export class ProjectLoader {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly stats = new Map<string, Promise<'file' | 'directory' | undefined>>();

  constructor(readonly fs: ProjectFs) {}

  read(path: string): Promise<string | undefined> {
    const p = normalize(path);
    let r = this.texts.get(p);
    if (!r) {
      r = this.fs.readFile(p).then(
        (s) => (typeof s === 'string' ? s : undefined),
        () => undefined,
      );
      this.texts.set(p, r);
    }
    return r;
  }

  stat(path: string): Promise<'file' | 'directory' | undefined> {
    const p = normalize(path);
    if (!this.fs.stat) return Promise.resolve(undefined);
    let r = this.stats.get(p);
    if (!r) {
      r = this.fs.stat(p).catch(() => undefined);
      this.stats.set(p, r);
    }
    return r;
  }

  /** Forgets a file (or everything): the next read goes to the fs again. */
  invalidate(path?: string): void {
    if (path === undefined) {
      this.texts.clear();
      this.stats.clear();
      return;
    }
    const p = normalize(path);
    this.texts.delete(p);
    this.stats.delete(p);
    // A created, deleted or renamed folder changes what is found under it (and whether its parents exist).
    for (const k of [...this.texts.keys()]) if (isWithin(p, k)) this.texts.delete(k);
    for (const k of [...this.stats.keys()]) if (isWithin(p, k) || isWithin(k, p)) this.stats.delete(k);
  }
}

/** State of one resolution: errors found, files looked at, packs loaded (by manifest path). */
export class LoadContext {
  readonly errors: ConfigError[] = [];
  readonly files = new Set<string>();
  readonly packs = new Map<string, LoadedPack | null>();
  constructor(
    readonly loader: ProjectLoader,
    /** The workspace root: npm packs are looked up in node_modules between a file and this root. */
    readonly root?: string,
  ) {}

  async read(path: string): Promise<string | undefined> {
    this.files.add(normalize(path));
    return this.loader.read(path);
  }

  error(file: ParsedJson, node: JsonNode | undefined, message: string): void {
    this.errors.push(errorAt(file, node, message));
  }
}

/** Parses and validates a JSON(C) file; returns its value with invalid entries dropped (errors reported). */
export function validated(ctx: LoadContext, file: ParsedJson, schema: JsonSchema, entryDepth: number, dropped?: Set<string>): unknown {
  if (file.syntaxError) {
    ctx.errors.push(file.syntaxError);
    return undefined;
  }
  if (!file.root) return schema.type === 'array' ? [] : {};
  const issues = validateNode(file.root, schema);
  const drop = dropped ?? new Set<string>();
  for (const issue of issues) {
    ctx.error(file, issue.node, issue.message);
    drop.add(JSON.stringify(issue.path.slice(0, entryDepth)));
  }
  if (drop.has('[]')) return undefined;
  return prune(file.root, [], drop);
}

function prune(node: JsonNode, path: JsonPath, drop: Set<string>): unknown {
  if (node.type === 'object') {
    const o: Record<string, unknown> = {};
    for (const p of node.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v) continue;
      const sub = [...path, String(k.value)];
      if (drop.has(JSON.stringify(sub))) continue;
      o[String(k.value)] = prune(v, sub, drop);
    }
    return o;
  }
  if (node.type === 'array') {
    const out: unknown[] = [];
    (node.children ?? []).forEach((c, i) => {
      const sub = [...path, i];
      if (!drop.has(JSON.stringify(sub))) out.push(prune(c, sub, drop));
    });
    return out;
  }
  return nodeValue(node);
}

/** The parts of a layer common to .wenmirc.json files and pack manifests. */
export function layerData(value: Record<string, unknown>): LayerData {
  const data: LayerData = {};
  if (value.rules && typeof value.rules === 'object') {
    const rules: Record<string, RuleSetting> = {};
    for (const [id, v] of Object.entries(value.rules as Record<string, unknown>)) {
      const s = toRuleSetting(v);
      if (s) rules[id] = s;
    }
    data.rules = rules;
  }
  if (Array.isArray(value.terms)) data.terms = value.terms as TermSetting[];
  if (value.organization && typeof value.organization === 'object') data.organization = value.organization as OrganizationProfile;
  if (value.layout && typeof value.layout === 'object') data.layout = value.layout as LayoutSettings;
  if (typeof value.detect === 'string') data.detect = value.detect as DetectMode;
  return data;
}

/** A .wenmirc.json after loading. */
export interface RcFile {
  path: string;
  dir: string;
  root: boolean;
  data: LayerData;
  /** Pack references with their nodes (for errors at the right line). */
  packs: Array<{ spec: string; node: JsonNode }>;
  parsed: ParsedJson;
}

export async function loadRcFile(ctx: LoadContext, path: string, text: string): Promise<RcFile | undefined> {
  const parsed = parseJsonc(path, text);
  const value = validated(ctx, parsed, wenmircSchema(), 2) as Record<string, unknown> | undefined;
  if (!value) return undefined;
  const packsNode = propertyNode(parsed.root, 'packs');
  const packs: RcFile['packs'] = [];
  if (Array.isArray(value.packs) && packsNode?.type === 'array') {
    for (const n of packsNode.children ?? []) {
      if (n.type === 'string' && n.value) packs.push({ spec: n.value, node: n });
    }
  }
  return { path, dir: dirname(path), root: value.root === true, data: layerData(value), packs, parsed };
}

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;

function isPathSpec(spec: string): boolean {
  return spec.startsWith('.') || isAbsolute(spec) || !NPM_NAME.test(spec);
}

/** Where a pack reference points: its manifest and folder, or an error message. */
async function locatePack(ctx: LoadContext, spec: string, fromDir: string): Promise<{ manifest: string; dir: string } | { error: string }> {
  if (isPathSpec(spec)) {
    const p = resolve(fromDir, spec);
    if (extname(p).toLowerCase() === '.json') return { manifest: p, dir: dirname(p) };
    return { manifest: join(p, PACK_MANIFEST), dir: p };
  }
  const bases = ctx.root && isWithin(ctx.root, fromDir) ? ancestors(fromDir, ctx.root) : [fromDir, ...(ctx.root ? [ctx.root] : [])];
  for (const base of bases) {
    const dir = join(base, 'node_modules', spec);
    const manifest = join(dir, PACK_MANIFEST);
    if ((await ctx.read(manifest)) !== undefined) return { manifest, dir };
  }
  return { error: t('config.packNpmNotFound', { spec, dirs: bases.map((b) => join(b, 'node_modules')).join('、') }) };
}

/**
 * Loads the pack a reference points to, and the packs it extends (depth first). Returns undefined
 * (with an error reported at the reference) when it cannot be loaded; a cycle is reported at the
 * reference that closes it.
 */
export async function loadPack(
  ctx: LoadContext,
  ref: { spec: string; node: JsonNode; file: ParsedJson },
  stack: string[] = [],
): Promise<LoadedPack | undefined> {
  const where = await locatePack(ctx, ref.spec, dirname(ref.file.path));
  if ('error' in where) {
    ctx.error(ref.file, ref.node, where.error);
    return undefined;
  }
  const { manifest, dir } = where;
  if (stack.includes(manifest)) {
    const chain = [...stack.slice(stack.indexOf(manifest)), manifest].map((m) => packLabel(ctx, m));
    ctx.error(ref.file, ref.node, t('config.packCycle', { chain: chain.join(' → ') }));
    return undefined;
  }
  if (ctx.packs.has(manifest)) return ctx.packs.get(manifest) ?? undefined;
  ctx.packs.set(manifest, null);
  const text = await ctx.read(manifest);
  if (text === undefined) {
    const kind = await ctx.loader.stat(dir);
    const message = kind === 'directory'
      ? t('config.packNoManifest', { dir, manifest: PACK_MANIFEST })
      : t('config.packNotFound', { spec: ref.spec, path: manifest });
    ctx.error(ref.file, ref.node, message);
    return undefined;
  }
  const parsed = parseJsonc(manifest, text);
  const dropped = new Set<string>();
  const value = validated(ctx, parsed, packSchema(), 2, dropped) as Record<string, unknown> | undefined;
  if (!value || typeof value.name !== 'string' || typeof value.version !== 'string') return undefined;
  const id = `${value.name}@${value.version}`;
  const pack: LoadedPack = {
    name: value.name,
    version: value.version,
    description: typeof value.description === 'string' ? value.description : undefined,
    dir,
    manifest,
    id,
    data: layerData(value),
    dataPaths: {},
    snippets: [],
    templates: [],
    tests: [],
    extends: [],
  };
  const root = parsed.root;
  const inner = [...stack, manifest];
  for (const n of stringNodes(propertyNode(root, 'extends'))) {
    const base = await loadPack(ctx, { spec: n.value, node: n, file: parsed }, inner);
    if (base) pack.extends.push(base);
  }
  for (const n of stringNodes(propertyNode(root, 'snippets'))) {
    pack.snippets.push(...(await loadSnippets(ctx, parsed, n, dir, id)));
  }
  for (const n of stringNodes(propertyNode(root, 'templates'))) {
    const tpl = await loadTemplate(ctx, parsed, n, dir, id);
    if (tpl) pack.templates.push(tpl);
  }
  const termsNode = propertyNode(root, 'terms');
  if (termsNode?.type === 'string' && typeof value.terms === 'string') {
    const file = await readReferenced(ctx, parsed, termsNode, dir);
    if (file) {
      const terms = validated(ctx, file, { type: 'array', items: { $ref: '#/definitions/term' }, definitions: packSchema().definitions }, 1);
      if (Array.isArray(terms)) {
        pack.data.terms = terms as TermSetting[];
        pack.dataPaths.terms = file.path;
      }
    }
  }
  const testsNode = propertyNode(root, 'tests');
  if (testsNode?.type === 'string' && typeof value.tests === 'string') {
    const file = await readReferenced(ctx, parsed, testsNode, dir);
    if (file) {
      const testsDropped = new Set<string>();
      const tests = validated(ctx, file, packTestsFileSchema(), 1, testsDropped);
      if (Array.isArray(tests) && file.root) pack.tests = await loadTests(ctx, file, file.root, [], testsDropped, dir);
    }
  } else if (testsNode?.type === 'array' && Array.isArray(value.tests)) {
    pack.tests = await loadTests(ctx, parsed, testsNode, ['tests'], dropped, dir);
  }
  ctx.packs.set(manifest, pack);
  return pack;
}

function packLabel(ctx: LoadContext, manifest: string): string {
  const p = ctx.packs.get(manifest);
  return p ? p.id : displayPath(dirname(manifest), ctx.root);
}

/** String nodes of a value that is a string or an array of strings. */
function stringNodes(node: JsonNode | undefined): Array<JsonNode & { value: string }> {
  if (!node) return [];
  const list = node.type === 'array' ? node.children ?? [] : [node];
  return list.filter((n): n is JsonNode & { value: string } => n.type === 'string' && typeof n.value === 'string' && n.value.length > 0);
}

/** Reads a file named in a pack (relative to the pack folder); a missing file is reported at its name. */
async function readPackFile(ctx: LoadContext, from: ParsedJson, node: JsonNode, dir: string): Promise<{ path: string; text: string } | undefined> {
  const rel = String(node.value);
  const path = resolve(dir, rel);
  if (!isWithin(dir, path)) {
    ctx.error(from, node, t('config.outsidePack', { file: rel }));
    return undefined;
  }
  const text = await ctx.read(path);
  if (text === undefined) {
    ctx.error(from, node, t('config.missingFile', { file: rel, path }));
    return undefined;
  }
  return { path, text };
}

/** Reads and parses a JSON(C) file named in a pack. */
async function readReferenced(ctx: LoadContext, from: ParsedJson, node: JsonNode, dir: string): Promise<ParsedJson | undefined> {
  const file = await readPackFile(ctx, from, node, dir);
  return file && parseJsonc(file.path, file.text);
}

async function loadSnippets(ctx: LoadContext, manifest: ParsedJson, node: JsonNode, dir: string, pack: string): Promise<PackSnippet[]> {
  const file = await readReferenced(ctx, manifest, node, dir);
  if (!file) return [];
  const value = validated(ctx, file, snippetsFileSchema(), 1) as Record<string, Record<string, unknown>> | undefined;
  if (!value) return [];
  const out: PackSnippet[] = [];
  for (const [name, s] of Object.entries(value)) {
    const lines = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
    const description = lines(s.description).join('\n');
    out.push({
      name,
      prefix: lines(s.prefix),
      body: lines(s.body).join('\n'),
      ...(description ? { description } : {}),
      ...(Array.isArray(s.genres) && s.genres.length ? { genres: s.genres as GenreId[] } : {}),
      pack,
    });
  }
  return out;
}

/**
 * A template file, kept opaque: JSON/JSONC files are parsed (syntax errors reported here), any
 * other file is passed on as its text. The drafting code validates the template's content.
 */
async function loadTemplate(ctx: LoadContext, manifest: ParsedJson, node: JsonNode, dir: string, pack: string): Promise<PackTemplate | undefined> {
  const file = await readPackFile(ctx, manifest, node, dir);
  if (!file) return undefined;
  const { path, text } = file;
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonc') {
    const parsed = parseJsonc(path, text);
    if (parsed.syntaxError) {
      ctx.errors.push(parsed.syntaxError);
      return undefined;
    }
    return { pack, source: path, data: nodeValue(parsed.root) ?? {} };
  }
  return { pack, source: path, data: text };
}

async function loadTests(
  ctx: LoadContext,
  file: ParsedJson,
  arrayNode: JsonNode,
  basePath: JsonPath,
  dropped: Set<string>,
  dir: string,
): Promise<PackTestCase[]> {
  const out: PackTestCase[] = [];
  const nodes = arrayNode.children ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    // Entries with schema problems were reported and dropped.
    if (n.type !== 'object' || dropped.has(JSON.stringify([...basePath, i]))) continue;
    const v = nodeValue(n) as Record<string, unknown>;
    const { line } = positionOf(file.text, n.offset);
    const name = typeof v.name === 'string' ? v.name : `#${i + 1}`;
    const hasText = typeof v.text === 'string';
    const hasFile = typeof v.file === 'string';
    if (hasText === hasFile) {
      ctx.error(file, n, t(hasText ? 'config.testTextAndFile' : 'config.testNoInput', { name }));
      continue;
    }
    if (!Array.isArray(v.expect) && !Array.isArray(v.absent) && typeof v.fixed !== 'string') {
      ctx.error(file, n, t('config.testNoExpectation', { name }));
      continue;
    }
    let text = v.text as string | undefined;
    if (hasFile) {
      const input = await readReferencedText(ctx, file, propertyNode(n, 'file')!, dir);
      if (input === undefined) continue;
      text = input;
    }
    out.push({
      name,
      text: text!,
      expect: (v.expect as string[] | undefined) ?? [],
      absent: (v.absent as string[] | undefined) ?? [],
      only: v.only === true,
      ...(typeof v.fixed === 'string' ? { fixed: v.fixed } : {}),
      source: file.path,
      line,
    });
  }
  return out;
}

async function readReferencedText(ctx: LoadContext, from: ParsedJson, node: JsonNode, dir: string): Promise<string | undefined> {
  const rel = String(node.value);
  const path = resolve(dir, rel);
  if (!isWithin(dir, path)) {
    ctx.error(from, node, t('config.outsidePack', { file: rel }));
    return undefined;
  }
  const text = await ctx.read(path);
  if (text === undefined) ctx.error(from, node, t('config.missingFile', { file: rel, path }));
  return text === undefined ? undefined : text.replace(/^\ufeff/, '');
}
