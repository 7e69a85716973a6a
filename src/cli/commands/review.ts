/**
 * `wenmi review draft.docx [-o out.docx] [--track-changes] [--author 名称]`: a reviewed copy of a received Word file,
 * each finding a 批注 on the text it is about, each certain fix a 修订 with --track-changes (src/docx/review.ts).
 * Never the input itself; written to a temporary file beside the output, then renamed.
 */
import * as path from 'node:path';
import { docxModules } from '../docx';
import { lint, lintFragment } from '../../core/engine';
import { parseArgs } from '../args';
import { loadConfigFor } from '../config';
import { UsageError, type CliIO } from '../io';
import type { CliCommand } from './types';

const USAGE = `用法 usage: wenmi review <draft.docx> [--output out.docx] [--track-changes] [--author 名称]

核稿：检查收到的 Word 文档，另存一份带批注的副本（每条检查结果一条批注，锚定在出问题的文字上）；
加 --track-changes 时，确定无疑的修正（标点、括号、数字、规范写法）作为修订写入，可在 Word/WPS/LibreOffice 中逐条接受或拒绝。
Writes a reviewed copy of a .docx: each finding as a comment on its text, each certain fix as a tracked change.

  wenmi review 请示.docx                       → 请示-审核.docx beside it
  wenmi review 请示.docx -o 退改/请示.docx --track-changes --author 办公室核稿

options:
  --output, -o FILE    where to write (default: <name>-审核.docx beside the input); never the input itself
  --track-changes      write the certain fixes as tracked changes (修订)
  --author NAME        the reviewer's name on the comments and changes (default: Wenmi)

exit codes: 0 written · 2 bad usage or configuration · 3 the file cannot be read as a .docx · 4 the copy cannot be written · 5 the document has no text`;

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: '核稿：Word 文档另存为带批注（和修订）的副本',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { flags, positional } = parseArgs(argv.map((a) => (a === '-o' ? '--output' : a)), { output: 'string', 'track-changes': 'boolean', author: 'string' });
    if (positional.length !== 1) throw new UsageError('name one .docx to review');
    const input = path.resolve(io.cwd, positional[0]);
    if (!/\.docx$/i.test(input)) throw new UsageError('wenmi review reads a Word file (.docx); for a text draft use wenmi check');
    const output = path.resolve(io.cwd, typeof flags.output === 'string' ? flags.output : input.replace(/\.docx$/i, '') + '-审核.docx');
    if (output === input) throw new UsageError('the reviewed copy would replace the input; choose another --output');
    const shown = (p: string) => path.relative(io.cwd, p) || p;
    let bytes: Buffer;
    try {
      bytes = io.fs.readFileSync(input);
    } catch (err) {
      io.stderr(`wenmi review: ${shown(input)}: 无法读取 (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      return 3;
    }
    const { config, errors } = await loadConfigFor(input, io);
    if (errors.length) {
      for (const e of errors) io.stderr(`wenmi review: ${e}\n`);
      return 2;
    }
    // (The docx modules load for this command only.)
    const { openPackage, DocxError, readDocxText, requireText, reviewDocx, checkDocxLayout } = await docxModules();
    let result: ReturnType<Awaited<ReturnType<typeof docxModules>>['reviewDocx']>;
    let findings: number;
    try {
      const pkg = openPackage(bytes);
      const model = requireText(readDocxText(pkg));
      // The text's findings and the layout's (page, margins, fonts), as 批注 on their text and paragraph.
      // The body as the document, its footnotes and endnotes by the paragraph rules, and the layout read from the file.
      const all = [
        ...lint(model.text.slice(0, model.bodyEnd), { config, detect: 'always' }).findings,
        ...lintFragment(model.text.slice(model.notesStart), model.notesStart, { config }),
        ...checkDocxLayout(pkg, model, config),
      ].sort((a, b) => a.range[0] - b.range[0]);
      findings = all.length;
      result = reviewDocx(pkg, model, all, {
        author: typeof flags.author === 'string' && flags.author.trim() ? flags.author.trim() : 'Wenmi',
        date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        trackChanges: flags['track-changes'] === true,
      });
    } catch (err) {
      if (err instanceof DocxError) {
        io.stderr(`wenmi review: ${shown(input)}: ${err.message}\n`);
        return err.kind === 'empty' ? 5 : 3;
      }
      throw err;
    }
    // A temporary file beside the output, then a rename: never a half-written copy.
    const tmp = path.join(path.dirname(output), `.${path.basename(output)}.wenmi-${process.pid}-${Date.now()}.tmp`);
    try {
      io.fs.mkdirSync(path.dirname(output), { recursive: true });
      io.fs.writeFileSync(tmp, result.bytes);
      io.fs.renameSync(tmp, output);
    } catch (err) {
      try {
        io.fs.unlinkSync(tmp);
      } catch {
        /* nothing left behind */
      }
      io.stderr(`wenmi review: ${shown(output)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 4;
    }
    io.stdout(`${shown(output)}：${result.comments} 条批注${flags['track-changes'] === true ? `，${result.changes} 处修订` : ''}（${findings} 条检查结果）\n`);
    return 0;
  },
};
