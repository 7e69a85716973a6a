/**
 * Generates the drafting files from their readable sources (called by scripts/gen.ts, `npm run gen`):
 *  - snippets/gongwen.json   the static snippets (contributed for gongwen, plaintext, markdown)
 *  - snippets/closings.json  the 结束语 of every 文种 in VS Code's format (served by the completion provider)
 *  - docs/snippets.md        the table of every prefix
 *    (all three from src/core/templates/snippets.ts and src/core/genres.ts)
 *  - syntaxes/gongwen.tmLanguage.json  from syntaxes/gongwen.tmLanguage.yaml ({{genres}}, {{closings}} from genres.ts)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import {
  closingSnippets, DYNAMIC_SNIPPETS, GROUP_LABEL, resolveSnippet, STATIC_SNIPPETS, type SnippetGroup, type SnippetSpec,
} from '../src/core/templates';
import { formatIssueDate } from '../src/core/templates/date';
import { GENRES } from '../src/core/genres';

const root = join(__dirname, '..');

function snippetFile(specs: readonly SnippetSpec[], contributed: boolean): string {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const s of specs) {
    if (out[s.name]) throw new Error(`duplicate snippet name ${s.name}`);
    // VS Code makes one “Surround With” code action per prefix of a snippet that uses the selection,
    // shown in the light-bulb menu (quick fixes of a diagnostic included) whenever text is selected.
    if (s.body.some((l) => /\$\{?(TM_SELECTED_TEXT|SELECTION)\b/.test(l))) {
      throw new Error(`snippet ${s.name} uses the selection (TM_SELECTED_TEXT): VS Code would list it ${[...s.pinyin, ...s.zh, s.en].length} times as a Surround With code action`);
    }
    // The contributed file gets only the ASCII prefixes: a contributed snippet pops up wherever its prefix is
    // typed, and the Chinese words (联系人, 抄送) occur in sentences; the completion provider offers the Chinese
    // prefixes where a line starts.
    out[s.name] = { prefix: contributed ? [...s.pinyin, s.en] : [...s.pinyin, ...s.zh, s.en], body: s.body, description: s.description };
  }
  return JSON.stringify(out, null, 2) + '\n';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');
}

function code(list: readonly string[]): string {
  return list.map((p) => '`' + p + '`').join(' ');
}

/** What the snippet inserts, defaults accepted (the year shown as YYYY: the file must not change every year). */
function shown(body: readonly string[]): string {
  return resolveSnippet(body.join('\n'), { CURRENT_YEAR: 'YYYY', TM_SELECTED_TEXT: '……' }).text;
}

