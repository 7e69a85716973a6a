import { t } from '../../messages';
import { matchNonstatutorySuffix } from '../../genres';
import type { RuleDefinition } from '../types';
import { getBareTitle, retitle, splitTitle, titleRange } from './title-tools';

/** Genres whose titles do not take 关于……的 (公告、通告、令、纪要、公报 are named by issuer or meeting). */
const EXEMPT = new Set(['公告', '通告', '命令', '纪要', '公报', '决议']);
/** Titles built on a transfer verb: ××转发××关于……的通知, ××印发《……》的通知. */
const TRANSFER = /转发|批转|印发|发布|颁发|公布/;
/** A verb governing the object that 对 introduces (对××给予表扬, 对××进行调整). */
const DUI_VERB = /给予|予以|进行|作出|做出|实行|实施|开展|加强|表示|提出|追究|处以|加大|加快|强化|推进|落实|进一步|督办|督查|核查|查处|处置|授予|命名|调整|修改/;
/** 关于对××请示的批复: the object is a document or a matter, and nothing governs it but 对. */
const DUI_NOUN_END = /(?:请示|报告|函|来函|申请|建议|提案|问题|意见|情况|事项|决定|通知)的?$/;
/** Modifiers that stand between 的 and the genre word (……的若干意见, ……的实施意见, ……的补充通知). */
const BEFORE_GENRE = /的(?:[\u4e00-\u9fff]{0,4}情况|若干|实施|指导|补充|紧急|联合|暂行|试行|有关|重要|专项|工作|进一步|答复|回复|邀请|情况|综合|专题|自查|调查|审计工作|审计|审查|评估|执行情况|处理|会办)$/;
/** The word before the genre is itself a genre word (请示报告): genre-doubled's, not this rule's. */
const GENRE_BEFORE = /(请示|报告|申请|函|意见|批复|通知|通报|决定)$/;

