import { t } from '../../messages';
import { escapeRegExp } from '../../text';
import type { RuleContext, RuleDefinition } from '../types';
import { getBareTitle, splitTitle, titleRange } from './title-tools';

/** 关于请求/申请/恳请/请示（批准）……的请示: the verb repeats what 请示 already says. 申请人/申请书 are nouns. */
const REDUNDANT = /关于((?:请求|申请|恳请|特请|要求|请示)(?:批准|同意)?)(?![人书表者]|事项|件|制度)/;
/** The same verb opening the 事由 of a title without 关于 (××局申请追加……的请示). */
const REDUNDANT_BARE = /^((?:请求|申请|恳请|特请|请示)(?:批准|同意)?)(?![人书表者]|事项|件|制度)/;
/** The verb after a verb of the sender's own (追加申请, 再次请求, 拟申请): the sender asks, which 请示 says already. */
const REDUNDANT_AFTER_VERB = /(?:追加|增加|再次|重新|拟|需要)((?:请求|申请|恳请)(?:批准|同意)?)(?![人书表者]|事项|件|制度)/;
/** An issuer's name long and specific enough to be recognised when repeated. */
const ORG_NAME = /(?:人民政府|政府|委员会|办公厅|办公室|局|厅|委|院|中心|公司|集团|学校|大学|学院|工会|联合会|妇联|团委|协会|学会|商会|党委|党组)$/;
/** The place that opens an issuer's name (云岭省, 临江市, 北河县, 广西壮族自治区). */
const PLACE_HEAD = /^[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗)/;
/** What follows the issuer when it is the subject of the 事由 (……关于市教育局开展……, ……关于省交通运输厅机关内设机构……). */
const SUBJECT_VERB = /^(?:机关|本级|内设|开展|加强|做好|实施|调整|举办|成立|设立|组织|进行|印发|制定|启用|变更|更名|撤销|召开|推进|落实)/;

/** The genre word used as the 事由's verb, which the 文种 at the end says already. */
const SAID_AGAIN: Record<string, RegExp> = {
  通报: /(?:予以)?通报(?=批评|表扬|表彰)/,
  决定: /^(?:[省市县区]政府|[省市县区]人民政府|[省市县区]委|本[局委厅办])?决定(?=[^的]{2,})/,
};

/** What only the issuer's own people or offices are called after its name (××公司员工, ××局机关干部). */
const OWN_PEOPLE = /^(?:员工|职工|干部|机关|本级|系统内|全体|内部|所属|下属|党员|工作人员|(?:19|20)[0-9]{2}年)/;

/** A word typed twice in a row (关于关于, 印发印发): a slip of the keyboard. */
const TYPED_TWICE = /(关于|印发|转发|批转|开展|做好|加强|进一步|年度|工作|有关|实施|管理|建设|项目|情况)\1/;

/** 关于向县政府申请……: the 主送机关 named in the title (it stands in the 主送 line). */
const TO_RECIPIENT = /关于(向[^的，、]{1,16}?(?:政府|局|厅|委|部|办|院|中心))(?=申请|请求|要求|报送|上报|呈报|汇报|提出|报告|请示)/;

/** 中共 followed, within a place name, by 党委 or 党代会 (county level and below, or a 党代会 anywhere). */
const PARTY_TWICE = /中共[^，、关的]{1,12}?(?:[乡镇县区市]|街道)(党委)|中共[^，、的]{1,20}?(党代会)/;

