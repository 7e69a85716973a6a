/**
 * The one source of the JSON Schemas of `.wenmirc.json` and `wenmi-pack.json`.
 * `npm run gen` writes them to schemas/*.json (contributed to VS Code with `jsonValidation`), and
 * the loader validates every file against the same objects (validate.ts), so the editor's squiggles
 * and the CLI's errors cannot disagree. Rule ids come from the rule registry, 文种 from genres.ts.
 */
import { GENRES } from '../genres';
import { allRuleMetas } from '../rules/registry';
import { SEVERITY_SETTINGS } from '../types';

/** The subset of JSON Schema (draft-07) used here; validate.ts implements exactly this subset. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: 'object' | 'array' | 'string' | 'boolean' | 'number' | 'integer' | 'null';
  enum?: readonly (string | number | boolean)[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  /** 'regex': the string is a JavaScript regular expression that must compile. */
  format?: 'regex';
  /** How a value matching `pattern` looks, for the error message (in Chinese). */
  'x-hint'?: string;
  default?: unknown;
  definitions?: Record<string, JsonSchema>;
  defaultSnippets?: unknown[];
  /** Extension used by the validator for messages: this object's keys (or this enum's values) are rule ids. */
  'x-kind'?: 'rule-id';
}

export const WENMIRC_FILE = '.wenmirc.json';
export const PACK_MANIFEST = 'wenmi-pack.json';
export const SCHEMA_FILES = { wenmirc: 'schemas/wenmirc.schema.json', pack: 'schemas/wenmi-pack.schema.json' } as const;

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** The schemas are built once (the rule registry does not change at run time); treat them as read-only. */
const memo: { wenmirc?: JsonSchema; pack?: JsonSchema; tests?: JsonSchema; snippets?: JsonSchema } = {};

const str = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({ type: 'string', description, ...extra });
const strList = (description: string): JsonSchema => ({ type: 'array', description, items: { type: 'string', minLength: 1 } });

function ruleIds(): string[] {
  return allRuleMetas.map((m) => m.id).sort();
}

