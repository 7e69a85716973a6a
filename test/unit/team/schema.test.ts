/** The JSON Schemas: generated from one source, in step with the rule registry, and understood by the validator. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, docxRules, GENRES } from '../../../src/core';
import {
  addPackToConfig,
  addSnippetToFile,
  manifestSnippetFiles,
  packSchema,
  parseJsonc,
  renderSchemas,
  resolvePack,
  resolveProject,
  runPackTests,
  scaffoldPack,
  snippetBody,
  snippetsFileSchema,
  starterConfig,
  validateNode,
  wenmircSchema,
  type JsonSchema,
} from '../../../src/core/project';
import { teamManifest } from '../../../src/manifest/team';
import { memFs, ROOT } from './helpers';

/** The keywords validate.ts implements, and the annotations it may ignore. */
const SUPPORTED = new Set(['type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'minLength', 'minItems', 'pattern', 'format', '$ref', 'definitions']);
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'defaultSnippets', 'x-kind', 'x-hint']);

function keywords(schema: JsonSchema, out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(schema)) {
    out.add(k);
    if (k === 'properties' || k === 'definitions') for (const sub of Object.values(v as Record<string, JsonSchema>)) keywords(sub, out);
    else if (k === 'items' || (k === 'additionalProperties' && typeof v === 'object')) keywords(v as JsonSchema, out);
    else if (k === 'anyOf') for (const sub of v as JsonSchema[]) keywords(sub, out);
  }
  return out;
}

describe('schemas', () => {
  it('schemas/*.json are generated from src/core/project/schema.ts (npm run gen)', () => {
    for (const [file, content] of Object.entries(renderSchemas())) assert.equal(readFileSync(join(ROOT, file), 'utf8'), content, `${file} is stale: run npm run gen`);
  });

  it('the rule ids of "rules" are exactly the registered rules', () => {
    // The text rules and the layout rules read from a .docx (configured the same way).
    const ids = [...allRules.map((r) => r.meta.id), ...docxRules.map((r) => r.meta.id)].sort();
    const rules = wenmircSchema().definitions!.rules;
    assert.deepEqual(Object.keys(rules.properties!).sort(), ids);
    assert.equal(rules.additionalProperties, false);
    assert.deepEqual(snippetsFileSchema().additionalProperties && (snippetsFileSchema().additionalProperties as JsonSchema).properties!.genres.items!.enum, GENRES.map((g) => g.id));
  });

  it('uses only the JSON Schema keywords the validator implements', () => {
    for (const schema of [wenmircSchema(), packSchema(), snippetsFileSchema()]) {
      const unknown = [...keywords(schema)].filter((k) => !SUPPORTED.has(k) && !ANNOTATIONS.has(k));
      assert.deepEqual(unknown, []);
    }
  });

  it('is contributed to VS Code with jsonValidation, for the same files', () => {
    const v = teamManifest.contributes.jsonValidation as Array<{ fileMatch: string; url: string }>;
    assert.deepEqual(v.map((x) => [x.fileMatch, x.url.replace(/^\.\//, '')]), [['.wenmirc.json', 'schemas/wenmirc.schema.json'], ['wenmi-pack.json', 'schemas/wenmi-pack.schema.json']]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, v);
  });
});

describe('starter files and edits', () => {
  it('`wenmi init`’s starter .wenmirc.json is valid as written, and commented', async () => {
    const text = starterConfig();
    const parsed = parseJsonc('/ws/.wenmirc.json', text);
    assert.equal(parsed.syntaxError, undefined);
    assert.deepEqual(validateNode(parsed.root!, wenmircSchema()), []);
    assert.ok((text.match(/^\s*\/\//gm) ?? []).length >= 10, 'commented');
    const r = await resolveProject({ fs: memFs({ '/ws/.wenmirc.json': text }), documentPath: '/ws/d.txt', workspaceRoot: '/ws' });
    assert.deepEqual(r.errors, []);
  });

  it('a scaffolded pack is valid and its own test passes', async () => {
    const files = Object.fromEntries(Object.entries(scaffoldPack('@office/style')).map(([k, v]) => [`/ws/packs/style/${k}`, v]));
    const r = await resolvePack({ fs: memFs(files), dir: '/ws/packs/style' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.pack?.id, '@office/style@0.1.0');
    assert.equal(r.resources.snippets.length, 1);
    const results = runPackTests(r.resources.config, r.pack!.tests);
    assert.deepEqual(results.map((x) => x.problems), [[]]);
  });

  it('adds a pack to .wenmirc.json keeping comments; creates the file; never lists a pack twice', () => {
    const withComment = '// 团队配置\n{\n  // 规范包\n  "packs": ["./a"]\n}\n';
    const next = addPackToConfig(withComment, './b');
    assert.ok(next.includes('// 团队配置') && next.includes('// 规范包'));
    assert.deepEqual(parseJsonc('x', next).root && JSON.parse(next.replace(/\/\/.*$/gm, '')).packs, ['./a', './b']);
    assert.equal(addPackToConfig(next, './b'), next);
    assert.deepEqual(JSON.parse(addPackToConfig(undefined, './c')), { packs: ['./c'] });
    assert.deepEqual(JSON.parse(addPackToConfig('{ "detect": "auto" }', './c')), { detect: 'auto', packs: ['./c'] });
    assert.throws(() => addPackToConfig('{ "packs": [', './c'), /JSON/);
  });

  it('adds a snippet: body escaped for the snippet syntax, comments kept, manifest names the file', () => {
    assert.deepEqual(snippetBody('费用$100\r\n{x}\\'), ['费用\\$100', '{x\\}\\\\']);
    const file = addSnippetToFile('// 片段\n{\n  "a": { "body": "x" }\n}\n', '结束语', { prefix: ['tc'], body: ['特此通知。'], genres: ['通知'] });
    assert.ok(file.startsWith('// 片段'));
    const value = JSON.parse(file.replace(/^\/\/.*$/m, ''));
    assert.deepEqual(value['结束语'], { prefix: ['tc'], body: ['特此通知。'], genres: ['通知'] });
    assert.deepEqual(JSON.parse(addSnippetToFile(undefined, 'b', { prefix: [], body: ['y'] })), { b: { prefix: [], body: ['y'] } });
    const m = manifestSnippetFiles('{ "name": "p", "version": "1.0.0" }');
    assert.deepEqual(m.files, []);
    assert.equal(JSON.parse(m.withFile('snippets.json')).snippets, 'snippets.json');
    const two = manifestSnippetFiles('{ "name": "p", "version": "1", "snippets": "a.json" }');
    assert.deepEqual(two.files, ['a.json']);
    assert.deepEqual(JSON.parse(two.withFile('b.json')).snippets, ['a.json', 'b.json']);
  });
});
