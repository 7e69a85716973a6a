import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { genreWordFix, getBareTitle, splitTitle } from './title-tools';

const SCOPE: Record<string, string> = {
  公告: '适用于向国内外宣布重要事项或者法定事项',
  通告: '适用于在一定范围内公布应当遵守或者周知的事项',
};

/** County level and below (a 区 of a city is county level; a 自治区 is a province). */
const COUNTY_OR_BELOW = /县|旗|乡|镇|街道|社区|村|(?<!自治|特别行政)区/;
/** Local management matters that 通告 is for. */
const LOCAL_MATTER = /本市|本区|本县|辖区|全县|全区|市区|城区|禁止|严禁|限行|限号|停水|停电|停气|交通管制|封闭施工|禁燃|禁放|禁渔|禁牧|禁捕|养犬|占道|整治/;
/** Matters of a business or an event, which are no 公文 at all, let alone 公告/通告 (开业公告, 桥牌大赛通告). */
const NOT_PUBLIC_AFFAIRS = /鸣谢|开业|开张|迁址|搬迁|乔迁|庆典|校庆|周年庆|促销|优惠|大赛|比赛|联赛|晚会|演出|寻人|征婚|挂失|遗失|放假|作息时间|值班安排|开学|报到|考勤/;
/** Recruiting staff or students. */
/** A meeting, a training course: its participants are specific bodies, told by a 通知 (会议通知). */
const MEETING = /(?:召开|举办|举行|参加)[^，、；]{0,30}?(?:(?:工作|座谈|推进|动员|部署|培训|现场|研讨|报告|交流)会议?|会议|培训班|大会|论坛)/;
/** Meetings that are announced to the public by law or custom: a 人大 session, a 听证会, a 股东大会, a press conference. */
const PUBLIC_MEETING = /人民代表大会|人大|政协|听证|股东|债权人|新闻发布|选举|表彰大会|招商|博览|交易会|展览|运动会|马拉松/;
const HIRING = /招聘|招生|招工|招募|招录|招考|招收/;
/** Public order that an event calls for: traffic, safety, bans. */
const PUBLIC_ORDER = /管制|禁止|严禁|限行|封闭|安全|秩序|保障|管理/;
/** A working department of a city or county (××市工商行政管理局): it has no 公告 to issue. */
/** A local government's working department (××市财政局); not 国家市场监督管理总局 (市场 is no city). */
const LOCAL_DEPARTMENT = /^(?!国家|中华人民共和国|国务院|中央)[^，、]*?(?:市(?![场民])|州|盟|县|区(?!域)|旗)[^，、省]{0,12}?(?:局|委员会|委|办公室|办|中心)$/;
/** 公告 that sector rules prescribe (招聘、招标、征收…) or legislatures issue: outside this 条例 check. */
const SECTOR_NOTICE = /普查|招聘|招标|中标|拍卖|挂牌|出让|征收|征地|公示|采购|遴选|选调|招录|招考|录用|选聘|注销|登记|听证|破产|送达|失踪|遗失|清算|减资|人民代表大会|人大常委会|抽检|环境影响|拟审批|命名|更名|认领|无名尸|行政区划|撤乡|设镇|撤镇|权责清单|信息公开|资质|许可|吊销|撤销登记/;

/** Matters inside the issuer's own offices: its compound, its staff. */
const INTERNAL = /机关大院|机关院内|办公区域|办公大楼|机关内部|本机关|本单位|机关干部|干部职工|全体职工|机关工作人员/;

/** Units that are no state organ: hospitals, schools, enterprises, associations. */
const NOT_AN_ORGAN = /(?:医院|卫生院|学校|大学|学院|中学|小学|幼儿园|公司|集团|协会|学会|商会|研究院|研究所)$/;

/** A 公报 whose 事由 is a task or a working meeting: work to arrange is told by 通知, a meeting's results by 纪要 or 通报. */
const WORK_MATTER = /工作安排|安排|部署|开展|做好|加强|举办|(?:工作|座谈|推进|动员|部署|调度)会议?(?!公报)/;
/** Issuers of 公报 by practice: statistics, audit, environment and resources bureaus publish data; plenary sessions and congresses their results. */
const BULLETIN_ISSUER = /统计|审计|生态环境|环境保护|水利|水务|自然资源|国土|气象|地震|海洋|卫生|全体会议|代表大会|人民代表大会|委员会第/;

