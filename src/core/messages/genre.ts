/** Messages of the 文种, 标题, 行文, 结束语 and 语气 rules (RULEBOOK §A, B, C, G, H, L). */
export const genreMessages = {
  'genre-doubled.found': '标题文种“{found}”叠用了两个文种。条例第八条把{a}和{b}规定为不同文种，只能选其一：请求批准或指示用“请示”，汇报工作用“报告”。',
  'genre-doubled.suggest': '文种改为“{genre}”',
} as const;
