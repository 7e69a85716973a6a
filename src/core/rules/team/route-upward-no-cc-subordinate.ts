import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { departmentOf, issuerOf, leads, rankOf } from '../closing/phrases';
import { listNames, matchName, UNIT_LINE } from './org';

/** Bodies that are subordinate by their very name (RULEBOOK §C), for units without a profile. */
const SUBORDINATE_LOOKING =
  /^(?:[局委办厅处院]属|所属|下属|直属)各|^各(?:乡镇|乡、镇|街道|乡镇（街道）|乡镇\(街道\)|科室|处室|区县|县区|区、县|县、区|县（市、区）|县\(市、区\)|县（区）|区（县）|县（市）|市、县|县（市）、区|[区县市乡镇]$|村(?:（社区）|\(社区\)|、社区|居委会)?$|社区$|行政村$|所属单位|直属单位|下属单位|二级单位|基层单位|学院|院系|系部|二级学院)|^(?:学校|本校|全校)各(?:学院|院系|部门|单位)/;

/** A people's government (or a Party committee) with its place: ××县人民政府, 中共××市委. */
const GOVERNMENT = /^(?:中共)?(.{1,12}?(?:自治区|省|市|州|盟|县|旗|区|乡|镇))(?:人民政府|政府|委员会|委)$/;

/** Whether a unit's name starts with the sender's place or level (县实验幼儿园, 梅溪县实验幼儿园 under 梅溪县教育局), or has none. */
function sameLevelPlace(issuer: string, name: string): boolean {
  const d = departmentOf(issuer, true);
  if (!d) return false;
  if (d.place && name.startsWith(d.place)) return true;
  return name.startsWith(d.level) || !/^[^、，]{1,8}?(?:省|市|县|区|州|旗|乡|镇)/.test(name);
}

/** An office of the sender named without a place (财务处, 医学影像科, 综合科): one of its own internal units. */
const INTERNAL_UNIT = /^[^省市县区乡镇州旗盟、，]{1,5}(?:科|处)$/;

/**
 * A body that the issuing government leads, judged from the names alone: one of its own working departments
 * (南溪县人民政府 and 县住房城乡建设局 or 南溪县财政局), or a people's government of a lower level (南溪镇人民政府).
 */
function ledByIssuer(issuer: string, name: string): boolean {
  // The same line of work a level down (市住房和城乡建设局 → 各区住房和城乡建设局), or the issuer's own offices named
  // bare (设备处, 医学影像科): both under the sender.
  if (issuer && leads(name.replace(/^各/, ''), issuer)) return true;
  if (INTERNAL_UNIT.test(name) && !/办事处|管理处|事务处/.test(name)) return true;
  // A 街道 or a 乡镇 over its 社区居委会 and 村委会; a line of work's department over the schools, hospitals… of its line
  // (县教育局 over 县实验幼儿园).
  if (/(?:街道办事处|街道|乡|镇)(?:人民政府)?$/.test(issuer) && /(?:社区|居民委员会|居委会|村民委员会|村委会)$/.test(name)) return true;
  const line = UNIT_LINE.find(([unit]) => unit.test(name));
  if (line && line[1].test(issuer) && departmentOf(issuer, true) && sameLevelPlace(issuer, name)) return true;
  const gov = GOVERNMENT.exec(issuer);
  if (!gov) return false;
  const place = gov[1];
  const dept = departmentOf(name, true);
  if (dept) return dept.place ? dept.place === place : place.endsWith(dept.level);
  const lower = GOVERNMENT.exec(name);
  if (!lower || !/人民政府$/.test(name)) return false;
  const [from, to] = [rankOf(place), rankOf(lower[1])];
  return from > 0 && to > 0 && to < from;
}

const CC_LABEL = /^(?:抄送(?:单位|机关)?|抄报|报送|分送|报|送)[\s\u3000]*[:：]?[\s\u3000]*/;

export const routeUpwardNoCcSubordinate: RuleDefinition = {
  meta: {
    id: 'route-upward-no-cc-subordinate',
    title: '上行文不抄送下级机关',
    description: '请示、报告的抄送机关中有下级机关：按本机关概况（organization.subordinates）认定的报错误，仅凭名称推断的报警告：各乡镇、各科室、各直属单位……，人民政府发文时本级政府的工作部门（××县人民政府抄送县财政局）和下级人民政府，工作部门发文时下一级的同一系统部门（市住房和城乡建设局抄送各区住房和城乡建设局），以及本单位的内设处室（财务处、医学影像科）。',
    category: 'route',
    basis: '条例',
    source: '条例第十五条（一）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const genre = ctx.genre?.genre.id;
    if (genre !== '请示' && genre !== '报告') return;
    const subordinates = ctx.config.organization?.subordinates;
    const issuer = issuerOf(ctx);
    for (const el of ctx.doc.colophon) {
      if (el.kind !== 'cc') continue;
      const names = listNames(el, ctx.text, CC_LABEL);
      for (const n of names) {
        const configured = matchName(n.text, subordinates);
        const heuristic = !configured && (SUBORDINATE_LOOKING.test(n.text) || ledByIssuer(issuer, n.text));
        if (!configured && !heuristic) continue;
        ctx.report({
          range: [n.start, n.end],
          message: t(configured ? 'route-upward-no-cc-subordinate.configured' : 'route-upward-no-cc-subordinate.heuristic', { name: n.text, genre }),
          severity: configured ? 'error' : 'warning',
          suggestions: [{ title: t('route-upward-no-cc-subordinate.suggest', { name: n.text }), fix: { range: names.length === 1 ? [el.start, el.end] : [n.sepStart, n.sepEnd], text: '' } }],
        });
      }
    }
  },
};
