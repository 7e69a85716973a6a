/** Chinese text shown by the extension and the CLI around the findings. */
export const uiMessages = {
  'ui.status.genre': '{genre}·{direction}',
  'ui.status.chars': '{count}字',
  'ui.status.notGongwen': '非公文',
  'ui.status.tooltip': '文种：{genre}（{article}）\n行文方向：{direction}\n字数：{count}\n{definition}',
  'ui.hover.definition': '**{genre}**（《党政机关公文处理工作条例》第八条{article}）：{definition}',
  'ui.hover.direction': '行文方向：{direction}',
  'ui.hover.closings': '常用结束语（实务）：{closings}',
  'ui.action.fixAll': '修正全部可自动修正的问题（Wenmi）',
  'ui.action.fixAllRule': '修正本文件中全部 {ruleId} 问题',
  'ui.action.disableLine': '在本行停用 {ruleId}',
  'ui.action.disableFile': '在本文件停用 {ruleId}',
  'ui.action.openDocs': '查看规则说明：{ruleId}',
  'cli.notGongwen': '{path}：未识别为公文，已跳过',
  'cli.summary': '{files} 个文件，{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  'cli.fixed': '{path}：已修正 {count} 处',
} as const;
