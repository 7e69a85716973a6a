/**
 * The 15 法定文种 of 《党政机关公文处理工作条例》第八条, as data.
 * Definitions are the article's own words; closings are 实务 (RULEBOOK §G).
 */

export type GenreId =
  | '决议' | '决定' | '命令' | '公报' | '公告' | '通告' | '意见' | '通知'
  | '通报' | '报告' | '请示' | '批复' | '议案' | '函' | '纪要';

/** 行文方向 implied by the definition. 'varies' = 意见/通知/纪要: depends on use. */
export type Direction = 'up' | 'down' | 'parallel' | 'publish' | 'varies';

export const DIRECTION_LABEL: Record<Direction, string> = {
  up: '上行文',
  down: '下行文',
  parallel: '平行文',
  publish: '公布性',
  varies: '方向视用途而定',
};

export interface GenreKind {
  id: string;
  label: string;
}

export interface Genre {
  id: GenreId;
  /** 条例第八条 item, e.g. （十一）. */
  article: string;
  /** 条例第八条 verbatim. */
  definition: string;
  direction: Direction;
  /** Title suffixes that denote this genre, longest first matters only across genres (see matchGenreSuffix). */
  suffixes: string[];
  /** Accepted closing phrases (实务), the first is the standard one offered by fixes and templates. */
  closings: string[];
  /** Typical opening formulas (实务). */
  openings: string[];
  kinds: GenreKind[];
  /** Whether a 主送机关 is expected. */
  hasRecipients: boolean;
}