export function renderSnippetsDoc(): string {
  const lines: string[] = [
    '# 片段与补全（snippets）',
    '',
    '<!-- 本文件由 `npm run gen` 从 src/core/templates/snippets.ts 和 src/core/genres.ts 生成，请勿手改。 -->',
    '',
    '在 `.gw`（公文）、纯文本和 Markdown 文档里输入前缀，从补全列表选中即插入；按 Tab 在占位处之间跳转，',
    '有选项的占位处（如 特急/加急）会列出选项。每个片段都有三种前缀：',
    '',
    '- **拼音首字母**，如 `tctz`（特此通知）、`fwzh`（发文字号）；',
    '- **中文本身**，如 `特此通知`、`发文字号`（用输入法打出前几个字即可；在行首输入时弹出，句子中间不弹出）；',
    '- **英文可读前缀**，以 `wm-` 开头，如 `wm-closing-notice`、`wm-doc-no`。',
    '',
    'VS Code 在 Markdown 中默认不自动弹出补全，请按 Ctrl+Space（macOS：⌃Space）。',
    '',
    '## 结束语和日期为什么由补全提供',
    '',
    '- **结束语**随文种而定（实务）：请示用“妥否，请批示。”，通知用“特此通知。”。静态片段不知道文档是什么文种，',
    '  所以结束语不作为静态片段提供，而由 Wenmi 的补全按识别出的文种给出：只列出该文种的结束语，标准的一条排在最前并预先选中，',
    '  不会在通知里给出请示的结束语；未识别出文种时列出全部结束语，按文种分组。',
    '  同样的列表以 VS Code 片段格式保存在 [`snippets/closings.json`](../snippets/closings.json)，可复制到用户片段或其他编辑器中使用。',
    '- **成文日期**按 GB/T 9704—2012 7.3.5.4 写作“2026年1月5日”：月、日不编虚位。VS Code 片段变量 `$CURRENT_MONTH`、',
    '  `$CURRENT_DATE` 会补零（01、05），写不出这种形式，所以日期（以及带日期的署名、印发日期）只由补全在插入时计算。',
    '  发文字号中的年份没有这个问题，静态片段用 `${CURRENT_YEAR}` 填入当年。',
    '',
  ];
  const groups: SnippetGroup[] = ['header', 'body', 'colophon', 'marker'];
  for (const g of groups) {
    lines.push(`## ${GROUP_LABEL[g]}`, '', '| 名称 | 拼音 | 中文 | English | 插入 | 说明 |', '|---|---|---|---|---|---|');
    for (const s of STATIC_SNIPPETS.filter((x) => x.group === g)) {
      lines.push(`| ${s.name} | ${code(s.pinyin)} | ${code(s.zh)} | \`${s.en}\` | ${cell(shown(s.body))} | ${cell(s.description)} |`);
    }
    lines.push('');
  }
  lines.push(
    '## 日期、署名、印发日期（补全提供）',
    '',
    '插入时按当天日期计算，下表以 2026年1月5日 为例。规范包中的 `organization.name` 会用作署名。',
    '',
    '| 名称 | 拼音 | 中文 | English | 插入 | 说明 |',
    '|---|---|---|---|---|---|',
  );
  const example = formatIssueDate(new Date(2026, 0, 5));
  for (const d of DYNAMIC_SNIPPETS) {
    lines.push(`| ${d.name} | ${code(d.pinyin)} | ${code(d.zh)} | \`${d.en}\` | ${cell(shown(d.body(example)))} | ${cell(d.description)} |`);
  }
  lines.push('', '## 结束语（补全按文种提供）', '', '| 结束语 | 文种 | 拼音 | 中文 | English |', '|---|---|---|---|---|');
  for (const s of closingSnippets()) {
    lines.push(`| ${s.body[0]} | ${s.genres!.join('、')} | ${code(s.pinyin)} | ${code(s.zh)} | \`${s.en}\` |`);
  }
  lines.push('');
  return lines.join('\n');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function renderGrammar(source = readFileSync(join(root, 'syntaxes', 'gongwen.tmLanguage.yaml'), 'utf8')): string {
  const closings = [...new Set(closingSnippets().map((s) => s.body[0]))].sort((a, b) => b.length - a.length);
  const grammar = yaml.load(source) as Record<string, unknown>;
  const text = JSON.stringify(
    { information_for_contributors: ['Generated from syntaxes/gongwen.tmLanguage.yaml by `npm run gen`: edit the YAML, not this file.'], ...grammar },
    null,
    2,
  );
  const suffixes = [...new Set(GENRES.flatMap((g) => g.suffixes))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const [name, list] of [['closings', closings], ['genres', suffixes]] as const) {
    if (!out.includes(`{{${name}}}`)) throw new Error(`syntaxes/gongwen.tmLanguage.yaml lost its {{${name}}} placeholder`);
    // JSON-escape the alternation: it goes inside a JSON string.
    out = out.split(`{{${name}}}`).join(JSON.stringify(list.map(escapeRegex).join('|')).slice(1, -1));
  }
  return out + '\n';
}

/** Every generated drafting file: path (relative to the repository) → content. */
export function renderDraftingFiles(): Record<string, string> {
  return {
    'snippets/gongwen.json': snippetFile(STATIC_SNIPPETS, true),
    // Not contributed (a file to copy into user snippets): every prefix.
    'snippets/closings.json': snippetFile(closingSnippets(), false),
    'docs/snippets.md': renderSnippetsDoc(),
    'syntaxes/gongwen.tmLanguage.json': renderGrammar(),
  };
}
