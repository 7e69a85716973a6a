/** `wenmi check [paths… | -] [--format text|json|sarif|rdjson|github] [--fix [--dry-run]]` */
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { buildLineIndex, toLineColumn, t, type DetectMode, type Finding } from '../../core';
import type { LintConfig } from '../../core/config';
import { parseArgs } from '../args';
import { loadConfigFor } from '../config';
import { decode, ENCODINGS, parseEncoding } from '../encoding';
import { collectFiles, readDocument, readDocxDocument, writeAtomic } from '../files';
import { UsageError, type CliIO } from '../io';
import { defaultThreads, lintAll, lintFile, type FileReport, type LintJob } from '../lintFiles';
import type { CliCommand } from './types';
import { toGithub, toRdjson, toSarif } from '../formats';
import { version as VERSION } from '../../../package.json';

const USAGE = `用法 usage: wenmi check [paths… | -] [options]

检查公文草稿（目录中的 .txt .md .gw 文件）。Checks official-document drafts.

options:
  --format F           text (default), json (a stable contract, version 1), sarif (SARIF 2.1.0 for code scanning),
                       rdjson (reviewdog) or github (GitHub Actions annotations)
  --fix                apply every certain fix and write the files atomically
  --dry-run            with --fix: print a unified diff instead of writing
  --detect auto|always|never
                       treat .txt/.md as 公文: only when it looks like one (auto, default), always, never
                       (.gw files are always checked)
  --quiet              report errors only
  --stdin-filename P   the name to report for text read from stdin (-)
  --jobs N             lint on N threads (default: one per core from 3 cores up, else 1); the
                       output is the same in any case
  --encoding E         read files as E (utf-8, utf-16le, utf-16be, gb18030, gbk); by default UTF-8,
                       UTF-16 with a BOM and GB18030/GBK are detected, and --fix writes each file back
                       in the encoding it came in

paths may be files, folders or quoted globs ('drafts/**/*.txt'); folders and globs leave out what the
folder's .gitignore names.

exit codes: 0 no errors · 1 errors found · 2 bad usage or unreadable input · 3 nothing to check
(an empty folder, a glob that matched nothing)`;