/** Shared definitions: both files accept rules, terms and an organization profile in the same form. */
function definitions(): Record<string, JsonSchema> {
  const severity: JsonSchema = {
    type: 'string',
    enum: SEVERITY_SETTINGS,
    description: '规则的严重程度：off 关闭，info 提示，warning 警告，error 错误。',
  };
  const ruleSetting: JsonSchema = {
    anyOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'object',
        description: '规则设置：严重程度和选项。',
        properties: {
          severity: { $ref: '#/definitions/severity' },
          options: { type: 'object', description: '该规则的选项（见 docs/rules.md）。' },
        },
        additionalProperties: false,
      },
    ],
  };
  const rules: JsonSchema = {
    type: 'object',
    description: '逐条规则设置："off" | "info" | "warning" | "error"，或 { "severity": …, "options": { … } }。',
    'x-kind': 'rule-id',
    properties: Object.fromEntries(
      allRuleMetas
        .slice()
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((m) => [m.id, { $ref: '#/definitions/ruleSetting', description: `${m.title}（默认 ${m.defaultSeverity}）：${m.description}` }]),
    ),
    additionalProperties: false,
  };
  const term: JsonSchema = {
    type: 'object',
    description: '一条用语规范：正文中出现 wrong 时提示改为 right（规则 terms，可一键修正）。',
    required: ['wrong', 'right'],
    properties: {
      wrong: str('不规范的写法（原样匹配，引号和书名号内的引文不查）。', { minLength: 1 }),
      right: str('规范写法（快速修正替换为它）。'),
      severity: { type: 'string', enum: SEVERITY_SETTINGS, description: '这一条的严重程度（默认 warning）；"off" 取消下层（规范包）设的同名条目。' },
      note: str('说明理由，显示在提示中（如依据的文件）。'),
      exceptions: strList('含有 wrong 但无误的词语，如 wrong 为“截止”时的“截止日期”。'),
      before: str('只在这样的上文之后才算错：正则表达式，与 wrong 前面（16 字以内）的文字末尾相接，如 wrong 为“泄露”时的“(?:气|油|液)[^，。]{0,3}”。', { minLength: 1, format: 'regex' }),
      after: str('只在这样的下文之前才算错：正则表达式，与 wrong 后面的文字开头相接，如 wrong 为“途径”时的“[我本该]?[省市县区乡镇村]”。', { minLength: 1, format: 'regex' }),
    },
    additionalProperties: false,
    defaultSnippets: [{ label: '用语规范', body: { wrong: '$1', right: '$2', note: '$3' } }],
  };
  const organization: JsonSchema = {
    type: 'object',
    description: '本机关的概况：启用发文字号代字、署名、请示与函、上行文抄送等检查。',
    properties: {
      name: str('发文机关全称，如“某某市教育局”。'),
      shortName: str('规范化简称，如“市教育局”。'),
      code: str('发文机关代字，如“某教发”或“某教”（发文字号的代字须以它开头）。', { minLength: 1 }),
      superiors: strList('上级机关（请示、报告的主送对象）。'),
      subordinates: strList('下级机关（上行文不得抄送）。'),
      peers: strList('同级或不相隶属的机关（请求批准应当用函）。'),
    },
    additionalProperties: false,
  };
  const fontList = (what: string): JsonSchema => ({ type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: `${what}的字体名，首选在前（替代国标的默认字体）。` });
  const layout: JsonSchema = {
    type: 'object',
    description: '导出 Word 和版式预览的本机关设置（GB/T 9704 的其他数值不变）。',
    properties: {
      issuerMark: str('草稿没有写发文机关标志时印在版头的标志，如“某某市教育局文件”。', { minLength: 1 }),
      issuerColor: { type: 'string', pattern: '^[0-9A-Fa-f]{6}$', 'x-hint': '六位十六进制 RGB 颜色，如 FF0000', description: '发文机关标志和版头分隔线的颜色（RGB 十六进制，默认红色 FF0000）。' },
      redHeader: { type: 'boolean', description: '为 false 时版头印成黑色（黑白印制用），默认 true。' },
      pageNumber: { type: 'string', enum: ['dash', 'plain', 'none'], description: '页码：dash 为“— 1 —”（默认，GB/T 9704 7.5），plain 只印数字，none 不印。' },
      fonts: {
        type: 'object',
        description: '替代字体：本机没有国标字体（如仿宋_GB2312）时指定。',
        properties: { fangsong: fontList('仿宋'), xiaobiaosong: fontList('小标宋'), heiti: fontList('黑体'), kaiti: fontList('楷体'), songti: fontList('宋体') },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  return {
    severity,
    ruleSetting,
    rules,
    term,
    terms: { type: 'array', description: '用语规范列表。', items: { $ref: '#/definitions/term' } },
    organization,
    layout,
    detect: {
      type: 'string',
      enum: ['auto', 'always', 'never'],
      description: '纯文本和 Markdown 文件：auto 看起来像公文才检查（默认），always 总是检查，never 不检查。',
    },
  };
}

export function wenmircSchema(): JsonSchema {
  return (memo.wenmirc ??= {
    $schema: DRAFT,
    $id: 'https://wenmi.dev/schemas/wenmirc.schema.json',
    title: 'Wenmi 项目配置（.wenmirc.json）',
    description: '从文档所在文件夹向上直到工作区根目录查找，近处的覆盖远处的。分层：内置默认 < 规范包（按列出顺序）< .wenmirc.json < VS Code 设置。',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: '为 true 时不再向上查找 .wenmirc.json。' },
      packs: {
        type: 'array',
        description: '规范包：相对本文件的文件夹路径（以 ./ 或 ../ 开头），或工作区 node_modules 中的 npm 包名。按列出顺序叠加，后面的覆盖前面的。',
        items: { type: 'string', minLength: 1 },
      },
      rules: { $ref: '#/definitions/rules' },
      terms: { $ref: '#/definitions/terms' },
      organization: { $ref: '#/definitions/organization' },
      layout: { $ref: '#/definitions/layout' },
      detect: { $ref: '#/definitions/detect' },
    },
    additionalProperties: false,
    definitions: definitions(),
  });
}

