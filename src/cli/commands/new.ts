/** `wenmi new <文种> [--kind K] --org … --subject … --to …` prints a filled draft; `wenmi new --list` lists the templates. */
import * as path from 'node:path';
import { t } from '../../core/messages';
import {
  builtinTemplates, chooseTemplate, fillTemplate, genreList, loadTemplates, MAX_ATTACHMENTS, mergeTemplates,
  parseDateInput, type Template,
} from '../../core/templates';
import { parseArgs } from '../args';
import { loadConfigFor } from '../config';
import { UsageError, type CliIO } from '../io';
import type { CliCommand } from './types';

const USAGE = `用法 usage: wenmi new <文种|模板id> [options]
       wenmi new --list [--format text|json]

按模板生成公文草稿，打印到标准输出。Prints a draft official document from a template.

  wenmi new 请示 --org 某某市教育局 --subject 调整学校布局 --to 某某市人民政府 > 请示.gw
  wenmi new 通知 --kind 转发 --org 某某县教育局 --subject 省教育厅关于做好招生工作的通知 --to 各乡镇中心学校

options:
  --kind K             类别，如 请求批准、请求指示、转发、印发、会议、答复（默认：该文种的第一个模板）
  --org 发文机关        标题、版头和署名中的发文机关
  --subject 事由        标题“关于……的”之间的事由；印发/发布/报送：文件名称；转发/批转：来文标题
  --to 主送机关         主送机关（公告、通告、命令、纪要、决议、公报不写主送）
  --date YYYY-MM-DD    成文日期（默认今天），写作 2026年1月5日 这种形式
  --code 机关代字       发文字号中的机关代字（默认取规范包 organization.code，否则留“机关代字”）
  --attachments N      附件个数（0–${MAX_ATTACHMENTS}），生成附件说明和附件页
  --no-header          不要版头和版记
  --list               列出全部模板（内置和规范包中的）
  --format text|json   --list 的输出格式（默认 text）

Fields not given are left as their labels (发文机关、事由、主送机关…) for you to fill in.
exit codes: 0 ok · 2 bad usage (unknown 文种 or kind, bad date)`;

/** The built-in templates and those of the packs that apply in the current folder (a pack's may replace a built-in one). */
async function resolveTemplates(io: CliIO): Promise<{ templates: Template[]; code?: string }> {
  const cfg = await loadConfigFor(path.join(io.cwd, 'draft.gw'), io);
  // A broken configuration does not stop drafting: say so, and go on with what loaded.
  for (const e of cfg.errors) io.stderr(`wenmi new: ${e}\n`);
  const fromPacks: Template[] = [];
  for (const p of cfg.project.resources.templates) {
    const r = loadTemplates(p.data, p.pack, shown(io, p.source));
    for (const e of r.errors) io.stderr(`wenmi new: ${e}\n`);
    fromPacks.push(...r.templates);
  }
  return { templates: mergeTemplates([...builtinTemplates()], fromPacks), code: cfg.config.organization?.code };
}

function shown(io: CliIO, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

export const newCommand: CliCommand = {
  name: 'new',
  summary: '按模板生成公文草稿 (print a draft from a template)',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positional } = parseArgs(argv, {
      kind: 'string', org: 'string', subject: 'string', to: 'string', date: 'string', code: 'string',
      attachments: 'string', 'no-header': 'boolean', list: 'boolean', format: 'string',
    });
    const format = (flags.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
    const { templates, code: orgCode } = await resolveTemplates(io);

    if (flags.list) {
      if (format === 'json') {
        const list = templates.map((x) => ({
          id: x.id, genre: x.genre, kind: x.kind ?? null, label: x.label, description: x.description,
          origin: x.origin, source: x.source,
        }));
        io.stdout(JSON.stringify({ version: 1, templates: list }, null, 2) + '\n');
      } else {
        const rows = templates.map((x) => [x.id, x.genre, x.kind ?? '', x.description]);
        io.stdout([t('drafting.cli.listHeader'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
      }
      return 0;
    }
    if (format !== 'text') throw new UsageError('--format goes with --list');
    if (positional.length !== 1) throw new UsageError(t('drafting.cli.needGenre'));

    const choice = chooseTemplate(templates, positional[0], flags.kind as string | undefined);
    if (!choice.ok) {
      if (choice.reason === 'genre') throw new UsageError(t('drafting.cli.unknownGenre', { value: choice.value, genres: genreList() }));
      throw new UsageError(t('drafting.cli.unknownKind', { genre: choice.genre, value: choice.value, kinds: choice.kinds.join('、') }));
    }
    let date: Date | undefined;
    if (flags.date !== undefined) {
      date = parseDateInput(flags.date as string);
      if (!date) throw new UsageError(t('drafting.cli.badDate', { value: flags.date as string }));
    }
    let attachments: number | undefined;
    if (flags.attachments !== undefined) {
      const n = Number(flags.attachments);
      if (!/^\d+$/.test(flags.attachments as string) || n > MAX_ATTACHMENTS) {
        throw new UsageError(t('drafting.cli.badAttachments', { max: MAX_ATTACHMENTS }));
      }
      attachments = n;
    }
    const code = (flags.code as string | undefined) ?? orgCode;
    const text = fillTemplate(choice.template, {
      org: flags.org as string | undefined,
      subject: flags.subject as string | undefined,
      to: flags.to as string | undefined,
      code,
      date,
      attachments,
      header: !flags['no-header'],
    }, 'plain');
    io.stdout(text);
    return 0;
  },
};
