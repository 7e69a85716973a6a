import { t } from '../../messages';
import { bodyMatches, ownText, paragraphAt, sentenceAround } from '../closing/phrases';
import type { RuleContext, RuleDefinition } from '../types';

/** A request word (the request clauses of psknlr/GONGWEN's check_single_matter); 申请人/申请书/申请表 are nouns. */
const REQUEST_WORD = /申请(?!的|人|书|者|表(?!彰))|请求|恳请|拟请|拟(?=[购新设建增调成举召招配])|请予|请批准|请审批|请核拨|请市|请省|请县|请区/g;
const PAST = /已经|已于|已[经获被]|曾|去年|上年|此前/;
const COST_BEARING = new Set(['设备采购', '立项建设', '用地']);

/**
 * Matter categories, one alternation so that one exec finds the category named first in a clause.
 * 经费 counts only when requested as such (增拨/追加/核拨……经费): the cost of another matter
 * (购车经费, 所需经费120万元) belongs to that matter.
 */
const CATEGORY_NAMES = ['编制人员', '用地', '立项建设', '设备采购', '机构设置', '政策调整', '表彰'];
const CATEGORY = new RegExp([
  /((?:增加|核增|核定|调整|增设|核拨)[^，。；、]{0,4}编制|编制[0-9０-９一二三四五六七八九十两]+名|(?:人员|事业|行政)编制|招聘|招录|增加人员|领导职数)/.source,
  /(用地|征地|土地|划拨[^，。；]{0,4}地块)/.source,
  /(立项|新建|扩建|改建|建设项目|开工建设|维修改造)/.source,
  /(购置|采购|购买|购车|设备)/.source,
  /(设立|成立|组建|更名|撤并|机构设置|内设机构)/.source,
  /(调整[^，。；]{0,8}(?:政策|标准)|政策调整)/.source,
  /(表彰|授予[^，。；]{0,8}称号|记功|嘉奖)/.source,
].join('|'));
const MONEY = /(?:增拨|追加|拨付|核拨|下拨|补助|安排|解决|给予|拨款)[^，。；、]{0,16}?(?:经费|资金|款项|专款)|拨款/;

/** A sum asked for: 申请（追加、拨付……）……30万元. */
const SUM_ASKED = /(?:申请|请求|恳请|追加|增拨|拨付|核拨|补助|解决)[^。；！？]{0,24}?[0-9０-９.一二三四五六七八九十百千]+(?:万|亿)?元/;
/** A request closing (妥否，请批示 / 当否，请批复): each ends the matter it asks about. */
const REQUEST_CLOSING = /(?:妥否|当否)[，,]?\s*请(?:予)?(?:批示|批复|审批)/g;

/** Two request closings in different paragraphs: two matters asked in one 请示, each closed on its own. */
function twoClosings(ctx: RuleContext): boolean {
  const hits = bodyMatches(ctx, REQUEST_CLOSING);
  if (hits.length < 2) return false;
  const first = paragraphAt(ctx.doc, hits[0].start);
  const other = hits.find((h) => paragraphAt(ctx.doc, h.start) !== first);
  if (!other) return false;
  ctx.report({ range: [other.start, other.end], message: t('genre-request-one-matter.twoClosings', { found: other.text }) });
  return true;
}

/** A 批复 that answers several 请示 at once (对你镇的数次请示, 《A的请示》《B的请示》收悉). */
const SEVERAL_REQUESTS = /(?:数次|几次|多次|几份|多份|[两二三四五六七八九十][份个件次])请示|(?:《[^》《]{0,120}请示》[^。《]{0,40}){2}[^。]{0,40}收悉/;

/**
 * Two paragraphs that each ask for a sum of their own (修复校舍申请380万元 … 设备款申请追加30万元): two
 * requests in one 请示, whatever the categories. Returns whether it reported.
 */
function twoSums(ctx: RuleContext): boolean {
  const asks = ctx.doc.paragraphs.filter((p) => SUM_ASKED.test(ownText(ctx.doc, p.start, p.end)));
  if (asks.length < 2) return false;
  const b = asks[1];
  const lead = /^[\s\u3000]*/.exec(b.text)![0].length;
  ctx.report({ range: [b.start + lead, b.end], message: t('genre-request-one-matter.twoSums') });
  return true;
}

