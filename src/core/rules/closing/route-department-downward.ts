import { t } from '../../messages';
import type { Suggestion } from '../../types';
import { genreWordFix } from '../genre/title-tools';
import type { RuleDefinition } from '../types';
import { issuerOf, rankOf } from './phrases';

/** A working department of a government or Party committee (××市财政局, ××县教育委员会), not the government itself. */
const DEPARTMENT = /(?:局|厅|委员会|委)$/;
const NOT_DEPARTMENT = /人民政府|政府|党委|办公厅|办公室|常委会|人大|政协|[省市县区旗]委$/;
/** A people's government named in the 主送 (各区、县人民政府, ××镇人民政府), with the level of its place. */
const GOVERNMENT = /(自治区|省|市|州|盟|县|旗|区|乡|镇)(?:（[^）]*）|\([^)]*\))?人民政府/g;
/** 经市政府同意, 经县人民政府同意: the document goes down on its government's authority (条例第十六条). */
const WITH_CONSENT = /经[^，。；]{0,12}(?:人民政府|政府|党委)[^，。；]{0,4}同意/;
/** Genres that direct: the 函 is how a department writes to a lower government (商洽, 询问, 答复, 审批). */
const DIRECTING = new Set(['通知', '通报', '决定', '意见']);

export const routeDepartmentDownward: RuleDefinition = {
  meta: {
    id: 'route-department-downward',
    title: '部门不向下级政府发指令性公文',
    description:
      '政府的工作部门（××市财政局）以通知、通报、决定、意见主送下一级人民政府（各区、县人民政府）。条例第十六条（四）规定，' +
      '部门除以函的形式商洽工作、询问和答复问题、审批事项外，一般不得向下一级党委、政府行文；经本级政府同意行文并在文中注明（“经市政府同意”）的不报。',
    category: 'route',
    basis: '条例',
    source: '条例第十六条（三）（四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const rec = ctx.doc.recipients;
    if (!g || !rec || !DIRECTING.has(g.genre.id)) return;
    // A 会办意见 or an answer on a deputy's 建议 / a member's 提案 is a reply between offices, not a directive.
    if (/提案|建议|议案|会办|答复/.test(ctx.doc.title?.text ?? '')) return;
    const issuer = issuerOf(ctx).trim();
    if (!DEPARTMENT.test(issuer) || NOT_DEPARTMENT.test(issuer)) return;
    const level = rankOf(issuer);
    if (!level) return;
    let lower: RegExpExecArray | undefined;
    for (const m of rec.text.matchAll(GOVERNMENT)) {
      if (rankOf(m[1]) < level) {
        lower = m as RegExpExecArray;
        break;
      }
    }
    if (!lower) return;
    if (ctx.doc.paragraphs.some((p) => WITH_CONSENT.test(p.text))) return;
    const suggestions: Suggestion[] = [];
    const fix = genreWordFix(ctx, '函');
    if (fix) suggestions.push({ title: t('route-department-downward.suggestLetter'), fix });
    const start = rec.start + lower.index;
    ctx.report({
      range: [start, start + lower[0].length],
      message: t('route-department-downward.found', { issuer, genre: g.genre.id, recipient: lower[0] }),
      suggestions,
    });
  },
};