/** Files read, linted and reported at a time. */
const BATCH = 400;
/** From this many files a terminal shows how far the check is. */
const PROGRESS_MIN_FILES = 50;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查公文草稿 (lint documents)',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positional } = parseArgs(argv, {
      format: 'string', fix: 'boolean', 'dry-run': 'boolean', detect: 'string', quiet: 'boolean', 'stdin-filename': 'string', encoding: 'string', jobs: 'string',
    });
    const jobsFlag = flags.jobs as string | undefined;
    if (jobsFlag !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobsFlag)) throw new UsageError(`--jobs must be a whole number from 1, not "${jobsFlag}"`);
    const threads = jobsFlag ? Number(jobsFlag) : defaultThreads();
    const encodingFlag = flags.encoding as string | undefined;
    const forced = encodingFlag ? parseEncoding(encodingFlag) : undefined;
    if (encodingFlag && !forced) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}, not "${encodingFlag}"`);
    const format = (flags.format as string | undefined) ?? 'text';
    if (!['text', 'json', 'sarif', 'rdjson', 'github'].includes(format)) throw new UsageError(`--format must be text, json, sarif, rdjson or github, not "${format}"`);
    const detectFlag = flags.detect as string | undefined;
    if (detectFlag && !['auto', 'always', 'never'].includes(detectFlag)) throw new UsageError(`--detect must be auto, always or never`);
    if (flags['dry-run'] && !flags.fix) throw new UsageError('--dry-run goes with --fix');
    const fix = !!flags.fix;
    const dryRun = !!flags['dry-run'];
    const inputs = positional.length ? positional : ['.'];
    let exit = 0;
    let clearProgress = false;
    const reports: FileReport[] = [];
    const reportedConfigErrors = new Set<string>();

    /** The lint job of a text under the configuration of its folder (undefined when that configuration is broken). */
    const jobFor = async (label: string, file: string, text: string, applyFix = fix): Promise<LintJob | undefined> => {
      const { config, errors } = await loadConfigFor(file, io);
      if (errors.length) {
        // One broken .wenmirc.json serves many files: say each problem once.
        for (const e of errors) {
          if (reportedConfigErrors.has(e)) continue;
          reportedConfigErrors.add(e);
          io.stderr(`wenmi check: ${e}\n`);
        }
        exit = 2;
        return undefined;
      }
      const detect: DetectMode = path.extname(file).toLowerCase() === '.gw' ? 'always' : ((detectFlag as DetectMode) ?? config.detect);
      return { label, text, config, detect, fix: applyFix };
    };
    const checkText = async (label: string, file: string, text: string, applyFix = fix): Promise<FileReport | undefined> => {
      const job = await jobFor(label, file, text, applyFix);
      return job && lintFile(job);
    };

    if (inputs.includes('-')) {
      if (inputs.length > 1) throw new UsageError('- (stdin) cannot be combined with paths');
      const label = (flags['stdin-filename'] as string | undefined) ?? '<stdin>';
      const input = await io.readStdin();
      // Standard input gets the same checks as a file: binary refused, the encoding detected or forced.
      const decoded = typeof input === 'string' ? { text: input.replace(/^\ufeff/, '') } : decode(input, forced);
      if ('error' in decoded) {
        io.stderr(`wenmi check: ${(flags['stdin-filename'] as string | undefined) ?? '<stdin>'}: ${decoded.error}\n`);
        return 2;
      }
      const text = decoded.text;
      const rep = await checkText(label, path.resolve(io.cwd, label === '<stdin>' ? 'stdin.txt' : label), text);
      if (rep) {
        reports.push(rep);
        if (fix && dryRun && rep.text !== text) rep.diff = createTwoFilesPatch(`a/${label}`, `b/${label}`, text, rep.text, '', '', { context: 2 });
        if (fix && !dryRun && format === 'json') rep.output = rep.text;
        if (fix && !dryRun && format === 'text') {
          // Fixed text goes to stdout; the findings left go to stderr.
          io.stdout(rep.text);
          printText([rep], io, !!flags.quiet, (s) => io.stderr(s));
          return exitFor(reports, exit);
        }
      }
    } else {
      const { files, errors, empty } = collectFiles(io, inputs);
      for (const e of errors) io.stderr(`wenmi check: ${e}\n`);
      for (const e of empty) io.stderr(`wenmi check: ${t('cli.nothingIn', { input: e })}\n`);
      if (errors.length) exit = 2;
      // Nothing at all to check (an empty folder, a glob that matched nothing): a distinct exit code.
      else if (!files.length) return 3;
      // Read every file and its configuration first (messages in file order), lint them all (on worker
      // threads when there are many), then write and report in the same order.
      // In batches, so that a huge folder is never held in memory at once.
      // Progress on a terminal for a large folder (stderr, rewritten in place; never into a pipe or a file).
      let done = 0;
      const showProgress = !!io.isStderrTTY && files.length >= PROGRESS_MIN_FILES;
      clearProgress = showProgress;
      const progress = (n: number) => {
        if (showProgress && (n % 25 === 0 || n === files.length)) io.stderr(`\r${t('cli.progress', { done: n, total: files.length })}`);
      };
      for (let from = 0; from < files.length; from += BATCH) {
        const read: Array<{ file: string; label: string; original: string; bom: boolean; encoding: ReturnType<typeof readDocument>['encoding']; job: LintJob; layout?: Finding[]; fullText?: string }> = [];
        for (const file of files.slice(from, from + BATCH)) {
          progress(++done);
          const label = path.relative(io.cwd, file) || file;
          // A Word file: its text as the reader sees it (src/docx/text.ts); findings by paragraph line and character.
          const isDocx = /\.docx$/i.test(file);
          const doc = isDocx ? await readDocxDocument(io, file) : readDocument(io, file, forced);
          if (doc.text === undefined) {
            io.stderr(`wenmi check: ${label}: ${doc.error}\n`);
            exit = 2;
            continue;
          }
          if (isDocx && fix) io.stderr(`wenmi check: ${label}: ${t('cli.docxNoFix')}\n`);
          const job = await jobFor(label, file, doc.text, isDocx ? false : fix);
          const docx = doc as { layoutOf?: (c: LintConfig) => Finding[]; fullText?: string };
          if (job) read.push({ file, label, original: doc.text, bom: doc.bom, encoding: doc.encoding, job, layout: docx.layoutOf?.(job.config), fullText: docx.fullText });
        }
        const linted = await lintAll(read.map((r) => r.job), threads);
        for (let k = 0; k < read.length; k++) {
          const { file, label, original } = read[k];
          const rep = linted[k];
          // A Word file's layout findings (page, margins, fonts) beside its text's, in document order.
          const layout = read[k].layout;
          if (layout?.length) rep.findings = [...rep.findings, ...layout].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
          // A Word file is never written by --fix (its text is no file of its own); its positions are in its whole text:
          // the body, then its notes.
          if (read[k].fullText !== undefined) {
            rep.text = read[k].fullText!;
            reports.push(rep);
            continue;
          }
          if (fix && rep.text !== original) {
            if (dryRun) rep.diff = createTwoFilesPatch(`a/${label}`, `b/${label}`, original, rep.text, '', '', { context: 2 });
            else {
              try {
                writeAtomic(io, file, rep.text, read[k].bom, read[k].encoding);
              } catch (err) {
                io.stderr(`wenmi check: ${label}: 写入失败，原文件未改动 (${(err as Error).message})\n`);
                exit = 2;
                // Nothing was written: report the findings of the text as it is on disk.
                const unchanged = await checkText(label, file, original, false);
                if (unchanged) {
                  unchanged.fixedCount = 0;
                  reports.push(unchanged);
                }
                continue;
              }
            }
          }
          reports.push(rep);
        }
      }
    }

    if (clearProgress) io.stderr('\r\x1b[K');
    if (format === 'json') {
      io.stdout(JSON.stringify(toJson(reports), null, 2) + '\n');
    } else if (format === 'sarif') {
      io.stdout(JSON.stringify(toSarif(reports, VERSION), null, 2) + '\n');
    } else if (format === 'rdjson') {
      io.stdout(JSON.stringify(toRdjson(reports)) + '\n');
    } else if (format === 'github') {
      io.stdout(toGithub(reports));
    } else {
      if (fix) {
        for (const r of reports) {
          if (r.diff) io.stdout(r.diff);
          else if (r.fixedCount && !dryRun) io.stdout(t('cli.fixed', { path: r.path, count: r.fixedCount }) + '\n');
        }
      }
      printText(reports, io, !!flags.quiet, (s) => io.stdout(s));
    }
    return exitFor(reports, exit);
  },
};


function printText(reports: FileReport[], io: CliIO, quiet: boolean, out: (s: string) => void): void {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    if (!r.linted && !quiet) io.stderr(t('cli.notGongwen', { path: r.path }) + '\n');
    const index = buildLineIndex(r.text);
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (quiet && f.severity !== 'error') continue;
      const { line, column } = toLineColumn(r.text, index, f.range[0]);
      out(`${r.path}:${line}:${column} ${f.severity} ${f.ruleId} ${f.message}\n`);
    }
  }
  // Said also when all is well (1 个文件，0 个错误…), so that a clean run is seen to have run.
  if (reports.length) io.stderr(t('cli.summary', { files: reports.length, errors, warnings, infos }) + '\n');
}

function toJson(reports: FileReport[]) {
  return {
    version: 1,
    files: reports.map((r) => {
      const index = buildLineIndex(r.text);
      return {
        path: r.path,
        genre: r.genre,
        linted: r.linted,
        fixed: r.fixedCount,
        findings: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          range: { start: toLineColumn(r.text, index, f.range[0]), end: toLineColumn(r.text, index, f.range[1]) },
          offset: f.range,
          fix: f.fix ? { range: f.fix.range, text: f.fix.text } : null,
          suggestions: f.suggestions.map((s) => ({ title: s.title, range: s.fix.range, text: s.fix.text })),
        })),
        ...(r.diff ? { diff: r.diff } : {}),
        ...(r.output !== undefined ? { output: r.output } : {}),
      };
    }),
  };
}

function exitFor(reports: FileReport[], exit: number): number {
  if (exit) return exit;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
