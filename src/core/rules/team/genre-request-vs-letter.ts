import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { departmentOf, issuerOf, leads, sameGovernment } from '../closing/phrases';
import { listNames, matchName, type NameSpan, UNIT_LINE } from './org';

/** A 函 that asks for approval (the converse case: to a superior that should be a 请示). */
/** 恳请县人民政府拨付……资金: money asked of the recipient. */
const FUNDS_ASKED = /(?:恳请|请求|拟请|请)[^，。；！？]{0,16}?(?:拨付|核拨|拨给|增拨|追加|划拨|下拨|安排)[^，。；！？]{0,20}?(?:资金|经费|款项|补助|万元)/;
const APPROVAL_REQUEST = /请(?:予以?)?(?:批准|审批|批复)|恳请(?:批准|审批)|请批示|商请[^，。；！？]{0,12}?(?:批准|审批|同意)/;

function titleWordSuggestion(ctx: RuleContext, to: string, key: 'genre-request-vs-letter.suggestLetter' | 'genre-request-vs-letter.suggestRequest'): Suggestion[] {
  const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
  if (!word) return [];
  return [{ title: t(key), fix: { range: [word.start, word.end], text: to } }];
}

/** 商请××, or 请/恳请 a body (not a government or Party committee) to 协助/配合/支持/提供: asking for help, a 函's words. */
const PEER_ASK = /^(?:商请[^的]{0,16}?(?:局|厅|委|办|院|中心|公司|所|站|部)?|(?:恳请|请求|请)(?![^的]{0,12}?(?:人民政府|政府|党委|党组))[^的，]{1,14}?(?:局|厅|委|办|院|中心|公司|所|站|部)(?:协助|配合|支持|帮助|提供|协调))/;
/**
 * 关于请县公安局在医院周边增设警务室的请示: the title asks a named working department (a place or level, then
 * ……局/厅/委/中心) to act. A 请示 goes to the writer's own superior, which the title does not name; asking a
 * named department that is not a government is a 函 (the issuer's own line, 县公安局 over a 派出所, excepted).
 */
const NAMED_BODY_ASK = /^(?:恳请|请求|请)((?:[省市县区州乡镇]|[\u4e00-\u9fff]{2,6}?[省市县区州])[^的，、]{1,10}?(?:局|厅|委|办|中心|公司|所|站|队|院|行|社))(?=在|为|对|给|向|于|将|帮|派|出|尽快|予以|协助|配合|支持|帮助|提供|协调|解决|拨|增|设|安排|审批|办理|核发|同意|批准)/;
/** 关于办理……用地规划许可的请示: an administrative licence is asked of the licensing department, by 函 (or its own form). */
const LICENCE = /^(?:申请)?(?:办理|核发|申领|颁发|审批)[^的]{0,24}?(?:许可证?|执照|证书|登记证|批准书)(?=的|$)/;
/** Asking a body to approve (批准, 同意): a 请示 when the body is the writer's superior, which the names may not show. */
const ASKS_APPROVAL = /^(?:批准|同意|审批|核准|审定)/;

/** Whether a 请示's title asks a named body that is not the issuer's superior, judged from the names alone. */
function asksNonSuperior(issuer: string, body: string, own: string, rest: string): boolean {
  if (GOVERNING.test(body) || (own && issuer.includes(own))) return false;
  const line = UNIT_LINE.find(([unit]) => unit.test(issuer));
  if (line) return !line[1].test(body);
  const from = departmentOf(issuer, true);
  const to = departmentOf(body, true);
  if (from && to && sameGovernment(from, to)) return true;
  return !ASKS_APPROVAL.test(rest);
}

/** A public institution that may receive a 请示 only from its own line: 档案馆, 图书馆, 博物馆, 医院, 研究院, 中心. */
const INSTITUTION = /(?:馆|医院|研究院|研究所|中心)$/;
/** A 街道 office or a 乡镇 (its people's government). */
const TOWNSHIP = /(?:街道办事处|街道|[乡镇]人民政府|[乡镇])$/;