export const GENRES: readonly Genre[] = [
  {
    id: '决议', article: '（一）', definition: '适用于会议讨论通过的重大决策事项。', direction: 'down',
    suffixes: ['决议'], closings: [], openings: ['（××××年×月×日××会议通过）'], kinds: [], hasRecipients: false,
  },
  {
    id: '决定', article: '（二）',
    definition: '适用于对重要事项作出决策和部署、奖惩有关单位和人员、变更或者撤销下级机关不适当的决定事项。',
    direction: 'down', suffixes: ['决定'], closings: [], openings: ['为了……，经研究，决定：'],
    kinds: [{ id: '部署', label: '部署性决定' }, { id: '奖惩', label: '奖惩性决定' }, { id: '变更', label: '变更或撤销性决定' }],
    hasRecipients: true,
  },
  {
    id: '命令', article: '（三）',
    definition: '适用于公布行政法规和规章、宣布施行重大强制性措施、批准授予和晋升衔级、嘉奖有关单位和人员。',
    direction: 'down', suffixes: ['命令', '令'], closings: ['现予公布，自公布之日起施行。', '本令自公布之日起施行。', '现予公布。'],
    openings: ['《……》已经……审议通过，现予公布，自……起施行。'],
    kinds: [{ id: '公布令', label: '公布令' }, { id: '嘉奖令', label: '嘉奖令' }], hasRecipients: false,
  },
  {
    id: '公报', article: '（四）', definition: '适用于公布重要决定或者重大事项。', direction: 'publish',
    suffixes: ['公报'], closings: [], openings: [], kinds: [], hasRecipients: false,
  },
  {
    id: '公告', article: '（五）', definition: '适用于向国内外宣布重要事项或者法定事项。', direction: 'publish',
    suffixes: ['公告'], closings: ['特此公告。', '现予公告。'], openings: ['根据……，现将……公告如下：'], kinds: [], hasRecipients: false,
  },
  {
    id: '通告', article: '（六）', definition: '适用于在一定范围内公布应当遵守或者周知的事项。', direction: 'publish',
    suffixes: ['通告'], closings: ['特此通告。'], openings: ['为了……，根据……，现就有关事项通告如下：'], kinds: [], hasRecipients: false,
  },
  {
    id: '意见', article: '（七）', definition: '适用于对重要问题提出见解和处理办法。', direction: 'varies',
    suffixes: ['实施意见', '指导意见', '意见'],
    closings: ['以上意见，请结合实际认真贯彻执行。', '以上意见如无不妥，请批转各地区、各部门执行。', '以上意见供参考。', '以上意见，请认真贯彻落实。'],
    openings: ['为……，现提出如下意见：'],
    kinds: [{ id: '实施意见', label: '实施意见' }, { id: '指导意见', label: '指导意见' }], hasRecipients: true,
  },
  {
    id: '通知', article: '（八）',
    definition: '适用于发布、传达要求下级机关执行和有关单位周知或者执行的事项，批转、转发公文。',
    direction: 'down', suffixes: ['补充通知', '紧急通知', '通知'],
    closings: ['特此通知。', '请认真贯彻执行。', '请遵照执行。', '请认真贯彻落实。', '请结合实际认真贯彻执行。', '请认真遵照执行。'],
    openings: ['为……，现将有关事项通知如下：', '现将……印发给你们，请认真贯彻执行。', '现将……转发给你们，请结合实际认真贯彻落实。'],
    kinds: [
      { id: '发布', label: '发布性通知' }, { id: '印发', label: '印发通知' }, { id: '批转', label: '批转通知' },
      { id: '转发', label: '转发通知' }, { id: '指示', label: '指示性通知' }, { id: '任免', label: '任免通知' },
      { id: '会议', label: '会议通知' }, { id: '事务', label: '事务性通知' },
    ],
    hasRecipients: true,
  },
  {
    id: '通报', article: '（九）', definition: '适用于表彰先进、批评错误、传达重要精神和告知重要情况。', direction: 'down',
    suffixes: ['通报'], closings: ['特此通报。'], openings: ['现将……情况通报如下：'],
    kinds: [{ id: '表彰', label: '表彰通报' }, { id: '批评', label: '批评通报' }, { id: '情况', label: '情况通报' }],
    hasRecipients: true,
  },
  {
    id: '报告', article: '（十）', definition: '适用于向上级机关汇报工作、反映情况，回复上级机关的询问。', direction: 'up',
    suffixes: ['报告'], closings: ['特此报告。', '专此报告。', '以上报告，请审阅。'],
    openings: ['现将……情况报告如下：', '根据……要求，现将……有关情况报告如下：'],
    kinds: [{ id: '工作', label: '工作报告' }, { id: '情况', label: '情况报告' }, { id: '答复', label: '答复报告' }, { id: '报送', label: '报送报告' }],
    hasRecipients: true,
  },
  {
    id: '请示', article: '（十一）', definition: '适用于向上级机关请求指示、批准。', direction: 'up',
    suffixes: ['请示'],
    closings: ['妥否，请批示。', '当否，请批示。', '妥否，请批复。', '当否，请批复。', '以上请示，请予审批。', '特此请示，请予批复。', '以上请示妥否，请批示。', '以上请示当否，请批复。'],
    openings: ['为……，现就……请示如下：'],
    kinds: [{ id: '请求批准', label: '请求批准的请示' }, { id: '请求指示', label: '请求指示的请示' }],
    hasRecipients: true,
  },
  {
    id: '批复', article: '（十二）', definition: '适用于答复下级机关请示事项。', direction: 'down',
    suffixes: ['批复'], closings: ['此复。', '特此批复。'],
    openings: ['你单位《关于……的请示》（……〔……〕……号）收悉。经研究，现批复如下：'], kinds: [], hasRecipients: true,
  },
  {
    id: '议案', article: '（十三）',
    definition: '适用于各级人民政府按照法律程序向同级人民代表大会或者人民代表大会常务委员会提请审议事项。',
    direction: 'up', suffixes: ['议案'], closings: ['现提请审议。', '请予审议。'], openings: [], kinds: [], hasRecipients: true,
  },
  {
    id: '函', article: '（十四）', definition: '适用于不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项。',
    direction: 'parallel', suffixes: ['复函', '函'],
    closings: ['特此函告。', '请予函复。', '盼复。', '请予支持为盼。', '请予批准为盼。', '此复。', '特此函复。', '特此函复。此复。'],
    openings: ['贵单位《关于……的函》收悉。经研究，现函复如下：'],
    kinds: [{ id: '商洽', label: '商洽函' }, { id: '询问', label: '询问函' }, { id: '答复', label: '答复函（复函）' }, { id: '请批', label: '请批函' }, { id: '审批', label: '审批函' }],
    hasRecipients: true,
  },
  {
    id: '纪要', article: '（十五）', definition: '适用于记载会议主要情况和议定事项。', direction: 'varies',
    suffixes: ['会议纪要', '纪要'], closings: [], openings: ['××××年×月×日，……主持召开……会议，……。现将会议议定事项纪要如下：'], kinds: [], hasRecipients: false,
  },
];

const BY_ID = new Map<GenreId, Genre>(GENRES.map((g) => [g.id, g]));

export function getGenre(id: GenreId): Genre {
  const g = BY_ID.get(id);
  if (!g) throw new Error(`unknown genre ${id}`);
  return g;
}

export function isGenreId(s: string): s is GenreId {
  return BY_ID.has(s as GenreId);
}

/** Every statutory suffix with its genre, longest first, so 通报 never matches as 报 and 复函 wins over 函. */
const SUFFIXES: ReadonlyArray<{ suffix: string; genre: GenreId }> = GENRES.flatMap((g) =>
  g.suffixes.map((suffix) => ({ suffix, genre: g.id })),
).sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * The statutory genre a title ends with (longest match), and the suffix that matched. A genre word spaced
 * out as 版头 titles are (通　知, 批 复) matches too: `length` is then its length in the title, spaces included.
 */
