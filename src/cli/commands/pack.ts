/** `wenmi pack validate <dir>` and `wenmi pack test <dir>` — check a pack before sharing it. */
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { t } from '../../core/messages';
import { formatConfigError, resolvePack, runPackTests, type ProjectResult, type LoadedPack } from '../../core/project';
import { loadTemplates } from '../../core/templates/format';
import { parseArgs } from '../args';
import { loaderFor, workspaceRootFor } from '../config';
import { UsageError, type CliIO } from '../io';
import type { CliCommand } from './types';

const USAGE = `用法 usage: wenmi pack <validate|test> <dir>

  validate <dir>   检查规范包：wenmi-pack.json、片段、模板、用语、规则设置、测试文件的格式
                   (checks the manifest and every file it names against the schema)
  test <dir>       先检查，再运行规范包自带的测试（输入文本 → 应报出的规则 / 修正后的文本）
                   (validates, then runs the pack's own test cases with the pack applied)

规范包只是数据：不执行其中任何代码，也不联网。Packs are data only: no code is run, nothing is fetched.

exit codes: 0 valid / all tests pass · 1 a test failed · 2 the pack is invalid, or bad usage`;

function shownPath(io: CliIO, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

interface Loaded {
  result: ProjectResult & { pack?: LoadedPack };
  errors: string[];
}

/** Loads the pack and validates everything, templates included (with the drafting code's validator). */
async function load(dirArg: string, io: CliIO): Promise<Loaded> {
  let dir = path.resolve(io.cwd, dirArg);
  // `wenmi pack validate my-pack/wenmi-pack.json` means the pack folder.
  if (path.basename(dir) === 'wenmi-pack.json') dir = path.dirname(dir);
  const result = await resolvePack({ loader: loaderFor(io), dir, workspaceRoot: workspaceRootFor(path.join(dir, 'x'), io) });
  const errors = result.errors.map((e) => formatConfigError({ ...e, path: shownPath(io, e.path) }));
  for (const tpl of result.resources.templates) {
    const checked = loadTemplates(tpl.data, tpl.pack, shownPath(io, tpl.source));
    errors.push(...checked.errors);
  }
  return { result, errors };
}

export const packCommand: CliCommand = {
  name: 'pack',
  summary: '检查、测试规范包 (validate or test a team pack)',
  usage: USAGE,
  async run(argv, io) {
    const { positional } = parseArgs(argv, {});
    const [sub, dir, ...rest] = positional;
    if (sub !== 'validate' && sub !== 'test') throw new UsageError(sub ? `unknown subcommand "${sub}" (validate or test)` : 'missing subcommand: validate or test');
    if (!dir) throw new UsageError(`wenmi pack ${sub} needs the pack folder`);
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const { result, errors } = await load(dir, io);
    const pack = result.pack;
    if (errors.length || !pack) {
      for (const e of errors) io.stderr(`wenmi pack ${sub}: ${e}\n`);
      io.stderr(t('cli.pack.invalid', { count: errors.length }) + '\n');
      return 2;
    }
    const { config, snippets, templates } = result.resources;
    if (sub === 'validate') {
      io.stdout(
        t('cli.pack.valid', {
          id: pack.id,
          terms: config.terms.length,
          snippets: snippets.length,
          templates: templates.length,
          rules: Object.keys(config.rules).length,
          organization: t(config.organization ? 'cli.pack.hasOrg' : 'cli.pack.noOrg'),
          tests: result.packs.reduce((n, p) => n + p.tests.length, 0),
        }) + '\n',
      );
      return 0;
    }
    if (!pack.tests.length) {
      io.stdout(t('cli.pack.noTests', { id: pack.id }) + '\n');
      return 0;
    }
    const results = runPackTests(config, pack.tests);
    let failed = 0;
    for (const r of results) {
      const where = `${shownPath(io, r.test.source)}:${r.test.line}`;
      if (r.ok) {
        io.stdout(`✓ ${t('cli.pack.testPass')}  ${r.test.name}\n`);
        continue;
      }
      failed++;
      io.stdout(`✗ ${t('cli.pack.testFail')}  ${r.test.name}  (${where})\n`);
      for (const p of r.problems) io.stdout(`    ${p}\n`);
      io.stdout(`    → ${r.found.length ? r.found.join(', ') : '(none)'}\n`);
      if (r.actualFixed !== undefined && r.test.fixed !== undefined && r.actualFixed !== r.test.fixed) {
        const patch = createTwoFilesPatch('fixed (expected)', 'fixed (actual)', r.test.fixed, r.actualFixed, '', '', { context: 1 });
        io.stdout(patch.split('\n').map((l) => `    ${l}`).join('\n') + '\n');
      }
    }
    io.stdout(t('cli.pack.testSummary', { passed: results.length - failed, failed, total: results.length }) + '\n');
    return failed ? 1 : 0;
  },
};