export const titleRedundant: RuleDefinition = {
  meta: {
    id: 'title-redundant',
    title: '标题语义重复',
    description:
      '请示标题写成“关于请求……的请示”“关于申请……的请示”：请示本身就是请求指示、批准，“请求”“申请”与文种重复。实务通常写作“关于……的请示”；删去重复的词作为候选修改提供，不自动修改。',
    category: 'title',
    basis: '实务',
    source: '实务（请示标题不用“请求”“申请”）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    /** ××县人民政府关于××县人民政府……: the issuer said twice (outside 《》, where a cited title may name it). */
    const issuerTwice = (title: string): void => {
      const at = title.indexOf('关于');
      if (at < 3) return;
      const issuer = title.slice(0, at);
      const half = issuer.length / 2;
      const doubled = issuer.length >= 6 && Number.isInteger(half) && issuer.slice(0, half) === issuer.slice(half);
      // ××县人民政府办公室××县人民政府: an office and its own government run together as the issuer: one of them is one
      // too many.
      const place = PLACE_HEAD.exec(issuer)?.[0] ?? '';
      const second = place.length >= 3 && !doubled && !/[\s\u3000、]/.test(issuer) ? issuer.indexOf(place, place.length) : -1;
      // (Only an office with its own government: 广东省物价局广东省财政厅 is a joint title whose space a web copy lost.)
      if (second > place.length && /^(?:办公室|办公厅)$/.test(issuer.slice(0, second).slice(issuer.length - second)) && issuer.slice(0, second).startsWith(issuer.slice(second))) {
        ctx.report({ range: titleRange(ctx.doc, 0, at), message: t('title-redundant.issuerRunTogether', { first: issuer.slice(0, second), second: issuer.slice(second) }) });
        return;
      }
      const plain = title.slice(at + 2).replace(/《[^》]*》/g, (m) => '　'.repeat(m.length));
      let again = doubled ? -1 : plain.indexOf(issuer);
      let said = issuer.length;
      // 国务院关于……国务院职业教育工作部际联席会议……: a longer proper name that starts with the issuer's is no repeat.
      let repeat = again >= 0 && /^(?:机关|本级|的|关于|$)/.test(plain.slice(again + issuer.length));
      // ××市教育局关于（××市/市）教育局开展……: the issuer, in full or by its level, as the subject of the 事由's verb.
      if (!doubled && !repeat) {
        const place = PLACE_HEAD.exec(issuer)?.[0] ?? '';
        const tail = issuer.slice(place.length);
        // 市教育局, 临江市教育局: the issuer's own place or its level only (同意芦山县人民政府 under 四川省人民政府 is another body).
        const short = tail.length >= 3 && place ? new RegExp(`^(?:${escapeRegExp(place)}|${escapeRegExp(place.slice(-1))})?${escapeRegExp(tail)}`).exec(plain) : null;
        const head = plain.startsWith(issuer) ? issuer : short?.[0];
        if (head && SUBJECT_VERB.test(plain.slice(head.length))) {
          again = 0;
          said = head.length;
          repeat = true;
        }
      }
      // ××公司关于举办××公司员工培训的通知: the issuer named again as the owner of its own staff or offices.
      if (!doubled && !repeat && again >= 0 && !/印发$/.test(plain.slice(0, again)) && OWN_PEOPLE.test(plain.slice(again + issuer.length))) repeat = true;
      // ××办公厅关于印发××办公厅2024年督查工作计划的通知: the issuer again in the name of what it prints; published
      // titles do this as well, so a hint.
      let hint = false;
      if (!doubled && !repeat && again > 0 && /印发$/.test(plain.slice(0, again)) && ORG_NAME.test(issuer)) {
        repeat = true;
        hint = true;
      }
      if (!doubled && (!repeat || !ORG_NAME.test(issuer))) return;
      const from = doubled ? half : at + 2 + again;
      const range = titleRange(ctx.doc, from, from + (doubled ? half : said));
      ctx.report({ range, message: t('title-redundant.issuerTwice', { issuer: doubled ? issuer.slice(0, half) : title.slice(from, from + said) }), severity: hint ? 'info' : undefined, suggestions: doubled ? [{ title: t('title-redundant.suggest', { found: issuer.slice(half) }), fix: { range, text: '' } }] : [] });
    };
    const typed = ctx.doc.title ? TYPED_TWICE.exec(getBareTitle(ctx.doc)?.text ?? '') : null;
    if (typed) {
      const range = titleRange(ctx.doc, typed.index + typed[1].length, typed.index + typed[0].length);
      ctx.report({ range, message: t('title-redundant.typedTwice', { found: typed[1] }), suggestions: [{ title: t('title-redundant.suggest', { found: typed[1] }), fix: { range, text: '' } }] });
    }
    if (g?.source !== 'title') return;
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    // 关于召开……会议的会议通知: the 事由 names the meeting already; the 文种 is 通知.
    const meeting = /会议的(会议)通知$/.exec(bare.text);
    if (meeting) {
      const at = meeting.index + 3;
      const range = titleRange(ctx.doc, at, at + 2);
      ctx.report({ range, message: t('title-redundant.meetingTwice'), suggestions: [{ title: t('title-redundant.suggest', { found: '会议' }), fix: { range, text: '' } }] });
    }
    // ……的请示报告: the 文种 pair is genre-doubled's; a 请求/申请 in its 事由 is still said twice.
    if (g.doubled) {
      if (/请示$/.test(bare.text.slice(0, bare.text.length - g.word!.text.length))) askedTwice(ctx, bare, g.word!.text.length + 2);
      return;
    }
    issuerTwice(bare.text);
    const rec = TO_RECIPIENT.exec(bare.text);
    if (rec && (g.genre.id === '请示' || g.genre.id === '报告')) {
      const at = rec.index + 2;
      const range = titleRange(ctx.doc, at, at + rec[1].length);
      ctx.report({ range, message: t('title-redundant.recipient', { found: rec[1] }), suggestions: [{ title: t('title-redundant.suggest', { found: rec[1] }), fix: { range, text: '' } }] });
    }
    // 中共××乡党委, 中共××省第×次党代会: 中共 already says 中国共产党, so 党 is said twice (a hint: the short
    // form ××乡党委 and the full 中共××乡委员会 are both right; 中共……党组 of a ministry is its name).
    const party = PARTY_TWICE.exec(bare.text);
    if (party) {
      const word = party[1] ?? party[2];
      const at = party.index + party[0].length - word.length;
      ctx.report({ range: titleRange(ctx.doc, at, at + word.length), message: t('title-redundant.partyTwice', { found: word }), severity: 'info' });
    }
    // 关于上报××情况的报告: 报告 is itself what is sent up.
    const up = g.genre.id === '报告' ? /关于(上报|呈报|报告)(?!制度|事项)/.exec(bare.text) : null;
    if (up) {
      const range = titleRange(ctx.doc, up.index + 2, up.index + 4);
      ctx.report({ range, message: t('title-redundant.report', { found: up[1] }), suggestions: [{ title: t('title-redundant.suggest', { found: up[1] }), fix: { range, text: '' } }] });
    }
    // ……予以通报批评的通报, 关于县政府决定表彰……的决定: the 文种 said again as the verb of the 事由.
    const again = SAID_AGAIN[g.genre.id]?.exec(bare.text.slice(bare.text.indexOf('关于') + 2));
    if (again && bare.text.includes('关于')) {
      const at = bare.text.indexOf('关于') + 2 + again.index;
      const range = titleRange(ctx.doc, at, at + again[0].length);
      ctx.report({ range, message: t('title-redundant.genreAgain', { found: again[0], genre: g.genre.id }), suggestions: [{ title: t('title-redundant.suggest', { found: again[0] }), fix: { range, text: '' } }] });
    }
    if (g.genre.id === '请示') askedTwice(ctx, bare, g.word!.text.length);
  },
};

