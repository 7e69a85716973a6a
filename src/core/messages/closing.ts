/** Messages of the 结束语, 开头语, 行文, 语气 and 篇幅 rules (RULEBOOK §C, G, H, L). */
export const closingMessages = {
  'closing-punctuation.found': '结束语“{found}”标点不当：实务通常写作“{fixed}”（“否”后用逗号，“示”后用句号）。',
} as const;
