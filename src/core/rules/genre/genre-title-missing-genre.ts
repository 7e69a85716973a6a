import { t } from '../../messages';
import { matchGenreSuffix, matchNonstatutorySuffix } from '../../genres';
import type { RuleDefinition } from '../types';
import { getBareTitle, retitle } from './title-tools';

/** A title that is only the genre word, possibly with its qualifier (紧急通知, 会议纪要). */
function onlyGenre(text: string, suffix: string): boolean {
  return text === suffix || /^(紧急|补充|联合|开会|会议|重要|预备)?(通知|通报|公告|通告|请示|报告|批复|函|复函|意见|决定|决议|纪要|会议纪要|议案|公报|命令)$/.test(text);
}

/** The number line of a 令 (××人民政府令第129号, 中华人民共和国国务院令 第706号). */
const ORDER_NUMBER = /^[^\n]{0,30}令[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十百千〇]+[ \u3000]*号[ \u3000]*$/;

/** A body's name and nothing else (××市人民政府, 商务部, ××市人民代表大会常务委员会). */
const ORG_NAME_ONLY = /^[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|政府|人民代表大会|常务委员会|委员会|办公厅|办公室|部|局|厅|署|委|院|会|中心|公司|集团)$/;

/** 中华人民共和国农业部公告第1731号, ××市人民政府通告第3号: a numbered 公告/通告/令 titled by its number. */
const NUMBERED_GENRE = /(?:公告|通告|令|公报)[ \u3000]*(?:[（(]?[0-9０-９]{4}[)）]?年?)?[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十百千〇]+[ \u3000]*号$/;

const ORDER_HEAD = /^[^，。]{1,30}令[ \u3000]*(?:[0-9０-９]{4}年)?[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十百千〇]+[ \u3000]*号[ \u3000]/;

export const genreTitleMissingGenre: RuleDefinition = {
  meta: {
    id: 'genre-title-missing-genre',
    title: '标题缺少法定文种',
    description:
      '标题须以条例第八条所列的法定文种结尾（通知、请示、报告、函……）。标题没有文种时报错误；标题只有文种、没有发文机关和事由时报警告。' +
      '以“总结”“申请”等非法定文种结尾的标题由 genre-nonstatutory 报告，这里不重复。',
    category: 'genre',
    basis: '条例',
    source: '条例第九条（七），第八条，第十九条（四）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    const m = matchGenreSuffix(bare.text);
    if (m) {
      if (onlyGenre(bare.text, m.suffix)) {
        ctx.report({
          range: [bare.start, bare.end],
          message: t('genre-title-missing-genre.onlyGenre', { genre: m.genre }),
          severity: 'warning',
        });
      }
      return;
    }
    // ……建议的答复 / ……提案的答复: the reply to a deputy's 建议 or a 提案, which offices publish under that name (a 函).
    if (/答复$/.test(bare.text) && /建议|提案|议案/.test(bare.text)) return;
    // ××市公园管理办法 over ××市人民政府令第129号: the name of the rules that a 令 publishes, not a title that lacks its 文种.
    if (ORDER_NUMBER.test(ctx.text.slice(bare.end, bare.end + 60).replace(/^\s*\n/, '').split('\n')[0] ?? '')) return;
    // 重庆市人民政府令第 265 号: the 令's own head, with its number on the same line; 商务部令2007年第15号 ××办法: the
    // head with the name of the rules it publishes after it.
    if (ORDER_NUMBER.test(bare.text) || ORDER_HEAD.test(bare.text) || NUMBERED_GENRE.test(bare.text)) return;
    // 院办发〔2022〕5号（2021-2022学年度第十次校长办公会纪要）: the title in brackets after the number ends in its 文种.
    const bracketed = /[（(]([^（()）]{2,60})[)）]$/.exec(bare.text);
    if (bracketed && matchGenreSuffix(bracketed[1])) return;
    // 商务部, 衢州市人民代表大会: an issuer's name alone on the first line is a 版头 or a web page's issuer line that the
    // layout set apart, not a title that lacks its 文种 (a title being typed has its 关于 or its 事由).
    if (bare.text.length <= 30 && !/关于|[，。；：、]/.test(bare.text) && ORG_NAME_ONLY.test(bare.text) && !ctx.genre) return;
    // One finding per fault: a non-statutory ending (工作总结, 申请) is genre-nonstatutory's.
    if (matchNonstatutorySuffix(bare.text)) return;
    // A genre declared in front matter or inferred from the closing (特此通知, 妥否，请批示) tells which word the title lacks.
    const guess = ctx.genre && ctx.genre.source !== 'title' ? ctx.genre.genre.id : undefined;
    if (guess) {
      const needsDe = !bare.text.endsWith('的') && (/关于/.test(bare.text) || /[》”」』]$/.test(bare.text));
      const fixed = bare.text + (needsDe ? '的' : '') + guess;
      const fix = retitle(ctx.doc, fixed);
      ctx.report({
        range: [bare.start, bare.end],
        severity: bare.text.includes('关于') ? undefined : 'warning',
        message: t('genre-title-missing-genre.missingGuess', { title: bare.text, genre: guess, fixed }),
        suggestions: fix ? [{ title: t('genre-title-missing-genre.suggest', { title: fixed }), fix }] : [],
      });
      return;
    }
    // A line with 关于 is a title for certain (an error); a first line without it may be a web page's or a database's
    // heading that the layout set above the document: a warning.
    ctx.report({ range: [bare.start, bare.end], message: t('genre-title-missing-genre.missing', { title: bare.text }), severity: bare.text.includes('关于') ? undefined : 'warning' });
  },
};