/** 关于申请……的请示, ××局申请追加……的请示: the asking verb that the 文种 (`genreLength` characters at the end) says already. */
function askedTwice(ctx: RuleContext, bare: { text: string }, genreLength: number): void {
  const head = bare.text.slice(0, bare.text.length - genreLength).replace(/的$/, '');
  let from: number;
  let word: string;
  const m = REDUNDANT.exec(bare.text);
  if (m) {
    from = m.index + 2;
    word = m[1];
  } else {
    const parts = splitTitle(head);
    const b = parts.issuer && !parts.guanyu ? REDUNDANT_BARE.exec(parts.matter) : null;
    const v = b ? null : REDUNDANT_AFTER_VERB.exec(head);
    if (b) {
      from = parts.issuer.length;
      word = b[1];
    } else if (v) {
      from = v.index + v[0].length - v[1].length;
      word = v[1];
    } else return;
  }
  const to = from + word.length;
  const rest = bare.text.slice(to, bare.text.length - genreLength).replace(/的$/, '');
  if (!rest) return;
  const range = titleRange(ctx.doc, from, to);
  // Deleting words is never a certain fix (fix-all must not change what a title says): always a suggestion.
  // 申请 is contested: some textbooks write 关于申请拨款的请示 as the right form; a hint. 请求, 恳请, 要求 say it twice.
  ctx.report({
    range,
    severity: /^申请/.test(word) ? 'info' : undefined,
    message: t('title-redundant.found', { found: word, rest }),
    suggestions: [{ title: t('title-redundant.suggest', { found: word }), fix: { range, text: '' } }],
  });
}