function bulletinOfWork(ctx: RuleContext): void {
  const g = ctx.genre!;
  const title = getBareTitle(ctx.doc)?.text ?? '';
  const at = title.indexOf('关于');
  // (东湖街道办事处2024年度财务收支情况公报: no 关于, the issuer's name runs into the 事由.)
  const issuer = at > 0 ? title.slice(0, at) : (/^.{2,20}?(?:办事处|局|厅|办公室|中心|学校|医院|公司)(?=[0-9０-９一-鿿])/.exec(title)?.[0] ?? '');
  if (!issuer || BULLETIN_ISSUER.test(issuer) || !/(?:局|厅|办公室|办|中心|学校|医院|公司|办事处)$/.test(issuer)) return;
  const matter = title.slice(at > 0 ? at + 2 : issuer.length).replace(/的?公报$/, '');
  // A department's own work or its figures of 情况 (招生录取工作, 财务收支情况): no 重大事项 to publish by 公报.
  // (……成绩统计情况, ……监测情况: figures published, as statistics bureaus do.)
  const m = WORK_MATTER.exec(matter) ?? (/(?:工作|情况)$/.test(matter) && !/统计|数据|监测|普查|调查|测评/.test(matter) ? [matter] : null);
  if (!m) return;
  ctx.report({ range: [g.word!.start, g.word!.end], message: t('genre-announcement-scope.bulletinOfWork', { issuer, topic: m[0] }) });
}

/** The public (广大市民, 社会各界) as the 主送 of a 通知: what the public must observe is published by 通告. */
const THE_PUBLIC = /^(?:全市|全县|全区|全镇|全乡|全省|全体|广大|社会各界|各位)?(?:广大)?(?:市民|居民|群众|村民|人民群众|社会各界|公民|消费者|车主|驾驶人|经营者|商户|游客)(?:朋友)?(?:们)?$/;

function noticeToThePublic(ctx: RuleContext): void {
  const g = ctx.genre!;
  const rec = ctx.doc.recipients?.text.replace(/[:：]$/, '').trim();
  if (!rec || !rec.split(/[、，,]/).every((n) => THE_PUBLIC.test(n.trim()))) return;
  const fix = genreWordFix(ctx, '通告');
  ctx.report({
    range: [g.word!.start, g.word!.end],
    message: t('genre-announcement-scope.noticeToPublic', { recipients: rec }),
    suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通告' }), fix }] : [],
  });
}

