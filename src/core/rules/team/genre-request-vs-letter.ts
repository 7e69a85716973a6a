import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { departmentOf, issuerOf, sameGovernment } from '../closing/phrases';
import { listNames, matchName, type NameSpan } from './org';

/** A 函 that asks for approval (the converse case: to a superior that should be a 请示). */
const APPROVAL_REQUEST = /请予(?:批准|审批|批复)|请批准|请审批|恳请(?:批准|审批)|请批示/;

function titleWordSuggestion(ctx: RuleContext, to: string, key: 'genre-request-vs-letter.suggestLetter' | 'genre-request-vs-letter.suggestRequest'): Suggestion[] {
  const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
  if (!word) return [];
  return [{ title: t(key), fix: { range: [word.start, word.end], text: to } }];
}

/** 商请××, or 请/恳请 a body (not a government or Party committee) to 协助/配合/支持/提供: asking for help, a 函's words. */
const PEER_ASK = /^(?:商请[^的]{0,16}?(?:局|厅|委|办|院|中心|公司|所|站|部)?|(?:恳请|请求|请)(?![^的]{0,12}?(?:人民政府|政府|党委|党组))[^的，]{1,14}?(?:局|厅|委|办|院|中心|公司|所|站|部)(?:协助|配合|支持|帮助|提供|协调))/;
/** A body that may stand above a department: a government, its office, a Party committee. */
const GOVERNING = /人民政府|政府|党委|[省市县区]委|委员会[:：]?$/;
export const genreRequestVsLetter: RuleDefinition = {
  meta: {
    id: 'genre-request-vs-letter',
    title: '向不相隶属机关请求批准用“函”',
    description: '请示只用于向上级机关请求指示、批准；主送机关按本机关概况（organization）是同级、不相隶属或下级机关时，应当用函。反之，向上级机关请求批准的“函”应为请示。没有配置本机关概况时，只在请示从一个政府工作部门主送同级政府的另一个工作部门（如××市司法局请示市财政局）时提示。',
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
      const m = at >= 0 ? PEER_ASK.exec(title.slice(at + 2)) : null;
      if (m) {
        const start = ctx.doc.title.start + at + 2 + m.index;
        // The title's text maps onto the document only when it is one line.
        if (ctx.text.slice(start, start + m[0].length) === m[0]) {
          ctx.report({
            range: [start, start + m[0].length],
            message: t('genre-request-vs-letter.titleAsksPeer', { found: m[0] }),
            suggestions: titleWordSuggestion(ctx, '函', 'genre-request-vs-letter.suggestLetter'),
          });
          return;
        }
      }
    }
    if (!recipients || (genre !== '请示' && genre !== '函')) return;
    const names = listNames(recipients, ctx.text);
    if (!names.length) return;
    if (!org) {
      // Without a profile only what the names themselves show: a 请示 from one working department of a
      // government to another of the same government (××市司法局 → 市财政局) goes to a body it is not under.
      if (genre !== '请示') return;
      const from = departmentOf(issuerOf(ctx));
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
    const isSuperior = (n: NameSpan) => !!matchName(n.text, org.superiors);

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
