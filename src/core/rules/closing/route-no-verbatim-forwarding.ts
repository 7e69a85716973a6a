import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches, ownText } from './phrases';

/** Forwarding a subordinate's 请示: 转报, 现将××镇《关于……的请示》报上/呈报. */
const FORWARD = /转报|转呈|随文报上|现将[^。]{0,60}?的请示[》”]?[^。]{0,20}?(?:报上|上报|呈报|报送)/g;
/** What asks the recipient to do the forwarding: 恳请市政府审核后（转报）, 请予（转报）. */
const ASKS_TO_FORWARD = /(?:恳请|请求|烦请|报请|请(?!示))[^。，；！？\n]{0,20}$/;
/** The issuer's own leaning opinion (倾向性意见). */
const OPINION = /我(?:局|委|厅|办|部|院|们|县|区|市|镇|乡|中心|单位|处|司|校)[^。]{0,6}?(?:认为|同意|建议|倾向|意见)|经(?:认真)?(?:研究|审核|审查|调查|核实|论证)|拟同意|建议|同意该|同意[^。]{0,20}?(?:意见|请示|申请)/;

export const routeNoVerbatimForwarding: RuleDefinition = {
  meta: {
    id: 'route-no-verbatim-forwarding',
    title: '转报请示须提出倾向性意见',
    description:
      '请示转报下级机关的请示（“转报”“现将……的请示报上”），但正文没有本机关的倾向性意见（“经研究，我局同意……”“建议……”）。' +
      '条例第十五条（三）规定应当提出倾向性意见后上报，不得原文转报上级机关。',
    category: 'route',
    basis: '条例',
    source: '条例第十五条（三）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    if (ctx.genre?.genre.id !== '请示') return;
    // 恳请市政府审核后转报省人民政府: asking the recipient to forward this 请示 further is not forwarding another's.
    const forwards = bodyMatches(ctx, FORWARD).filter((m) => !ASKS_TO_FORWARD.test(ownText(ctx.doc, Math.max(0, m.start - 24), m.start)));
    if (!forwards.length) return;
    for (const p of ctx.doc.paragraphs) {
      const m = OPINION.exec(p.text);
      if (m && !ctx.isQuoted(p.start + m.index, p.start + m.index + m[0].length)) return;
    }
    const f = forwards[0];
    ctx.report({ range: [f.start, f.end], message: t('route-no-verbatim-forwarding.found') });
  },
};
