import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches, issuerOf, LEVEL_RANK, rankOf, isReplyLetter } from './phrases';

/** 你局 / 你单位 / 你们: how a superior addresses a subordinate. */
const PLAIN = /你(部|局|委|厅|办|单位|院|校|省|市|区|县|司|处|科|中心|们)/g;
/** 贵局 / 贵单位: the courtesy form for peers (not 富贵、宝贵、珍贵…). */
const POLITE = /(?<![富显珍宝高权昂可名尊华])贵(部|局|委|厅|办|单位|院|校|省|市|区|县|司|公司|中心)/g;

const UPWARD = new Set(['请示', '报告', '议案']);
const DOWNWARD = new Set(['批复', '通知', '通报', '决定', '命令']);
/** A 函 replying to a 请示 (你省《关于……的请示》收悉) is an answer to a subordinate: 你省 is right. */
const ANSWERS_REQUEST = /(?:《[^》]*请示》|关于[^。]{2,120}?请示)[^。]{0,60}?收悉/;
/**
 * Bodies that stand above whoever they call 你部/你省/你局 (国务院办公厅 to a ministry, a provincial government's
 * office to a city): their 函 speaks downward, so 你× is right. Unknown issuers are not judged.
 */
const SUPERIOR_ISSUER = /^(?:中共中央|国务院|全国人大常委会|最高人民法院|最高人民检察院|最高法院|最高检察院|中共[^，、]{1,10}?(?:省|自治区|市|县|区)委|[^，、]{1,12}?(?:省|自治区|市|州|盟|县|区|旗)人民政府)(?:办公厅|办公室)?/;

export const addressDirection: RuleDefinition = {
  meta: {
    id: 'address-direction',
    title: '称谓与行文方向',
    description:
      '上行文或函称对方“你局”“你单位”“你们”（警告：这是上级对下级的称谓，函应称“贵局”）；下行文称下级“贵局”（提示）。' +
      '答复请示的函（“你省《关于……的请示》收悉”）是对下级的答复，不报。',
    category: 'tone',
    basis: '实务',
    source: '实务（公文称谓）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    if (!id) return;
    if (UPWARD.has(id) || id === '函') {
      if (id === '函' && ctx.doc.paragraphs.slice(0, 2).some((p) => ANSWERS_REQUEST.test(p.text))) return;
      if (id === '函' && SUPERIOR_ISSUER.test(issuerOf(ctx))) return;
      // An answer to a deputy's 建议 or a member's 提案 speaks to persons, and an approval of a project (审批) to
      // whoever applied: who stands above whom cannot be told from the text, so neither is judged.
      // An approving 函 (关于同意……的复函) answers the applicant from the body that holds the power to approve: 你局 there is the
      // established address.
      if (id === '函' && /建议|提案|议案|审批|可研|项目|关于(?:原则)?(?:同意|批准|准予)/.test(ctx.doc.title?.text ?? '')) return;
      const issuerRank = id === '函' ? rankOf(issuerOf(ctx)) : 0;
      for (const m of bodyMatches(ctx, PLAIN)) {
        // A city's office writing to a county (你县): a body of a higher level speaks downward.
        // 你们 / 你单位 name no level: the 主送's place tells it (a 市政府 answering a 区's 街道办事处).
        const addressed = LEVEL_RANK[m.groups[0]] ?? (rankOf(ctx.doc.recipients?.text ?? '') || 9);
        if (issuerRank && issuerRank > addressed) continue;
        const unit = m.groups[0] === '们' ? '单位' : m.groups[0];
        const polite = `贵${unit}`;
        ctx.report({
          range: [m.start, m.end],
          message: id === '函'
            ? t('address-direction.letter', { found: m.text, polite })
            : t('address-direction.upward', { genre: id, found: m.text }),
          // Between bodies of one level (东川市卫生健康委员会 → 东川市公安局) published 函 write 你局 as often as 贵局: a hint.
          // A 复函 answering a body's letter (你校《关于……的函》收悉) from the authority over its matter: a hint too.
          severity: id === '函' && ((issuerRank > 0 && issuerRank === addressed) || isReplyLetter(ctx.doc, ctx.genre)) ? 'info' : 'warning',
          suggestions: id === '函' ? [{ title: t('address-direction.suggest', { text: polite }), fix: { range: [m.start, m.end], text: polite } }] : [],
        });
      }
    } else if (DOWNWARD.has(id)) {
      for (const m of bodyMatches(ctx, POLITE)) {
        const plain = `你${m.groups[0]}`;
        ctx.report({
          range: [m.start, m.end],
          message: t('address-direction.downward', { genre: id, found: m.text, plain }),
          severity: 'info',
          suggestions: [{ title: t('address-direction.suggest', { text: plain }), fix: { range: [m.start, m.end], text: plain } }],
        });
      }
    }
  },
};

