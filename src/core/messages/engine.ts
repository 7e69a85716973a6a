/** Messages of the engine itself (not of a rule). */
export const engineMessages = {
  'engine.notGongwen': '未识别为公文（没有标题文种、发文字号、主送机关或成文日期等要素），不作检查。',
  'engine.ruleCrashed': '规则 {ruleId} 内部出错，已跳过：{error}',
  'engine.fix.replaceWith': '改为“{text}”',
  'engine.fix.delete': '删除“{text}”',
  'engine.fix.insert': '插入“{text}”',
} as const;
