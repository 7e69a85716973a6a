/** `wenmi export draft.gw [--output out.docx]` writes the draft as a Word document laid out to GB/T 9704. */
import * as path from 'node:path';
import { docxModules } from '../docx';
import { parse } from '../../core/parse/parser';
import { simplify } from '../../core/simplify';
import { parseArgs } from '../args';
import { loadConfigFor } from '../config';
import { parseEncoding } from '../encoding';
import { readDocument } from '../files';
import { UsageError, type CliIO } from '../io';
import type { CliCommand } from './types';

const USAGE = `用法 usage: wenmi export <file> [--output out.docx] [--pdf] [--encoding E]

把公文草稿导出为按 GB/T 9704—2012 排版的 Word 文档（A4，版心 156 mm × 225 mm，每页 22 行、每行 28 字，
标题二号小标宋，正文三号仿宋，层次标题黑体/楷体/仿宋，页码“— 1 —”四号宋体居外侧）。
Writes the draft as a .docx laid out to GB/T 9704 (page, fonts, indents and page numbers from the layout data).

  wenmi export 请示.gw                 → 请示.docx beside it
  wenmi export 请示.txt --output 报送/请示.docx

options:
  --output, -o FILE    where to write (default: the draft's name with .docx); an existing file is replaced
  --pdf                also print it to PDF beside the .docx, with LibreOffice (soffice) if it is installed
  --encoding E         read the draft as utf-8, utf-16le, utf-16be, gb18030 or gbk (default: detected)

exit codes: 0 written · 2 bad usage · 3 the draft cannot be read · 4 the .docx cannot be written ·
            5 the PDF could not be made (no LibreOffice, or it failed; the .docx is written)`;

/** Prints a .docx to PDF in `dir` with LibreOffice headless; undefined when done, else why not. */
function toPdf(docx: string, dir: string): string | undefined {
  // (Loaded here only: the rest of the CLI never starts a process.)
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const os = require('node:os') as typeof import('node:os');
  const fs = require('node:fs') as typeof import('node:fs');
  // A profile of its own, so that a LibreOffice the user has open does not swallow the conversion.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wenmi-soffice-'));
  try {
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore', timeout: 120_000,
    });
    if (r.error) return (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? '需要安装 LibreOffice（soffice）才能导出 PDF / LibreOffice (soffice) is not installed' : r.error.message;
    if (r.status !== 0 || !fs.existsSync(docx.replace(/\.docx$/i, '') + '.pdf')) return `LibreOffice 转换失败 / conversion failed (exit ${r.status})`;
    return undefined;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出为按 GB/T 9704 排版的 Word 文档 (.docx)',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { flags, positional } = parseArgs(argv.map((a) => (a === '-o' ? '--output' : a)), { output: 'string', encoding: 'string', pdf: 'boolean' });
    if (positional.length !== 1) throw new UsageError('name one draft to export');
    const forced = typeof flags.encoding === 'string' ? parseEncoding(flags.encoding) : undefined;
    if (typeof flags.encoding === 'string' && !forced) throw new UsageError(`unknown encoding ${flags.encoding}`);
    const input = path.resolve(io.cwd, positional[0]);
    const read = readDocument(io, input, forced);
    if (read.text === undefined) {
      io.stderr(`wenmi export: ${positional[0]}: ${read.error}\n`);
      return 3;
    }
    // The organisation's layout settings (.wenmirc.json and its packs, "layout"): a broken file stops here, as for check.
    const { config, errors } = await loadConfigFor(input, io);
    if (errors.length) {
      for (const e of errors) io.stderr(`wenmi export: ${e}\n`);
      return 2;
    }
    const output = path.resolve(io.cwd, typeof flags.output === 'string' ? flags.output : input.replace(/\.[^./\\]*$/, '') + '.docx');
    if (output === input) throw new UsageError('the output would replace the draft itself');
    try {
      // (The Word writer and its library load only for this command: `wenmi check` does not pay for them.)
      const { writeDocx } = await docxModules();
      const bytes = await writeDocx(parse(simplify(read.text)), config.layout);
      io.fs.mkdirSync(path.dirname(output), { recursive: true });
      io.fs.writeFileSync(output, bytes);
    } catch (err) {
      io.stderr(`wenmi export: ${path.relative(io.cwd, output) || output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 4;
    }
    io.stdout(`${path.relative(io.cwd, output) || output}\n`);
    if (flags.pdf !== true) return 0;
    const pdf = output.replace(/\.docx$/i, '') + '.pdf';
    const made = toPdf(output, path.dirname(output));
    if (made !== undefined) {
      io.stderr(`wenmi export: ${path.relative(io.cwd, pdf) || pdf}: ${made}\n`);
      return 5;
    }
    io.stdout(`${path.relative(io.cwd, pdf) || pdf}\n`);
    return 0;
  },
};
