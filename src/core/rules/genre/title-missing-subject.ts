import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { titleBody } from './title-tools';

/** 公告、通告、令、公报、纪要、决议 may be titled by issuer and genre alone (××市人民政府通告). */
const EXEMPT = new Set(['公告', '通告', '命令', '公报', '纪要', '决议', '议案']);
/** The head is nothing but an organisation's name. */
const ORG_ONLY = /^[\u4e00-\u9fff×○〇ＸxX、 \u3000]{2,60}(?:人民政府|政府|办公厅|办公室|委员会|党委|党组|总局|局|厅|委|署|院|部|办事处|中心|公司|集团|学校|大学|学院|街道|乡|镇)$/;

export const titleMissingSubject: RuleDefinition = {
  meta: {
    id: 'title-missing-subject',
    title: '标题缺少事由',
    description:
      '标题只有发文机关和文种（“××县人民政府请示”“××局通知”），没有写明事由。条例第九条（七）规定标题由发文机关名称、事由和文种组成；' +
      '公告、通告、令、公报、纪要可只写发文机关和文种，不在此列。',
    category: 'title',
    basis: '条例',
    source: '条例第九条（七）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const g = ctx.genre;
    if (!g || g.source !== 'title' || !g.word || g.doubled || EXEMPT.has(g.genre.id)) return;
    const body = titleBody(ctx);
    if (!body) return;
    const { bare, head } = body;
    if (!head || /关于|转发|批转|印发|发布|颁发|公布/.test(head) || !ORG_ONLY.test(head)) return;
    ctx.report({ range: [bare.start, bare.end], message: t('title-missing-subject.found', { issuer: head, genre: g.word.text }) });
  },
};
