/**
 * Text of new configuration files and edits of existing ones (comments preserved, via jsonc-parser):
 * `wenmi init`, "create a pack", "add the selection as a snippet". Pure: returns text, writes nothing.
 */
import { applyEdits, modify, type FormattingOptions } from './jsoncParser';
import type { GenreId } from '../genres';
import { nodeValue, parseJsonc, propertyNode } from './jsonc';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The commented starter `.wenmirc.json` written by `wenmi init`. Valid as written. */
export function starterConfig(): string {
  return `// Wenmi 项目配置（JSONC：可以写注释）。说明见 docs/configuration.md。
// 查找：从文档所在文件夹向上直到工作区根目录，近处的 .wenmirc.json 覆盖远处的。
// 分层：内置默认 < 规范包（按 packs 顺序）< .wenmirc.json < VS Code 设置。
{
  // 为 true 时不再向上查找更远处的 .wenmirc.json。
  // "root": true,

  // 规范包：以 ./ 开头的文件夹路径（相对本文件），或工作区 node_modules 中的 npm 包名。
  "packs": [
    // "./packs/office-style",
    // "@example-office/wenmi-pack"
  ],

  // 逐条规则设置："off" | "info" | "warning" | "error"，或 { "severity": "warning", "options": {} }。
  // 规则 id 见 docs/rules.md。
  "rules": {
    // "signer-upward-required": "warning"
  },

  // 本单位用语规范：正文中出现 wrong 时提示改为 right（规则 terms，可一键修正）。
  "terms": [
    // { "wrong": "截止目前", "right": "截至目前", "severity": "error", "note": "“截至”表示到某时为止" }
  ],

  // 本机关概况：启用发文字号代字、署名、请示与函、上行文抄送下级等检查。
  // "organization": {
  //   "name": "某某市教育局",
  //   "shortName": "市教育局",
  //   "code": "某教",
  //   "superiors": ["某某市人民政府"],
  //   "subordinates": ["各区教育局", "各直属学校"],
  //   "peers": ["某某市财政局", "某某市人力资源和社会保障局"]
  // },

  // 纯文本和 Markdown 文件：auto 看起来像公文才检查（默认），always 总是检查，never 不检查。
  "detect": "auto"
}
`;
}

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

export function isValidPackName(name: string): boolean {
  return NPM_NAME.test(name) && name.length <= 214;
}

/** The files of a new pack (paths relative to the pack folder). Its one test passes as written. */
export function scaffoldPack(name: string): Record<string, string> {
  const manifest = {
    name,
    version: '0.1.0',
    description: '本单位公文规范包：用语、片段、规则设置和机关概况',
    snippets: 'snippets.json',
    terms: [{ wrong: '截止目前', right: '截至目前', severity: 'warning', note: '“截至”表示到某时为止' }],
    rules: {},
    tests: [
      {
        name: '用语规范：截止目前 → 截至目前',
        text: '某某局关于做好年度统计工作的通知\n\n各科室：\n　　截止目前，仍有科室未报送统计表，请于3月10日前报送。\n　　特此通知。\n\n某某局\n2024年3月5日\n',
        expect: ['terms'],
        fixed: '某某局关于做好年度统计工作的通知\n\n各科室：\n　　截至目前，仍有科室未报送统计表，请于3月10日前报送。\n　　特此通知。\n\n某某局\n2024年3月5日\n',
      },
    ],
  };
  const snippets = {
    特此通知: { prefix: ['tctz', '特此通知'], body: ['特此通知。'], description: '通知的结束语', genres: ['通知'] },
  };
  return {
    'wenmi-pack.json': JSON.stringify(manifest, null, 2) + '\n',
    'snippets.json': JSON.stringify(snippets, null, 2) + '\n',
  };
}

/** Adds a pack reference to a `.wenmirc.json` (created when absent); unchanged if already listed. */
export function addPackToConfig(text: string | undefined, spec: string): string {
  if (text === undefined || !text.trim()) return JSON.stringify({ packs: [spec] }, null, 2) + '\n';
  const parsed = parseJsonc('.wenmirc.json', text);
  if (parsed.syntaxError || (parsed.root && parsed.root.type !== 'object')) throw new Error(parsed.syntaxError?.message ?? 'not an object');
  if (!parsed.root) return JSON.stringify({ packs: [spec] }, null, 2) + '\n';
  const packs = propertyNode(parsed.root, 'packs');
  if (!packs || packs.type !== 'array') return applyEdits(text, modify(text, ['packs'], [spec], { formattingOptions: FORMAT }));
  const list = (nodeValue(packs) as unknown[]) ?? [];
  if (list.includes(spec)) return text;
  return applyEdits(text, modify(text, ['packs', list.length], spec, { formattingOptions: FORMAT, isArrayInsertion: true }));
}

/** Escapes text for a VS Code snippet body (`$`, `}` and `\` are syntax there) and splits it into lines. */
export function snippetBody(selection: string): string[] {
  return selection.replace(/\r\n?/g, '\n').replace(/[\\$}]/g, (c) => '\\' + c).split('\n');
}

export interface NewSnippet {
  prefix: string[];
  body: string[];
  description?: string;
  genres?: GenreId[];
}

/** Adds (or replaces) a snippet in a snippet file's text (created when absent), keeping comments. */
export function addSnippetToFile(text: string | undefined, name: string, snippet: NewSnippet): string {
  const value: Record<string, unknown> = { prefix: snippet.prefix, body: snippet.body };
  if (snippet.description) value.description = snippet.description;
  if (snippet.genres?.length) value.genres = snippet.genres;
  if (text === undefined || !text.trim()) return JSON.stringify({ [name]: value }, null, 2) + '\n';
  const parsed = parseJsonc('snippets.json', text);
  if (parsed.syntaxError) throw new Error(parsed.syntaxError.message);
  return applyEdits(text, modify(text, [name], value, { formattingOptions: FORMAT }));
}

/** The snippet files a manifest names, and an edit that names `file` when it names none. */
export function manifestSnippetFiles(manifestText: string): { files: string[]; withFile(file: string): string } {
  const parsed = parseJsonc('wenmi-pack.json', manifestText);
  const node = propertyNode(parsed.root, 'snippets');
  const v = nodeValue(node);
  const files = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    files,
    withFile: (file) => {
      if (files.includes(file)) return manifestText;
      const next = files.length ? [...files, file] : file;
      return applyEdits(manifestText, modify(manifestText, ['snippets'], next, { formattingOptions: FORMAT }));
    },
  };
}