type Relation = 'genre-request-vs-letter.relationOtherLine' | 'genre-request-vs-letter.relationTownship' | 'genre-request-vs-letter.relationInstitution';

/**
 * ××省教育厅财务处, 市财政局预算科: a body's internal division (处, 科, 股). It leads no one outside its body, so a 请示
 * is addressed to the body itself (a 街道办事处 or a 管理处 that is a unit of its own is not a division: a body's name comes first).
 */
const INTERNAL_DIVISION = /^(.{2,}?(?:厅|局|委员会|委|署))([^、，,（(]{1,8}?(?:处(?<!办事处|管理处)|科|股))$/;

/** Enterprises: led by their parent company or, when state-owned, by the 国资 commission; by no other department. */
const ENTERPRISE = /(?:公司|集团)$/;

/** A hospital, a school, an enterprise… writing to a government working department outside its own line of work. */
function unitAsksOtherLine(issuer: string, recipient: string): Relation | undefined {
  if (GOVERNING.test(recipient)) return undefined;
  const line = UNIT_LINE.find(([unit]) => unit.test(issuer));
  // 区图书馆 → 区档案馆: one public institution to another that is not of its line (no 馆 or 院 leads a 馆 of another line).
  if (!departmentOf(recipient, true)) {
    if (!line || !INSTITUTION.test(recipient) || line[1].test(recipient)) return undefined;
    const theirs = UNIT_LINE.find(([unit]) => unit.test(recipient));
    return !theirs || theirs[1].source !== line[1].source ? 'genre-request-vs-letter.relationInstitution' : undefined;
  }
  // A 街道 or a 乡镇 is led by the people's government above it, not by that government's working departments.
  if (TOWNSHIP.test(issuer)) return 'genre-request-vs-letter.relationTownship';
  const other = 'genre-request-vs-letter.relationOtherLine' as const;
  if (line) return line[1].test(recipient) ? undefined : other;
  // A people's organisation (残联, 妇联, 工会…) is led by the Party committee and the government, by no department.
  if (PEOPLES_ORGANISATION.test(issuer)) return other;
  return ENTERPRISE.test(issuer) && !/国有资产|国资/.test(recipient) ? other : undefined;
}

/** 群团组织: 残疾人联合会, 妇女联合会, 总工会, 团委, 科学技术协会, 工商业联合会, 红十字会, 文学艺术界联合会. */
const PEOPLES_ORGANISATION = /(?:残疾人联合会|残联|妇女联合会|妇联|总工会|团委|共青团[^，、]{0,8}委员会|科学技术协会|科协|工商业联合会|工商联|红十字会|文学艺术界联合会|文联|侨联|归国华侨联合会)$/;

/** A body that may stand above a department: a government, its office, a Party committee. */
const GOVERNING = /人民政府|政府|党委|[省市县区]委|委员会[:：]?$/;
export const genreRequestVsLetter: RuleDefinition = {
  meta: {
    id: 'genre-request-vs-letter',
    title: '向不相隶属机关请求批准用“函”',
    description: '请示只用于向上级机关请求指示、批准；主送机关按本机关概况（organization）是同级、不相隶属或下级机关时，应当用函。反之，向上级机关请求批准的“函”应为请示。没有配置本机关概况时，只凭名称判断：请示从一个政府工作部门主送同级政府的另一个工作部门（如××市司法局请示市财政局），或者医院、学校、企业主送本系统以外的政府工作部门（如县人民医院请示县人力资源和社会保障局）时提示。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十一）（十四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const org = ctx.config.organization;
    const genre = ctx.genre?.genre.id;
    const recipients = ctx.doc.recipients;
    // 关于商请市财政局……的请示, 关于请市公安局协助……的请示: the title itself asks a body for help, which is a 函's business.
    if (genre === '请示' && ctx.genre?.source === 'title' && ctx.doc.title) {
      const title = ctx.doc.title.text;
      const at = title.indexOf('关于');
      const matter = at >= 0 ? title.slice(at + 2) : '';
      const named = at >= 0 ? NAMED_BODY_ASK.exec(matter) : null;
      const own = named ? named[1].replace(/^(?:[省市县区州乡镇]|[\u4e00-\u9fff]{2,6}?[省市县区州])/, '').replace(/(?:局|厅|委|办|中心|公司|所|站|队|院|行|社)$/, '') : '';
      const m = at >= 0 ? PEER_ASK.exec(matter) ?? (named && asksNonSuperior(title.slice(0, at), named[1], own, matter.slice(named[0].length)) ? named : null) : null;
      const licence = at >= 0 && !m ? LICENCE.exec(matter) : null;
      // The peer asked (a warning) or the licence applied for (a hint); the title's text maps onto the document only
      // when it is one line.
      const found = m ? { hit: m, key: 'genre-request-vs-letter.titleAsksPeer' as const, severity: undefined } : licence ? { hit: licence, key: 'genre-request-vs-letter.titleLicence' as const, severity: 'info' as const } : undefined;
      if (found) {
        const start = ctx.doc.title.start + at + 2 + found.hit.index;
        if (ctx.text.slice(start, start + found.hit[0].length) === found.hit[0]) {
          ctx.report({
            range: [start, start + found.hit[0].length],
            message: t(found.key, { found: found.hit[0] }),
            severity: found.severity,
            suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
          });
          return;
        }
      }
    }
    if (!recipients || (genre !== '请示' && genre !== '函' && genre !== '报告')) return;
    const names = listNames(recipients, ctx.text);
    if (!names.length) return;
    if (!org) {
      // Without a profile only what the names themselves show: a 请示 from one working department of a
      // government to another of the same government (××市司法局 → 市财政局) goes to a body it is not under.
      if (genre === '函') {
        letterUpward();
        return;
      }
      if (genre === '报告') {
        reportToPeer();
        return;
      }
      if (genre !== '请示') return;
      const issuer = issuerOf(ctx);
      const division = names.length === 1 ? INTERNAL_DIVISION.exec(names[0].text.replace(/[:：，,。]$/, '')) : null;
      if (division && !issuer.startsWith(division[1])) {
        const n = names[0];
        const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
        ctx.report({
          range: word ? [word.start, word.end] : [n.start, n.end],
          message: t('genre-request-vs-letter.notSuperior', { recipient: n.text.replace(/[:：]$/, ''), relation: t('genre-request-vs-letter.relationInternal', { body: division[1], issuer: issuer || '本机关' }) }),
          suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
        });
        return;
      }
      // A unit led by one line of work (a hospital by 卫生健康, a school by 教育) or an enterprise (led, if at all, by the
      // 国资 commission) asking a working department of another line (医院 → 县人力资源和社会保障局): no superior of it.
      const relation = names.length === 1 ? unitAsksOtherLine(issuer, names[0].text.replace(/[:：，,。]$/, '')) : undefined;
      if (relation) {
        const n = names[0];
        const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
        ctx.report({
          range: word ? [word.start, word.end] : [n.start, n.end],
          message: t('genre-request-vs-letter.notSuperior', { recipient: n.text.replace(/[:：]$/, ''), relation: t(relation, { issuer }) }),
          suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
        });
        return;
      }
      const from = departmentOf(issuer);
      // Several recipients with a government or a Party committee among them are route-upward-single-recipient's.
      if (!from || names.some((n) => GOVERNING.test(n.text))) return;
      for (const n of names) {
        const to = departmentOf(n.text.replace(/[:：，,。]$/, ''));
        // The same government: the same place (××市), or a bare level (市财政局) that is the sender's own.
        if (!to || !sameGovernment(from, to)) continue;
        // The word to change is the 文种 (the squiggle sits on it when the title names it).
        const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
        ctx.report({
          range: word ? [word.start, word.end] : [n.start, n.end],
          message: t('genre-request-vs-letter.notSuperior', { recipient: n.text.replace(/[:：]$/, ''), relation: t('genre-request-vs-letter.relationSameLevel', { issuer: from.full }) }),
          suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
        });
        return;
      }
      return;
    }
    if (genre === '报告') return;
    const isSuperior = (n: NameSpan) => !!matchName(n.text, org.superiors);

    /**
     * Without a profile: a 报告 from one working department of a government to another of the same government (县教育局
     * → 县卫生健康局): a 报告 goes up, and a peer is told by 函.
     */
    function reportToPeer(): void {
      if (names.length !== 1 || GOVERNING.test(names[0].text)) return;
      const from = departmentOf(issuerOf(ctx));
      const to = departmentOf(names[0].text.replace(/[:：，,。]$/, ''));
      if (!from || !to || !sameGovernment(from, to)) return;
      const n = names[0];
      const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
      ctx.report({
        range: word ? [word.start, word.end] : [n.start, n.end],
        message: t('genre-request-vs-letter.reportToPeer', { recipient: n.text.replace(/[:：]$/, ''), issuer: from.full }),
        suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
      });
    }

    /**
     * Without a profile: a 函 (not a 复函) that asks one people's government for approval, sent by a people's
     * government of a lower level (××县人民政府 → ××市人民政府) or by one of its own working departments (××市教育局 →
     * 市人民政府): the recipient leads the sender, so the request is a 请示.
     */
    function letterUpward(): void {
      if (ctx.genre?.word?.text === '复函' || names.length !== 1) return;
      const to = names[0].text.replace(/[:：，,。]$/, '');
      if (!/^.{0,12}?(?:自治区|省|市|州|盟|县|旗|区)人民政府$/.test(to) || !leads(issuerOf(ctx), to)) return;
      const asks = ctx.doc.paragraphs.some((p) => {
        const m = APPROVAL_REQUEST.exec(p.text) ?? FUNDS_ASKED.exec(p.text);
        return !!m && !ctx.isQuoted(p.start + m.index, p.start + m.index + m[0].length);
      });
      if (!asks) return;
      const n = names[0];
      // The word to change is the 文种: the squiggle sits on it when the title names it.
      const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
      ctx.report({
        range: word ? [word.start, word.end] : [n.start, n.end],
        message: t('genre-request-vs-letter.letterToSuperior', { recipient: to }),
        suggestions: titleWordSuggestion(ctx, '请示', 'genre-request-vs-letter.suggestRequest'),
      });
    }

    if (genre === '请示') {
      if (names.some(isSuperior)) return;
      for (const n of names) {
        const peer = matchName(n.text, org.peers);
        const sub = peer ? undefined : matchName(n.text, org.subordinates);
        if (peer || sub) {
          ctx.report({
            range: [n.start, n.end],
            message: t('genre-request-vs-letter.notSuperior', {
              recipient: n.text,
              relation: t(peer ? 'genre-request-vs-letter.relationPeer' : 'genre-request-vs-letter.relationSubordinate'),
            }),
            suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
          });
          return;
        }
      }
      // Not listed anywhere: only a hint, and only when the profile lists superiors at all.
      if (org.superiors?.length) {
        const n = names[0];
        ctx.report({
          range: [n.start, n.end],
          message: t('genre-request-vs-letter.unlisted', { recipient: n.text }),
          suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
          severity: 'info',
        });
      }
      return;
    }

    // 函 (not a 复函) to a superior, asking for approval → 请示.
    const word = ctx.genre?.word?.text;
    if (word === '复函' || !names.every(isSuperior)) return;
    const asks = ctx.doc.paragraphs.some((p) => {
      const m = APPROVAL_REQUEST.exec(p.text);
      return !!m && !ctx.isQuoted(p.start + m.index, p.start + m.index + m[0].length);
    });
    if (!asks) return;
    const n = names[0];
    ctx.report({
      range: [n.start, n.end],
      message: t('genre-request-vs-letter.letterToSuperior', { recipient: n.text }),
      suggestions: titleWordSuggestion(ctx, '请示', 'genre-request-vs-letter.suggestRequest'),
    });
  },
};
