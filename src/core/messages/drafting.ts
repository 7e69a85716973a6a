/** Chinese text of the drafting features: templates, New Official Document prompts, snippets, `wenmi new`. */
export const draftingMessages = {
  // Template validation (pack templates come from teams: say where and what).
  'drafting.template.where': '{source}：第 {index} 个模板{id}',
  'drafting.template.notObject': '{where}：模板应为 JSON 对象，实际是{type}',
  'drafting.template.fileShape': '{source}：模板文件应为一个模板对象、模板数组，或 {"templates": [...]}，实际是{type}',
  'drafting.template.unknownKey': '{where}：未知的字段“{key}”（可用字段：{known}）',
  'drafting.template.missing': '{where}：缺少必填字段“{key}”',
  'drafting.template.notString': '{where}：“{key}”应为字符串',
  'drafting.template.notBoolean': '{where}：“{key}”应为 true 或 false',
  'drafting.template.badId': '{where}：id“{value}”只能由小写字母、数字和连字符组成（如 qingshi-approval）',
  'drafting.template.duplicateId': '{where}：id“{value}”重复',
  'drafting.template.badGenre': '{where}：“{value}”不是法定文种（条例第八条），应为：{genres}',
  'drafting.template.titleShape': '{where}：title 应为对象，如 {"form": "standard", "word": "复函"}',
  'drafting.template.badForm': '{where}：title.form“{value}”无效，应为：{forms}',
  'drafting.template.badVerb': '{where}：title.verb“{value}”与 title.form“{form}”不配，应为：{verbs}',
  'drafting.template.badAttachments': '{where}：attachments 应为 0 到 {max} 的整数',
  'drafting.template.badBody': '{where}：body 应为非空数组，每项为一行文字或 {"when": "header", "lines": [...]}',
  'drafting.template.badBlock': '{where}：body 第 {line} 项应为字符串或 {"when": …, "lines": [...]}',
  'drafting.template.badWhen': '{where}：body 第 {line} 项的 when“{value}”无效，应为：{flags}',
  'drafting.template.badField': '{where}：fields 只能设置 {fields}，每项为 {"prompt": "…", "placeholder": "…"}',
  'drafting.template.unknownToken': '{where}：body 第 {line} 行的“{token}”不是可用的字段（可用：{tokens}）',
  'drafting.template.directiveAlone': '{where}：body 第 {line} 行：{token} 须独占一行',
  'drafting.template.unclosedStop': '{where}：body 第 {line} 行的“[[”没有配对的“]]”',
  'drafting.template.emptyStop': '{where}：body 第 {line} 行有空的占位符 [[]]',
  'drafting.template.noTitle': '{where}：body 中没有 {{title}}（标题）',

  // Field prompts (New Official Document, `wenmi new --list`).
  'drafting.field.org.prompt': '发文机关（用全称或规范化简称，如：某某市教育局）',
  'drafting.field.org.placeholder': '发文机关',
  'drafting.field.subject.prompt': '事由（标题中“关于……的”之间的部分，如：调整学校布局）',
  'drafting.field.subject.placeholder': '事由',
  'drafting.field.to.prompt': '主送机关（如：某某市人民政府；多个机关用顿号隔开）',
  'drafting.field.to.placeholder': '主送机关',
  'drafting.field.code.placeholder': '机关代字',

  // New Official Document (VS Code).
  'drafting.new.pick.title': '新建公文：选择文种',
  'drafting.new.pick.placeholder': '输入文种或类别筛选，如：请示、转发、会议',
  'drafting.new.pick.builtin': '内置',
  'drafting.new.pick.separator': '{genre}（{direction}）',
  'drafting.new.step': '新建{label}（{step}/{total}）',
  'drafting.new.attachments.title': '附件说明',
  'drafting.new.attachments.none': '无附件',
  'drafting.new.attachments.count': '{count} 个附件',
  'drafting.new.attachments.detail': '在正文后加“附件：……”，并在文末加附件页',
  'drafting.new.packErrors': 'Wenmi：规范包中的模板有误，已跳过：{errors}',
  'drafting.new.unknownTemplate': 'Wenmi：没有 id 为“{id}”的公文模板',
  'drafting.new.detail': '条例第八条{article}：{definition}',

  // Completion.
  'drafting.completion.closing': '结束语 · {genres}',
  'drafting.completion.closingDoc': '{genres}常用结束语（实务）。',
  'drafting.completion.closingAny': '未识别文种：列出全部结束语，请按文种选用。',
  'drafting.completion.date': '成文日期 · {date}',
  'drafting.completion.snippet': '{name} · {group}片段',
  'drafting.completion.dateDoc': '今天的日期，按 GB/T 9704—2012 7.3.5.4 写法：阿拉伯数字，年份标全称，月、日不编虚位。',
  'drafting.completion.pack': '规范包 {pack}',

  // Outline.
  'drafting.outline.header': '版头',
  'drafting.outline.colophon': '版记',
  'drafting.outline.attachment': '附件{number}',
  'drafting.outline.untitled': '（无标题）',

  // `wenmi new`.
  'drafting.cli.unknownGenre': '“{value}”不是法定文种或模板 id。可用文种：{genres}（wenmi new --list 列出全部模板）',
  'drafting.cli.unknownKind': '{genre}没有“{value}”类模板，可用类别：{kinds}',
  'drafting.cli.badDate': '--date“{value}”无效，应为 YYYY-MM-DD，如 2026-11-22',
  'drafting.cli.badAttachments': '--attachments 应为 0 到 {max} 的整数',
  'drafting.cli.needGenre': '请给出文种，如：wenmi new 请示 --org 某某市教育局 --subject 调整学校布局 --to 某某市人民政府',
  'drafting.cli.listHeader': '模板 id\t文种\t类别\t说明',
} as const;
