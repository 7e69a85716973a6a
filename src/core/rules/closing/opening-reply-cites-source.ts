import { t } from '../../messages';
import { issuedBeforeYear } from '../format/shared';
import type { RuleDefinition } from '../types';
import { closingZone, isReplyLetter, sentencesOf } from './phrases';

/**
 * 《关于……的请示》（……号）收悉 — a cited document followed by 收悉 in the same sentence. State Council
 * replies also cite by the bare title (你部关于……的请示收悉), older ones by the number (你局黄民〔2007〕42号文收悉).
 */
const CITES = /(?:《[^》]+》|关于[^。！？]{2,120}?(?:请示|函|报告|建议|提案|议案|意见)|[〔［\[(（【][0-9]{4}[〕］\])）】][0-9]+号(?:文|函|请示)?)[^。！？]{0,80}?(?:收悉|收到|已悉|审核|答复如下|办理情况|研究)|《[^》]*(?:请示|函|报告|申请)》[（(][^）)]*[0-9]+号[）)]/;

/** 贵委3月5日来函收悉, 你省报来的请示收悉: the request named by its date or as the one sent in. */
const BY_DATE = /(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|报来|报送|呈报)的?(?:来函|来文|请示|函|报告)[^。！？]{0,20}?收悉/;

/** 你单位就……建设项目压覆矿产资源的申请收悉: the request named by its matter. */
const BY_MATTER = /(?:你|贵)(?:们|单位|局|厅|委|办|市|县|区|省|镇|乡|公司|院|校|会)?(?:申请|请示|报来|报送|上报)的[^。！？]{2,60}?(?:事项|工作|请示|申请|报告|函)|(?:你|贵)(?:单位|局|厅|委|办|市|县|区|省|镇|乡|公司|院|校|会)?就[^。！？]{4,160}?(?:申请|请示|来函|函|报告|问题|事宜|事项)[^。！？]{0,10}?收悉/;

const EXAMPLE: Record<string, string> = {
  批复: '你局《关于……的请示》（××〔2024〕12号）收悉。经研究，现批复如下：',
  函: '贵单位《关于……的函》（××〔2024〕12号）收悉。经研究，现函复如下：',
};

export const openingReplyCitesSource: RuleDefinition = {
  meta: {
    id: 'opening-reply-cites-source',
    title: '批复、复函开头引来文',
    description:
      '批复、复函的前两句没有引述来文（“你局《关于……的请示》（……号）收悉”）。实务通常先引来文标题、再引发文字号，用“收悉”，再写答复意见。',
    category: 'closing',
    basis: '实务',
    source: '实务（批复、复函开头语）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    if (id !== '批复' && id !== '函') return;
    if (id === '函' && !isReplyLetter(ctx.doc, g) && !closingZone(ctx.doc, 2).some((s) => /^(此复|特此函复)/.test(s.text.trim()))) return;
    const opening = sentencesOf(ctx.doc, ctx.doc.paragraphs.slice(0, 2)).slice(0, 2);
    if (!opening.length || opening.some((s) => CITES.test(s.text) || BY_DATE.test(s.text) || BY_MATTER.test(s.text))) return;
    // An opening left out of an excerpt (……) cannot be judged; nor a fragment that holds its closing only (特此函复。).
    if (/^[…. 。·\s\u3000]+$/.test(opening[0].text)) return;
    if (/^(?:此复|特此(?:函复|批复|函告))[。！!]?$/.test(opening[0].text.trim())) return;
    // An answer to a deputy's 建议 or a member's 提案 (and a 协办意见 on one) opens with the proposal itself.
    if (/建议|提案|议案/.test(ctx.doc.title?.text ?? '')) return;
    // 现将……《关于……的批复》转发给你们: a 通知 that forwards a 批复 (its own title lost), not a reply.
    if (/^现将[^。]{0,80}?(?:转发|印发|转)/.test(opening[0].text.trim())) return;
    const first = opening[0];
    const lead = first.text.length - first.text.trimStart().length;
    ctx.report({
      // Before GB/T 9704-1999 and the 办法 of 2000 no form of the opening was fixed (a 1964 复函 opens with the case): a hint.
      severity: issuedBeforeYear(ctx.doc, 2000) ? 'info' : undefined,
      range: [first.start + lead, first.end],
      message: t('opening-reply-cites-source.found', { genre: id === '函' ? '复函' : id, example: EXAMPLE[id] }),
    });
  },
};
