import { t, type MessageKey } from '../../messages';
import { matchGenreSuffix, matchNonstatutorySuffix, type GenreId } from '../../genres';
import type { Fix } from '../../types';
import type { RuleDefinition } from '../types';
import { getBareTitle, retitle, splitTitle, titleRange } from './title-tools';

type Family = 'report' | 'request' | 'plan' | 'explain' | 'bulletin' | 'proposal' | 'directive';

const FAMILY: Record<string, Family> = {
  总结: 'report', 工作总结: 'report', 总结报告: 'report', 情况报告: 'report', 任免报告: 'report', 汇报: 'report', 工作汇报: 'report', 情况汇报: 'report',
  申请: 'request', 报批: 'request', 申请报告: 'request',
  计划: 'plan', 工作计划: 'plan', 安排: 'plan', 工作安排: 'plan', 打算: 'plan', 工作打算: 'plan',
  要点: 'plan', 工作要点: 'plan', 方案: 'plan', 实施方案: 'plan', 工作方案: 'plan',
  说明: 'explain', 情况说明: 'explain',
  简报: 'bulletin',
  建议: 'proposal',
  指示: 'directive',
};

/** Non-statutory words that end in a genre word (…的安排意见); 申请报告 and the like are genre-doubled's. */
const COMPOUND_OVER_GENRE = new Set(['安排意见', '总结报告', '情况报告', '任免报告']);

/** Documents that are usually 印发 as an attachment of a 通知 (关于印发《……》的通知). */
const ISSUED_AS_ATTACHMENT = new Set(['计划', '工作计划', '工作安排', '要点', '工作要点', '方案', '实施方案', '工作方案']);

/** The 事由 with 工作 / 情况 completed so that it reads as the matter of the new title. */
function matterFor(matter: string, word: string, tail: '' | '情况'): string {
  let m = matter;
  if (word.startsWith('工作') && !m.endsWith('工作')) m += '工作';
  else if ((m === '' || /年度?$|[季月]度$|半年$/.test(m)) && word !== '说明' && word !== '情况说明') m += '工作';
  if (tail && !m.endsWith('情况')) m += tail;
  return m;
}

/** The title rewritten with a statutory genre, as a drafter would write it. */
export function rewriteTitle(head: string, word: string, genre: GenreId): string {
  const { issuer, matter } = splitTitle(head);
  if (!matter && !issuer) return genre;
  const family = FAMILY[word];
  if (genre === '通知' && ISSUED_AS_ATTACHMENT.has(word)) return `${issuer}关于印发《${matter}${word}》的通知`;
  if (genre === '通知' && family === 'plan') return `${issuer}关于${matter}${word}的通知`;
  if (genre === '报告' || genre === '通报' || (genre === '函' && family === 'explain')) {
    return `${issuer}关于${matterFor(matter, word, '情况')}的${genre}`;
  }
  if (genre === '意见' && family === 'plan') return `${issuer}关于${matterFor(matter, word, '')}的意见`;
  return `${issuer}关于${matter}的${genre}`;
}

const WHY: Record<Family, MessageKey> = {
  report: 'genre-nonstatutory.why.report',
  request: 'genre-nonstatutory.why.request',
  plan: 'genre-nonstatutory.why.plan',
  explain: 'genre-nonstatutory.why.explain',
  bulletin: 'genre-nonstatutory.why.bulletin',
  proposal: 'genre-nonstatutory.why.proposal',
  directive: 'genre-nonstatutory.why.directive',
};

export const genreNonstatutory: RuleDefinition = {
  meta: {
    id: 'genre-nonstatutory',
    title: '非法定文种',
    description:
      '标题以“总结”“汇报”“申请”“计划”“要点”“方案”等非法定文种结尾。条例第八条所列15种之外没有公文文种：' +
      '汇报、申请、报批类报错误；总结、计划、要点、方案等事务文书报警告（它们可以作为附件由通知印发）。候选修改给出改用法定文种后的完整标题。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条，第十九条（四）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    const n = matchNonstatutorySuffix(bare.text);
    // 安排意见 ends in a genre word but is no 文种: only such compound words pass a statutory ending.
    if (!n || (matchGenreSuffix(bare.text) && !COMPOUND_OVER_GENRE.has(n.word))) return;
    const len = bare.text.length;
    const head = bare.text.slice(0, len - n.word.length);
    // ……建设情况报告 reads as 关于……情况的报告 without its 的, as published annual reports are titled; only
    // ……的情况报告 (or the bare word) makes 情况报告 a genre of its own, and even that published documents use: a hint.
    const loose = n.word === '情况报告';
    if (loose && head && !head.endsWith('的')) return;
    const wordRange = titleRange(ctx.doc, len - n.word.length, len);
    const suggestions: Array<{ title: string; fix: Fix }> = [];
    for (const genre of n.suggest) {
      const next = rewriteTitle(head, n.word, genre);
      const fix = retitle(ctx.doc, next);
      if (fix) suggestions.push({ title: t('genre-nonstatutory.suggest', { title: next }), fix });
      else {
        // A title laid out on several lines whose rewrite crosses a line break: replace the word only.
        const text = head && !head.endsWith('的') && /关于/.test(head) ? `的${genre}` : genre;
        suggestions.push({ title: t('genre-nonstatutory.suggestWord', { genre }), fix: { range: wordRange, text } });
      }
    }
    ctx.report({
      range: wordRange,
      message: t('genre-nonstatutory.found', { word: n.word, why: t(WHY[FAMILY[n.word] ?? 'plan']) }),
      severity: n.hard ? 'error' : loose ? 'info' : 'warning',
      suggestions,
    });
  },
};