export const titleGuanyuDe: RuleDefinition = {
  meta: {
    id: 'title-guanyu-de',
    title: '标题“关于……的”结构',
    description:
      '标题有事由却没有“关于”（“××局开展安全检查的通知”），“关于……”后直接接文种、缺少“的”（“关于开展检查通知”），或介词叠用“关于对……”。' +
      '实务通常采用“发文机关＋关于＋事由＋的＋文种”的结构；转发、印发类标题和公告、通告、令、纪要、公报不在此列。',
    category: 'title',
    basis: '实务',
    source: '实务（标题“发文机关＋关于＋事由＋的＋文种”结构）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    // A title without its 文种 (……的通报批评) still has its 关于对 judged (the missing 文种 is another rule's finding).
    if (!g || g.source !== 'title' || !g.word || g.doubled) {
      const bare = ctx.doc.title && !g?.doubled ? getBareTitle(ctx.doc) : undefined;
      if (bare && bare.text.includes('关于对')) checkDui(bare.text.replace(/的[^的]{0,6}$/, '的'));
      return;
    }
    /** 关于对……: 对 stacked on 关于 (any 文种, 通告 and 公告 included). */
    function checkDui(head: string): void {
      const dui = head.indexOf('关于对');
      // 关于对××给予表扬的通报: 对 heads the object of a verb, which is good grammar; only 关于对××的 is stacked.
      const afterDui = head.slice(dui + 3);
      // 关于对××第14号提案的答复: the established title of an answer to a deputy's or a member's proposal.
      const proposal = /(?:提案|建议|议案|审议意见)(?:研究处理情况|办理情况|落实情况)?的?$/.test(afterDui);
      if (dui >= 0 && !proposal && !ctx.isQuoted(...titleRange(ctx.doc, dui, dui + 3))) {
        const range = titleRange(ctx.doc, dui + 2, dui + 3);
        if (DUI_NOUN_END.test(afterDui) || !DUI_VERB.test(afterDui)) {
          // 关于对……的批复: two prepositions stacked; the 事由 reads the same without 对.
          ctx.report({ range, message: t('title-guanyu-de.guanyuDui'), suggestions: [{ title: t('title-guanyu-de.suggestDropDui'), fix: { range, text: '' } }] });
        } else {
          // 关于对××予以表彰的决定: grammatical (对 heads a verb's object) and published every day, yet the textbooks mark
          // every 关于对 as stacked prepositions (关于表彰××的决定): a hint.
          ctx.report({ range, message: t('title-guanyu-de.guanyuDuiVerb'), severity: 'info' });
        }
      }
    }
    if (EXEMPT.has(g.genre.id)) {
      if (g.genre.id === '通告') noticeWithoutGuanyu();
      const exemptBare = getBareTitle(ctx.doc);
      if (exemptBare) checkDui(exemptBare.text.slice(0, exemptBare.text.length - g.word.text.length).replace(/[ \u3000]+$/, ''));
      return;
    }
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    const word = g.word.text;
    // Spaces before a spaced-out genre word (……的 批 复) are layout, not words.
    const head = bare.text.slice(0, bare.text.length - word.length).replace(/[ \u3000]+$/, '');
    if (!head || GENRE_BEFORE.test(head)) return;
    // 安排意见: a non-statutory compound (genre-nonstatutory's), not a missing 的.
    const n = matchNonstatutorySuffix(bare.text);
    // (……工作情况报告 without 的 is a missing 的: genre-nonstatutory only takes ……的情况报告.)
    if (n && n.word.length > word.length && !(n.word === '情况报告' && !/的情况报告$/.test(bare.text) && bare.text !== '情况报告')) return;
    checkDui(head);
    // 关于国务院发布……的通知: 关于 stands before the issuer of a 发布/印发 title; it belongs after it (国务院关于发布……).
    const before = /^关于(?!印发|转发|批转|发布|颁布|公布)([^关的，]{0,20}?(?:国务院|人民政府|政府|委员会|办公厅|办公室|部|局|厅|委))(?=发布|印发|转发|批转|颁布)/.exec(bare.text);
    // 关于落实市委办公室印发……, 关于执行财政部发布的……: a verb before the body names what is carried out.
    if (before && !/贯彻|落实|执行|学习|宣传|做好|按照|根据|认真|进一步/.test(before[1])) {
      ctx.report({ range: titleRange(ctx.doc, 0, 2), message: t('title-guanyu-de.guanyuBeforeIssuer', { issuer: before[1] }) });
      return;
    }
    if (head.includes('关于')) {
      // ……提案的答复函: 答复 + 复函 share a character; the 的 is there.
      // (……会议的会议通知: 会议 said twice is title-redundant's; the 的 is there.)
      // ……的修改意见, ……的审核意见, ……的实施意见: a word of two to four characters between 的 and the 文种 qualifies it.
      if (head.endsWith('的') || BEFORE_GENRE.test(head) || /的[\u4e00-\u9fff]{2,4}$/.test(head) || /的(?:答复|回复|邀请|商洽|询问)函$/.test(head + word) || /的会议$/.test(head)) return;
      const next = `${head}的${word}`;
      const fix = retitle(ctx.doc, next);
      ctx.report({
        range: [g.word.start, g.word.end],
        message: t('title-guanyu-de.noDe', { genre: word }),
        suggestions: fix ? [{ title: t('title-guanyu-de.suggest', { title: next }), fix }] : [],
      });
      return;
    }
    // Without 关于: only a title with a 事由 (……的通知); ××局通知 has none (title-structure's business).
    if (TRANSFER.test(head)) return;
    // 国 务 院 办 公 厅 关 于 ……: a head spaced out letter by letter has its 关于, spaced too.
    if (/关[ \u3000]+于/.test(head)) return;
    const { issuer, matter } = splitTitle(head);
    // ××县人民政府税收大检查情况通报: an issuer and a 事由 with neither 关于 nor 的.
    // A yearly report titled by its year (××市人民政府2024年政府工作报告, ……2024年法治政府建设情况报告) is a
    // recognised form of its own.
    // A 报告 titled ××镇人民政府工作报告 / ……半年工作情况报告 is the form of reports to a 人大 and of yearly public
    // reports; ××对……提案的会办意见 takes 对 for its preposition.
    if (!head.endsWith('的') && !(issuer && matter.length >= 2 && !/^(?:19|20)[0-9]{2}年/.test(matter) && g.genre.id !== '报告' && !/^对/.test(matter))) return;
    if (head.endsWith('的') && (/^对/.test(matter) || (g.genre.id === '报告' && /^(?:19|20)[0-9]{2}年/.test(matter)))) return;
    // 关于 goes after the issuer: without a recognised issuer there is no safe place for it.
    const next = issuer && matter ? `${issuer}关于${matter}的${word}` : undefined;
    const fix = next ? retitle(ctx.doc, next) : undefined;
    // A periodical 通报 numbered 第N期 under its title (督查通报第十七期) is titled by its subject alone: a hint.
    const titleLine = ctx.doc.title ? ctx.doc.title.parts.length : 0;
    const after = ctx.doc.lines.slice((ctx.doc.title?.line ?? 0) + titleLine).find((l) => l.content.trim())?.content ?? '';
    const periodical = !issuer && /^[\u4e00-\u9fff]{0,8}第[一二三四五六七八九十百0-9０-９]+期$/.test(after.trim());
    ctx.report({
      range: [bare.start, bare.end],
      message: t('title-guanyu-de.noGuanyu'),
      severity: periodical ? 'info' : undefined,
      suggestions: fix && next ? [{ title: t('title-guanyu-de.suggest', { title: next }), fix }] : [],
    });

    /**
     * ××市人民政府加强城市建筑垃圾管理的通告: a 通告 may be titled by its issuer alone (××市公安局通告), but one with a 事由
     * takes 关于 like any title. A hint: some offices publish the short form.
     */
    function noticeWithoutGuanyu(): void {
      const bare = getBareTitle(ctx.doc);
      if (!bare || /关于|[《“]/.test(bare.text) || !/的通告$/.test(bare.text)) return;
      const { issuer, matter } = splitTitle(bare.text.slice(0, -3));
      if (!issuer || matter.length < 4) return;
      const next = `${issuer}关于${matter}的通告`;
      const fix = retitle(ctx.doc, next);
      ctx.report({
        range: [bare.start, bare.end],
        message: t('title-guanyu-de.noGuanyu'),
        severity: 'info',
        suggestions: fix ? [{ title: t('title-guanyu-de.suggest', { title: next }), fix }] : [],
      });
    }
  },
};