/** A pack test case, in the manifest's `tests` or in a separate tests file. */
function packTestSchema(): JsonSchema {
  const ids = ruleIds();
  const ruleIdList = (description: string): JsonSchema => ({ type: 'array', description, items: { type: 'string', enum: ids, 'x-kind': 'rule-id' } });
  return {
    type: 'object',
    description: '规范包测试：输入文本 → 应出现的规则，和/或修正后的文本。text 与 file 二选一。',
    properties: {
      name: str('测试名称。'),
      text: str('输入的公文文本。'),
      file: str('输入文本所在的文件（相对规范包文件夹）。', { minLength: 1 }),
      expect: ruleIdList('应当报出的规则 id。'),
      absent: ruleIdList('不应报出的规则 id。'),
      only: { type: 'boolean', description: '为 true 时，除 expect 所列之外不得报出其他规则。' },
      fixed: str('应用全部可自动修正后的文本（与 wenmi check --fix 相同）。'),
    },
    additionalProperties: false,
  };
}

export function packTestsFileSchema(): JsonSchema {
  return (memo.tests ??= { type: 'array', items: packTestSchema(), definitions: definitions() });
}

export function packSchema(): JsonSchema {
  const fileOrFiles = (description: string): JsonSchema => ({
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 } },
    ],
    description,
  });
  return (memo.pack ??= {
    $schema: DRAFT,
    $id: 'https://wenmi.dev/schemas/wenmi-pack.schema.json',
    title: 'Wenmi 规范包（wenmi-pack.json）',
    description: '规范包：一个文件夹或 npm 包，只含数据（片段、模板、用语、规则设置、机关概况、测试），从不执行代码。',
    type: 'object',
    required: ['name', 'version'],
    properties: {
      $schema: { type: 'string' },
      name: str('包名，如 "@某某办/wenmi-pack" 或 "office-style"。', { minLength: 1 }),
      version: str('版本号，如 "1.0.0"。', { minLength: 1 }),
      description: str('一句话说明。'),
      extends: {
        type: 'array',
        description: '先加载的其他规范包（路径或 npm 包名），本包覆盖它们。不得循环引用。',
        items: { type: 'string', minLength: 1 },
      },
      snippets: fileOrFiles('VS Code 片段格式的文件（相对本文件夹）；每个片段可加 "genres": ["请示"] 限定文种。'),
      templates: fileOrFiles('模板文件（起草功能的模板格式，相对本文件夹），出现在“新建公文”中。'),
      terms: {
        anyOf: [{ $ref: '#/definitions/terms' }, { type: 'string', minLength: 1 }],
        description: '用语规范：直接写数组，或写一个含该数组的 JSON 文件路径。',
      },
      rules: { $ref: '#/definitions/rules' },
      organization: { $ref: '#/definitions/organization' },
      layout: { $ref: '#/definitions/layout' },
      detect: { $ref: '#/definitions/detect' },
      tests: {
        anyOf: [{ type: 'array', items: packTestSchema() }, { type: 'string', minLength: 1 }],
        description: '规范包测试（wenmi pack test 运行）：直接写数组，或写一个含该数组的 JSON 文件路径。',
      },
    },
    additionalProperties: false,
    definitions: definitions(),
  });
}

/** A pack's snippet file: VS Code's snippet format, plus an optional `genres` per snippet. */
export function snippetsFileSchema(): JsonSchema {
  const strOrLines: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return (memo.snippets ??= {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['body'],
      properties: {
        prefix: strOrLines,
        body: strOrLines,
        description: strOrLines,
        scope: { type: 'string' },
        isFileTemplate: { type: 'boolean' },
        genres: { type: 'array', items: { type: 'string', enum: GENRES.map((g) => g.id) } },
      },
      additionalProperties: false,
    },
  });
}

/** The generated schema files (written by `npm run gen`, checked by its --check). */
export function renderSchemas(): Record<string, string> {
  return {
    [SCHEMA_FILES.wenmirc]: JSON.stringify(wenmircSchema(), null, 2) + '\n',
    [SCHEMA_FILES.pack]: JSON.stringify(packSchema(), null, 2) + '\n',
  };
}