/** Whether all the 事由 share a run of at least four characters (集中式饮用水水源保护区, 行政区划调整). */
function sameMatter(matters: string[]): boolean {
  const [first, ...rest] = matters;
  for (let len = Math.min(first.length, 12); len >= 4; len--) {
    for (let i = 0; i + len <= first.length; i++) {
      const run = first.slice(i, i + len);
      if (/^[\u4e00-\u9fff]+$/.test(run) && rest.every((r) => r.includes(run))) return true;
    }
  }
  return false;
}

/** 一文一事 for a 批复 too: one 批复 answers one 请示 (条例第十五条（四）、第八条（十二））. */
function answersSeveral(ctx: RuleContext): void {
  for (const p of ctx.doc.paragraphs.slice(0, 2)) {
    // The raw text: the cited titles are what counts here (an opening, so its first 600 characters).
    const m = SEVERAL_REQUESTS.exec(p.text.slice(0, 600));
    if (!m) continue;
    // 《……划定A水源保护区的请示》《……划分B水源保护区的请示》: several requests on one matter, answered together (as
    // the State Council and provinces do), or a request and its repeat; only different matters break 一文一事.
    const cited = [...m[0].matchAll(/《([^》《]{0,120})请示》/g)].map((c) => c[1].replace(/^.*?关于/, '').replace(/的$/, ''));
    if (cited.length >= 2 && sameMatter(cited)) return;
    const at = p.text.indexOf(m[0]);
    const start = at >= 0 ? p.start + at : p.start;
    ctx.report({ range: [start, at >= 0 ? start + m[0].length : p.end], message: t('genre-request-one-matter.reply') });
    return;
  }
}

/** The category of a phrase of a title's 事由 (MONEY counted as one of its own), or undefined. */
function categoryOf(phrase: string): string | undefined {
  if (MONEY.test(phrase) || /(?:经费|资金)(?:问题)?$/.test(phrase)) return '经费';
  // ……教师编制问题: 编制 as a noun at the end (编制规划 is drafting a plan).
  if (/编制(?:问题|事宜)?$/.test(phrase)) return '编制人员';
  const k = CATEGORY.exec(phrase);
  return k ? CATEGORY_NAMES[k.slice(1).findIndex((x) => x !== undefined)] : undefined;
}

/**
 * 关于解决校舍维修资金和教师编制问题的请示: two matters of different kinds joined by 和/及 in the title's 事由. A hint (the
 * body may show that one is the means of the other).
 */
/** A request's action with its object (增加注册资本, 调整董事会成员): the action names the matter when no category does. */
const ACTION = /^(增加|调整|变更|设立|成立|撤销|撤并|更名|购置|新建|扩建|改建|修缮|维修|改造|追加|增拨|拨付|核定|增设|启用|出让|收购|转让|租赁|招聘|减免|延长|提高|降低|划转|处置|注销|解决)(.{2,})$/;
function actionOf(phrase: string): string | undefined {
  const m = ACTION.exec(phrase);
  return m ? `${m[1]}${m[2].slice(0, 8)}` : undefined;
}

function twoInTitle(ctx: RuleContext): boolean {
  const title = ctx.doc.title;
  if (!title || title.parts.length !== 1) return false;
  const m = /关于(.+)的请示$/.exec(title.text);
  if (!m) return false;
  const joined = /^(.{2,30}?)(?:和|及|以及|并)(.{2,30})$/.exec(m[1]);
  if (!joined) return false;
  const a = categoryOf(joined[1]) ?? actionOf(joined[1]);
  const b = categoryOf(joined[2]) ?? actionOf(joined[2]);
  // The cost of another matter (购置设备及所需经费) belongs to that matter.
  const pair = new Set([a, b]);
  // A new body's staff belongs to setting it up (设立……中心和核定编制), as in the body's check.
  if (!a || !b || a === b || (COST_BEARING.has(a) && b === '经费') || (COST_BEARING.has(b) && a === '经费') || (pair.has('机构设置') && pair.has('编制人员'))) return false;
  const start = title.start + m.index + 2;
  ctx.report({ range: [start, start + m[1].length], message: t('genre-request-one-matter.titleTwo', { a, b }), severity: 'info' });
  return true;
}

/** A subject and what was asked for it, the action last (县第二中学扩建, 县城西污水处理厂选址, ××镇更名). */
const SUBJECT_ACTION = /^(.{3,}?)(扩建|新建|改建|选址|立项|设立|更名|撤销|撤并|升格|建设|规划调整|用地)$/;

/**
 * 关于同意县第二中学扩建和县城西污水处理厂选址的批复: one 批复 answering two matters of two subjects, which came up as two
 * 请示 (or one 请示 that broke 一文一事). A hint: each 请示 is answered by its own 批复.
 */
