import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches } from './phrases';

/** Begging a reader (恳请, 拜托, 万望, 在百忙之中, 拨冗): the words of a request to a superior, not of a body that directs. */
const HUMBLE = /恳请|拜托|万望|乞请|恳求|在百忙之中|百忙之中|拨冗|支持为盼|配合为盼/g;
/** Genres that direct or answer those below the sender. */
const DOWNWARD = new Set(['通报', '决定', '批复', '命令', '决议']);
/** A 主送 that lists subordinates: 各区县教育局, 各乡镇人民政府, 局属各学校. */
const SUBORDINATES = /^各|属各|直各|下属|所属/;

export const toneDownwardHumble: RuleDefinition = {
  meta: {
    id: 'tone-downward-humble',
    title: '下行文不用恳求用语',
    description:
      '通知、意见（主送各下级机关时）、通报、决定、批复、命令中出现“恳请”“拜托”“万望”“百忙之中”等恳求用语。下行文是上级机关向下级机关部署工作、提出要求，' +
      '语气应当庄重、明确（“请……”“要……”“务必……”）；恳求用语是请示等上行文的口吻。',
    category: 'tone',
    basis: '实务',
    source: '实务（公文语气：上行文谦敬，下行文庄重明确）；条例第十六条',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    if (!id) return;
    // A 通知 or an 意见 addressed to subordinates (各区县教育局, 局属各单位) directs them too.
    const toSubordinates = (id === '通知' || id === '意见') && SUBORDINATES.test(ctx.doc.recipients?.text ?? '');
    if (!DOWNWARD.has(id) && !toSubordinates) return;
    for (const m of bodyMatches(ctx, HUMBLE)) {
      ctx.report({
        range: [m.start, m.end],
        message: t('tone-downward-humble.found', { genre: id, found: m.text }),
        suggestions: [{ title: t('tone-downward-humble.suggest'), fix: { range: [m.start, m.end], text: '请' } }],
      });
    }
  },
};
