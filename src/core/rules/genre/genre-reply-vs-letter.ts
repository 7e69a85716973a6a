import { t } from '../../messages';
import type { Suggestion } from '../../types';
import { sentencesOf } from '../closing/phrases';
import type { RuleDefinition } from '../types';
import { genreWordFix, getBareTitle } from './title-tools';

/** The cited document of a reply's opening: 《关于……的函》……收悉. */
const CITED = /(《[^》]{2,80}?(请示|复函|函)》)[^。]{0,60}?收悉/g;
/** 办公厅、办公室 answer a 请示 by 函 when authorised (国务院办公厅关于同意……的函): not flagged. */
const GENERAL_OFFICE = /办公厅|办公室/;

export const genreReplyVsLetter: RuleDefinition = {
  meta: {
    id: 'genre-reply-vs-letter',
    title: '批复与复函',
    description:
      '批复答复的是来函（《关于……的函》收悉），应当用复函；函答复的是下级的请示，应当用批复。' +
      '条例第八条规定批复“答复下级机关请示事项”，函用于“不相隶属机关之间……答复审批事项”。办公厅（室）受权以函答复请示的，不报。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十二）（十四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    if (id !== '批复' && id !== '函') return;
    const opening = sentencesOf(ctx.doc, ctx.doc.paragraphs.slice(0, 2)).slice(0, 2);
    for (const s of opening) {
      CITED.lastIndex = 0;
      const m = CITED.exec(s.text);
      if (!m) continue;
      const citedGenre = m[2];
      const start = s.start + m.index;
      const end = start + m[1].length;
      const suggestions: Suggestion[] = [];
      if (id === '批复' && (citedGenre === '函' || citedGenre === '复函')) {
        const fix = genreWordFix(ctx, '复函');
        if (fix) suggestions.push({ title: t('genre-reply-vs-letter.suggestGenre', { genre: '复函' }), fix });
        ctx.report({ range: [start, end], message: t('genre-reply-vs-letter.replyToLetter', { cited: m[1] }), suggestions });
      } else if (id === '函' && citedGenre === '请示') {
        const bare = getBareTitle(ctx.doc)?.text ?? '';
        const issuer = bare.includes('关于') ? bare.slice(0, bare.indexOf('关于')) : '';
        const signer = ctx.doc.signatures.map((x) => x.text).join('');
        if (GENERAL_OFFICE.test(issuer) || GENERAL_OFFICE.test(signer)) return;
        const fix = genreWordFix(ctx, '批复');
        if (fix) suggestions.push({ title: t('genre-reply-vs-letter.suggestGenre', { genre: '批复' }), fix });
        ctx.report({ range: [start, end], message: t('genre-reply-vs-letter.letterToRequest', { cited: m[1], genre: g!.word?.text ?? '函' }), suggestions });
      }
      return;
    }
  },
};