function replyTwo(ctx: RuleContext): void {
  const title = ctx.doc.title;
  if (!title || title.parts.length !== 1) return;
  const m = /关于(?:原则)?同意(.+)的批复$/.exec(title.text);
  if (!m) return;
  const joined = /^(.{4,30}?)(?:和|及|以及|、)(.{4,30})$/.exec(m[1]);
  if (!joined) return;
  const a = SUBJECT_ACTION.exec(joined[1]);
  const b = SUBJECT_ACTION.exec(joined[2]);
  if (!a || !b || a[1] === b[1] || b[1].startsWith(a[1]) || a[1].startsWith(b[1])) return;
  const start = title.start + m.index + m[0].indexOf(m[1]);
  ctx.report({ range: [start, start + m[1].length], message: t('genre-request-one-matter.replyTwo', { a: joined[1], b: joined[2] }), severity: 'info' });
}

/** Conjunctions that join two requests in one clause: 增拨经费并增加编制. */
const CONJUNCTION = /并且|并(?=[请增申核追设购拨予同批恳调])|同时|另外|此外|以及/g;
/** Clauses of a sentence: one matter each at most. */
const CLAUSE = /[^，；、。！？]+/g;

export const genreRequestOneMatter: RuleDefinition = {
  meta: {
    id: 'genre-request-one-matter',
    title: '请示一文一事',
    description:
      '请示的请求语句涉及两类以上不相关的事项（经费、编制人员、用地、立项建设、设备采购、机构设置、政策调整、表彰）。条例第十五条（四）规定请示应当一文一事。' +
      '启发式判断：购置、建设、用地所需的经费算作该事项本身，新设机构的编制算作机构设置；需人工确认。',
    category: 'genre',
    basis: '条例',
    source: '条例第十五条（四）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const g = ctx.genre;
    // A reply with no title yet is judged by its opening (对你镇的数次请示，现答复如下).
    if (g?.genre.id === '批复' || !g) {
      answersSeveral(ctx);
      if (g?.source === 'title') replyTwo(ctx);
      if (g) return;
    }
    // …的请示报告 that asks for something is a 请示 for this rule (which genre is meant is genre-doubled's question).
    const request = g?.genre.id === '请示' || (!!g?.doubled && /请示/.test(ctx.doc.title?.text ?? ''));
    if (!request) return;
    if (twoClosings(ctx)) return;
    if (g?.source === 'title' && twoInTitle(ctx)) return;
    if (twoSums(ctx)) return;
    const seen: Array<{ name: string; start: number; end: number }> = [];
    const add = (name: string, start: number, end: number) => {
      if (!seen.some((x) => x.name === name)) seen.push({ name, start, end });
    };
    let done = -1;
    for (const hit of bodyMatches(ctx, REQUEST_WORD)) {
      if (hit.start < done) continue;
      const para = paragraphAt(ctx.doc, hit.start);
      if (!para) continue;
      const s = sentenceAround(ctx.text, para, hit.start, hit.end);
      done = s.end;
      // The document's own words only, with 并/同时/另外 turned into clause breaks; from the request word on.
      const own = ownText(ctx.doc, s.start, s.end).replace(CONJUNCTION, (m) => '，'.repeat(m.length));
      const from = hit.start - s.start;
      CLAUSE.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = CLAUSE.exec(own))) {
        // Background (已于去年立项) is not what this 请示 asks for.
        if (c.index + c[0].length <= from || PAST.test(c[0])) continue;
        const start = s.start + c.index;
        const end = start + c[0].length;
        // One matter per clause: the category named first (划拨用地……用于新建校舍 is about 用地).
        const k = CATEGORY.exec(c[0]);
        if (k) add(CATEGORY_NAMES[k.slice(1).findIndex((g) => g !== undefined)], start, end);
        else if (MONEY.test(c[0])) add('经费', start, end);
      }
    }
    // The cost of a purchase, a building or land is part of that matter; so is the staffing of a new body.
    const has = (name: string) => seen.some((x) => x.name === name);
    const costed = seen.some((x) => COST_BEARING.has(x.name));
    const matters = seen.filter((x) => !(x.name === '经费' && costed) && !(x.name === '编制人员' && has('机构设置')));
    if (matters.length < 2) return;
    const [a, b] = matters;
    const lead = /^[\s\u3000]*/.exec(ctx.text.slice(b.start, b.end))![0].length;
    ctx.report({ range: [b.start + lead, b.end], message: t('genre-request-one-matter.found', { a: a.name, b: b.name }) });
  },
};
