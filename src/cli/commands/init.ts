/** `wenmi init [dir]` — writes a commented starter `.wenmirc.json`; never overwrites. */
import * as path from 'node:path';
import { t } from '../../core/messages';
import { starterConfig, WENMIRC_FILE } from '../../core/project';
import { parseArgs } from '../args';
import { UsageError } from '../io';
import type { CliCommand } from './types';

const USAGE = `用法 usage: wenmi init [dir]

在 dir（默认当前目录）写入带注释的 .wenmirc.json 起始配置；已存在时不覆盖。
Writes a commented starter .wenmirc.json into dir (default: the current directory); never overwrites.

exit codes: 0 written · 2 the file exists, or bad usage`;

export const initCommand: CliCommand = {
  name: 'init',
  summary: '写入 .wenmirc.json 起始配置 (write a starter config)',
  usage: USAGE,
  async run(argv, io) {
    const { positional } = parseArgs(argv, {});
    if (positional.length > 1) throw new UsageError('init takes at most one directory');
    const dir = path.resolve(io.cwd, positional[0] ?? '.');
    const file = path.join(dir, WENMIRC_FILE);
    const shown = path.relative(io.cwd, file) || file;
    let isDir = false;
    try {
      isDir = io.fs.statSync(dir).isDirectory();
    } catch {
      /* reported below */
    }
    if (!isDir) throw new UsageError(`${dir}: 找不到目录 (no such directory)`);
    try {
      // 'wx': fails if the file exists, so a race cannot overwrite it either.
      io.fs.writeFileSync(file, starterConfig(), { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        io.stderr(`wenmi init: ${t('cli.init.exists', { path: shown })}\n`);
        return 2;
      }
      io.stderr(`wenmi init: ${shown}: ${(err as Error).message}\n`);
      return 2;
    }
    io.stdout(t('cli.init.written', { path: shown }) + '\n');
    return 0;
  },
};