export const genreAnnouncementScope: RuleDefinition = {
  meta: {
    id: 'genre-announcement-scope',
    title: '公告、通告与通知',
    description:
      '通告、公告标注了主送机关时建议改用通知；县级及以下机关发布公告，或公告的是本地管理事项（交通管制、禁止燃放、停水停电）时建议改用通告。' +
      '地方政府的工作部门发布公告，或以公告、通告发布开业、鸣谢、比赛、放假等单位事务或召开会议、举办培训班的，也报告；以通报部署召开会议的，建议改用通知。招聘、招生的公告、通告只作提示（教材主张用启事，公开招聘的规定称招聘公告）；招标、征收等公告另有行业规定，不报。' +
      '医院、学校、企业等非国家机关发布公告的，建议改用通告；部门以公报布置工作或记载工作会议的，提示改用通知、纪要或通报；通知以社会公众（广大市民）为主送的，建议改用通告。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（五）（六）（八）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    if (id === '公报' && g?.source === 'title' && g.word) bulletinOfWork(ctx);
    if (id === '通知' && g?.source === 'title' && g.word) noticeToThePublic(ctx);
    // 关于召开……会议的通报: a 通报 tells what happened (表彰、批评、情况); a meeting to come is announced by a 通知.
    if (id === '通报' && g?.source === 'title' && g.word) {
      const title = getBareTitle(ctx.doc)?.text ?? '';
      const meeting = /^(?:.*?关于)?(?:召开|举办|举行)/.test(title) && !PUBLIC_MEETING.test(title) ? MEETING.exec(title) : null;
      if (meeting) {
        const fix = genreWordFix(ctx, '通知');
        ctx.report({
          range: [g.word.start, g.word.end],
          message: t('genre-announcement-scope.meetingReport', { topic: meeting[0] }),
          severity: 'warning',
          suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通知' }), fix }] : [],
        });
      }
      return;
    }
    if (id !== '通告' && id !== '公告') return;
    const { doc } = ctx;
    const rec = doc.recipients;
    // 征收土地预公告 to 平山镇孟堡村及有关农户: a 公告 that sector rules prescribe names whom it concerns.
    if (rec && !(id === '公告' && SECTOR_NOTICE.test(getBareTitle(doc)?.text ?? ''))) {
      const recipients = rec.text.replace(/[:：]$/, '');
      const suggestions: Suggestion[] = [];
      const toNotice = genreWordFix(ctx, '通知');
      if (toNotice) suggestions.push({ title: t('genre-announcement-scope.suggestGenre', { genre: '通知' }), fix: toNotice });
      const line = doc.lines[rec.line];
      const next = doc.lines[rec.line + 1];
      suggestions.push({
        title: t('genre-announcement-scope.suggestDeleteRecipients', { recipients }),
        fix: { range: [line.start, next ? next.start : line.end], text: '' },
      });
      ctx.report({
        range: [rec.start, rec.end],
        message: t('genre-announcement-scope.recipients', { genre: id, recipients, scope: SCOPE[id] }),
        severity: 'warning',
        suggestions,
      });
    }
    const bare = getBareTitle(doc);
    const title = bare?.text ?? '';
    // 马拉松比赛交通管制通告 is public order around an event: only the event itself is no public affair.
    const trivial = PUBLIC_ORDER.test(title) ? null : NOT_PUBLIC_AFFAIRS.exec(title);
    if (trivial && g?.source === 'title' && g.word) {
      ctx.report({ range: [g.word.start, g.word.end], message: t('genre-announcement-scope.notPublicAffairs', { genre: id, topic: trivial[0] }), severity: 'warning' });
      return;
    }
    // 关于规范机关大院车辆停放管理的通告: a matter inside the issuer's own offices is told to its staff by 通知.
    const internal = INTERNAL.exec(title);
    if (internal && g?.source === 'title' && g.word) {
      const fix = genreWordFix(ctx, '通知');
      ctx.report({ range: [g.word.start, g.word.end], severity: 'warning', message: t('genre-announcement-scope.internal', { genre: id, topic: internal[0] }), suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通知' }), fix }] : [] });
      return;
    }
    // 关于召开全市安全生产工作会议的通告: those who attend a meeting are specific bodies, told by a 会议通知.
    const meeting = PUBLIC_MEETING.test(title) ? null : MEETING.exec(title);
    if (meeting && g?.source === 'title' && g.word) {
      const fix = genreWordFix(ctx, '通知');
      ctx.report({
        range: [g.word.start, g.word.end],
        message: t('genre-announcement-scope.meeting', { genre: id, topic: meeting[0] }),
        severity: 'warning',
        suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通知' }), fix }] : [],
      });
      return;
    }
    // 招聘公告, 招生通告: recruitment is no 重要事项 for 国内外 nor a matter to be observed; textbooks call for a
    // 启事, yet the rules for public recruitment (事业单位公开招聘人员暂行规定) speak of 招聘公告: a hint only.
    const hiring = HIRING.exec(title);
    if (hiring && g?.source === 'title' && g.word) {
      ctx.report({ range: [g.word.start, g.word.end], message: t('genre-announcement-scope.hiring', { genre: id, topic: hiring[0] }), severity: 'info' });
      return;
    }
    if (id !== '公告') return;
    if (SECTOR_NOTICE.test(title)) return;
    const issuer = issuerOf(title, doc.signatures.map((s) => s.text), doc.header.issuerMarks.map((m) => m.text));
    if (issuer && /人民代表大会|人大常委会/.test(issuer)) return;
    const topic = LOCAL_MATTER.exec(title)?.[0];
    // ××人民医院、××大学、××公司: no state organ, so nothing it says is a 公告 to 国内外 (its notice to the public is a
    // 通告 or a 启事); the 公告 that sector rules give it (招聘、招标) are left out above.
    const unit = issuer && NOT_AN_ORGAN.test(issuer);
    if (unit && !/人民政府|委员会|局|厅|部|署|办公室|办公厅/.test(issuer!)) {
      const word = g?.source === 'title' ? g.word : undefined;
      if (word) {
        const fix = genreWordFix(ctx, '通告');
        ctx.report({ range: [word.start, word.end], severity: 'warning', message: t('genre-announcement-scope.notAnOrgan', { issuer: issuer! }), suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通告' }), fix }] : [] });
        return;
      }
    }
    const local = issuer && (COUNTY_OR_BELOW.test(issuer) || LOCAL_DEPARTMENT.test(issuer));
    if (!local && !topic) return;
    const word = g?.source === 'title' ? g.word : undefined;
    const range: [number, number] = word ? [word.start, word.end] : bare ? [bare.start, bare.end] : [0, 0];
    if (range[0] === range[1]) return;
    const fix = genreWordFix(ctx, '通告');
    ctx.report({
      range,
      // A county-level issuer or a local management matter is the textbook case of 公告 misused: a warning.
      severity: 'warning',
      message: local
        ? t('genre-announcement-scope.localIssuer', { issuer: issuer! })
        : t('genre-announcement-scope.localMatter', { topic: topic! }),
      suggestions: fix ? [{ title: t('genre-announcement-scope.suggestGenre', { genre: '通告' }), fix }] : [],
    });
  },
};

/** The issuer: from the title (before 关于), else the 署名, else the 发文机关标志. */
function issuerOf(title: string, signatures: string[], marks: string[]): string | undefined {
  const head = title.replace(/公告$/, '');
  const fromTitle = head.includes('关于')
    ? head.slice(0, head.indexOf('关于'))
    : /(?:府|会|局|厅|委|办|部|院|署|处|中心)$/.test(head) ? head : splitTitle(head).issuer;
  if (fromTitle) return fromTitle;
  if (signatures.length) return signatures[0];
  if (marks.length) return marks[0].replace(/文件$/, '');
  return undefined;
}
