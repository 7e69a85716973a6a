import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { listNames, matchName, type NameSpan } from './org';

/** A 函 that asks for approval (the converse case: to a superior that should be a 请示). */
const APPROVAL_REQUEST = /请予(?:批准|审批|批复)|请批准|请审批|恳请(?:批准|审批)|请批示/;

function titleWordSuggestion(ctx: RuleContext, to: string, key: 'genre-request-vs-letter.suggestLetter' | 'genre-request-vs-letter.suggestRequest'): Suggestion[] {
  const word = ctx.genre?.source === 'title' ? ctx.genre.word : undefined;
  if (!word) return [];
  return [{ title: t(key), fix: { range: [word.start, word.end], text: to } }];
}

export const genreRequestVsLetter: RuleDefinition = {
  meta: {
    id: 'genre-request-vs-letter',
    title: '向不相隶属机关请求批准用“函”',
    description: '请示只用于向上级机关请求指示、批准；主送机关按本机关概况（organization）是同级、不相隶属或下级机关时，应当用函。反之，向上级机关请求批准的“函”应为请示。没有配置本机关概况时不检查。',
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
    if (!org || !recipients || (genre !== '请示' && genre !== '函')) return;
    const names = listNames(recipients, ctx.text);
    if (!names.length) return;
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
