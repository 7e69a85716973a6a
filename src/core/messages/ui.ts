/**
 * Chinese text shown by the extension and the CLI around the findings: the status bar, the 文种
 * hover (from 条例第八条 and the genre data), the CLI summary. The adapter's menu and command
 * strings are not here: they are localized with vscode.l10n (l10n/bundle.l10n.zh-cn.json).
 */
export const uiMessages = {
  'ui.status.genre': '{genre}·{direction}',
  'ui.status.chars': '{count}字',
  'ui.status.notGongwen': '非公文',
  'ui.status.noGenre': '文种未识别',
  'ui.status.tooltip': '文种：{genre}（条例第八条{article}）\n行文方向：{direction}\n字数：{count}\n{definition}',
  'ui.status.noGenreTooltip': '按公文检查，但标题未以法定文种结尾，结束语也看不出文种（条例第八条列出十五种法定文种）。\n字数：{count}',
  'ui.hover.definition': '**{genre}**（《党政机关公文处理工作条例》第八条{article}）：{definition}',
  'ui.hover.direction': '行文方向：{direction}',
  'ui.hover.closings': '常用结束语（实务）：{closings}',
  'ui.hover.noClosings': '常用结束语（实务）：一般不用固定结束语',
  'ui.hover.kinds': '常见类型：{kinds}',
  'ui.largeDocument': '{path} 有 {count} 个字符，超过 {limit}：为保持编辑流畅，输入时不检查，打开和保存时检查（也可运行“立即检查文档”）。',
  'cli.notGongwen': '{path}：未识别为公文，未检查（要强制检查请加 --detect always）',
  'cli.summary': '{files} 个文件，{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  'cli.fixed': '{path}：已修正 {count} 处',
  'cli.progress': '检查中 {done}/{total} 个文件…',
  'cli.docxNoFix': 'Word 文件不就地修改：用 wenmi review --track-changes 生成带修订的副本',
  'cli.nothingIn': '“{input}”中没有可检查的公文草稿（.txt .md .gw .docx 文件），或通配符没有匹配到文件 (nothing to check)',
} as const;
