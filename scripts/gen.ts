/**
 * Generates what is derived from the one source of truth:
 *  - package.json `contributes` and `activationEvents` from src/manifest/;
 *  - docs/rules.md from the rule metadata;
 *  - schemas/*.json (.wenmirc.json and wenmi-pack.json) from src/core/project/schema.ts;
 *  - snippets/*.json, docs/snippets.md and syntaxes/gongwen.tmLanguage.json (scripts/gen-snippets.ts).
 * `npm run gen` writes them; `npm run gen -- --check` fails when they are stale (used by tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContributes } from '../src/manifest';
import { renderSchemas } from '../src/core/project/schema';
import { injectReadmeRules, renderRulesDoc } from './rulesDoc';
import { renderDraftingFiles } from './gen-snippets';
import { injectFigures, renderFigures, renderIndex } from './accuracy/report';
import { score, summarise } from './accuracy/score';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
let stale = false;

function update(path: string, content: string): void {
  const full = join(root, path);
  let old = '';
  try { old = readFileSync(full, 'utf8'); } catch { /* new file */ }
  if (old === content) return;
  if (check) {
    stale = true;
    console.error(`${path} is out of date: run npm run gen`);
  } else {
    writeFileSync(full, content);
    console.log(`wrote ${path}`);
  }
}

export function renderPackageJson(current: string): string {
  const pkg = JSON.parse(current);
  const { contributes, activationEvents } = buildContributes();
  pkg.contributes = contributes;
  pkg.activationEvents = activationEvents;
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  update('package.json', renderPackageJson(readFileSync(join(root, 'package.json'), 'utf8')));
  update('docs/rules.md', renderRulesDoc());
  for (const [file, content] of Object.entries(renderSchemas())) update(file, content);
  for (const [file, content] of Object.entries(renderDraftingFiles())) update(file, content);
  update('README.md', injectReadmeRules(readFileSync(join(root, 'README.md'), 'utf8')));
  update('test/corpus/INDEX.md', renderIndex());
  const run = score();
  update('docs/accuracy.md', injectFigures(readFileSync(join(root, 'docs', 'accuracy.md'), 'utf8'), renderFigures(run, summarise(run))));
  if (stale) process.exit(1);
}
