/**
 * 易混字词 as data. Each entry: the wrong form, the right form, the context in which it is wrong, whether
 * the replacement is certain (then it is a fix, else a suggestion), and the reason shown to the drafter.
 * Source of the list: psknlr/GONGWEN `src/gongwen/knowledge/seed/lexicon.yaml` (`wording`, 实务), cited by
 * RULEBOOK §H `wording-confusables`; 必需品 follows the same 必需/必须 distinction.
 */
export interface Confusable {
  /** The text flagged. */
  wrong: string;
  /** What replaces `wrong` (same span). */
  right: string;
  /** Only wrong when followed by this (tested on the text right after `wrong`). */
  followedBy?: RegExp;
  /** Not wrong when followed by this. */
  notFollowedBy?: RegExp;
  /** A certain, mechanical replacement (fix) or a suggestion to weigh. */
  certain: boolean;
  reason: string;
}

export const CONFUSABLES: readonly Confusable[] = [
  { wrong: '其它', right: '其他', certain: true, reason: '公文统一用“其他”' },
  {
    wrong: '截止',
    right: '截至',
    // 截止 takes no object: 截止日期、截止时间、报名截止 are right; 截止到 is accepted.
    followedBy: /^[ \u3000]*(?:[0-9０-９]|[一二三四五六七八九十〇]+[年月日时点]|目前|当前|今天|今日|昨天|昨日|现在|本月|本周|本年|今年|上年|去年|上月|上周|年底|年末|月底|月末|上午|下午|中午|晚上|凌晨|发稿|统计时|此时)/,
    certain: true,
    reason: '“截至”后带时间宾语，“截止”不带宾语（截止日期、截止时间、报名截止是对的）',
  },
  { wrong: '交待', right: '交代', certain: true, reason: '交接、嘱咐、说明用“交代”' },
  { wrong: '情况反应', right: '情况反映', certain: true, reason: '告知、表现用“反映”' },
  { wrong: '所必须的', right: '所必需的', certain: true, reason: '“必需”表示不可少，“必须”是副词' },
  { wrong: '必须品', right: '必需品', certain: true, reason: '“必需”表示不可少，“必须”是副词' },
  {
    wrong: '必需',
    right: '必须',
    // 必需 before a verb or an adverb (必需坚守岗位): the adverb 必须 is meant; 必需品、必需的、所必需 stay.
    followedBy: /^(?:坚持|坚守|坚决|遵守|遵循|做到|做好|按照|按时|严格|认真|切实|全面|立即|及时|确保|加强|落实|服从|执行|高度|从严|依法|依照|予以|始终|一律|注意|保证|保持|重视|明确|经过|进一步|采取|开展|建立|完善|组织|提供|配备|实行|实施|进行|履行|尽快|马上|在|于|将|把|由|是|有|要|得|能|以|对|向|经)/,
    certain: false,
    reason: '“必须”是副词，用在动词前（必须坚守岗位）；“必需”是“不可缺少”（必需品）。见 http://www.tyusoft.com/shbk/202506/141112.html',
  },
  { wrong: '藉此', right: '借此', certain: true, reason: '“藉”表凭借义已简化为“借”' },
  { wrong: '通讯畅通', right: '通信畅通', certain: true, reason: '信息传递用“通信”' },
  {
    wrong: '法制建设',
    right: '法治建设',
    certain: false,
    reason: '依法治理的动态过程用“法治”，指法律制度本身时“法制”也对，请按文意确认',
  },
];