export function matchGenreSuffix(title: string): { genre: GenreId; suffix: string; length: number } | undefined {
  const plain = matchPlainSuffix(title);
  if (plain) return { ...plain, length: plain.suffix.length };
  // 批 复 / 通　知: the last characters with single spaces between them.
  const spaced = /(?:[\u4e00-\u9fff][ \u3000]{1,3}){1,3}[\u4e00-\u9fff]$/.exec(title);
  if (!spaced) return undefined;
  const m = matchPlainSuffix(spaced[0].replace(/[ \u3000]+/g, ''));
  if (!m) return undefined;
  // The suffix's span in the spaced text: walk back over as many characters as it has.
  let k = title.length;
  for (let n = 0; n < m.suffix.length; ) if (!/[ \u3000]/.test(title[--k])) n++;
  // Only the spaced genre word itself, not a word before it that lost a space (……的 批 复 → 批 复).
  return { ...m, length: title.length - k };
}

function matchPlainSuffix(title: string): { genre: GenreId; suffix: string } | undefined {
  for (const s of SUFFIXES) {
    if (title.endsWith(s.suffix)) {
      // 令 alone needs care: "…条令" "…法令" are names, not the genre; accept …令 only after 第N号 or an org (…政府令, 主席令).
      // (禁火令, 封山令, 禁渔令, 禁捕令, 禁牧令, 通缉令: the 强制性措施 a government announces by 令.)
      if (s.suffix === '令' && !/(政府|主席|国务院|部|委员会|署|局|总局|厅|办公厅|嘉奖|特赦|动员|戒严|禁火|封山|禁渔|禁捕|禁牧|禁猎|禁伐|通缉|防火)令$/.test(title)) continue;
      // 函 after a non-word char only when it is the whole genre word (…的函, …复函, …公函).
      return { genre: s.genre, suffix: s.suffix };
    }
  }
  return undefined;
}

/** Words drafters use as if they were genres (RULEBOOK genre-nonstatutory), longest first. */
export const NONSTATUTORY_GENRES: ReadonlyArray<{ word: string; suggest: GenreId[]; hard: boolean }> = [
  { word: '申请报告', suggest: ['请示', '函'], hard: true },
  { word: '申请书', suggest: ['请示', '函'], hard: true },
  { word: '总结报告', suggest: ['报告'], hard: false },
  { word: '情况报告', suggest: ['报告'], hard: false },
  { word: '任免报告', suggest: ['报告', '通知'], hard: false },
  { word: '请求', suggest: ['请示', '函'], hard: true },
  { word: '请示书', suggest: ['请示'], hard: true },
  { word: '报告书', suggest: ['报告'], hard: false },
  { word: '安排意见', suggest: ['通知', '意见'], hard: false },
  { word: '倡议书', suggest: ['通知', '意见'], hard: false },
  { word: '建议书', suggest: ['意见', '函'], hard: false },
  { word: '情况汇报', suggest: ['报告'], hard: true },
  { word: '工作汇报', suggest: ['报告'], hard: true },
  { word: '工作总结', suggest: ['报告'], hard: false },
  { word: '工作计划', suggest: ['意见', '通知'], hard: false },
  { word: '工作要点', suggest: ['通知', '意见'], hard: false },
  { word: '实施方案', suggest: ['通知', '意见'], hard: false },
  { word: '工作方案', suggest: ['通知', '意见'], hard: false },
  { word: '工作安排', suggest: ['意见', '通知'], hard: false },
  { word: '工作打算', suggest: ['意见'], hard: false },
  { word: '情况说明', suggest: ['报告', '函'], hard: false },
  { word: '汇报', suggest: ['报告'], hard: true },
  { word: '申请', suggest: ['请示', '函'], hard: true },
  { word: '报批', suggest: ['请示', '函'], hard: true },
  { word: '总结', suggest: ['报告'], hard: false },
  { word: '计划', suggest: ['意见', '通知'], hard: false },
  { word: '安排', suggest: ['意见', '通知'], hard: false },
  { word: '打算', suggest: ['意见'], hard: false },
  { word: '要点', suggest: ['通知', '意见'], hard: false },
  { word: '方案', suggest: ['通知', '意见'], hard: false },
  { word: '说明', suggest: ['报告', '函'], hard: false },
  { word: '简报', suggest: ['通报', '报告'], hard: false },
  { word: '建议', suggest: ['意见', '函'], hard: false },
  { word: '指示', suggest: ['通知', '决定'], hard: false },
];

export function matchNonstatutorySuffix(title: string): (typeof NONSTATUTORY_GENRES)[number] | undefined {
  for (const n of NONSTATUTORY_GENRES) if (title.endsWith(n.word)) return n;
  return undefined;
}
