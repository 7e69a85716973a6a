import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { getBareTitle, retitle } from './title-tools';

/** The title with 《…》 spans blanked out, so that words of a cited document do not count. */
function outsideBooks(s: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '《') depth++;
    out += depth > 0 ? '　' : ch;
    if (ch === '》' && depth > 0) depth--;
  }
  return out;
}

function count(s: string, re: RegExp): number {
  return (s.match(re) ?? []).length;
}

/**
 * The recommended title: the issuer, the innermost 转发/批转 verb and the original document,
 * with one 的通知: ××县教育局转发省教育厅关于做好……的通知.
 */
export function flattenTransfer(title: string): string | undefined {
  const plain = outsideBooks(title);
  const verbs = [...plain.matchAll(/转发|批转/g)];
  if (!verbs.length) return undefined;
  const first = verbs[0].index!;
  const last = verbs[verbs.length - 1];
  const issuerEnd = plain.lastIndexOf('关于', first) >= 0 ? plain.lastIndexOf('关于', first) : first;
  const issuer = title.slice(0, issuerEnd);
  let rest = title.slice(last.index! + last[0].length);
  while (rest.endsWith('的通知')) rest = rest.slice(0, -3);
  if (!rest) return undefined;
  return `${issuer}${last[0]}${rest}的通知`;
}

export const titleTransferNesting: RuleDefinition = {
  meta: {
    id: 'title-transfer-nesting',
    title: '转发标题层层套叠',
    description:
      '转发、批转类标题层层套叠：“的通知的通知”、两个以上“转发”，或转发、印发标题中“关于”出现两次以上（书名号内的不算）。' +
      '实务通常直接转发最初来文，省略中间层次，原文标题已有“关于”时不再加“关于”。',
    category: 'title',
    basis: '实务',
    source: '实务（转发标题写法）；条例第八条（八）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    const plain = outsideBooks(bare.text);
    const notices = count(plain, /的通知(?=的通知|$)/g);
    const transfers = count(plain, /转发|批转/g);
    const guanyu = count(plain, /关于/g);
    let what: string | undefined;
    if (/的通知的通知/.test(plain)) what = t('title-transfer-nesting.what.notice', { count: notices });
    else if (transfers >= 2) what = t('title-transfer-nesting.what.transfer', { verb: /转发/.test(plain) ? '转发' : '批转', count: transfers });
    else if (guanyu >= 2 && /转发|批转|印发/.test(plain)) what = t('title-transfer-nesting.what.guanyu', { count: guanyu });
    if (!what) {
      // 转发《国务院关于……的通知》的通知: the 书名号 keep “通知……的通知” out of the count above, yet the title still
      // says 通知 twice; textbooks write 转发国务院关于……的通知. Published titles do both: a hint.
      // 关于印发《××局关于印发〈办法〉的通知》的通知: a received 通知 is forwarded (转发), not printed as one's own (印发).
      const printedNotice = /印发《[^《》]*的通知》的通知$/.exec(bare.text);
      if (printedNotice) {
        ctx.report({ range: [bare.start, bare.end], message: t('title-transfer-nesting.printsNotice') });
        return;
      }
      const booked = /(?:转发|批转)《[^《》]*的通知》的通知$/.exec(bare.text);
      if (booked) {
        const next = bare.text.replace(/《([^《》]*的通知)》的通知$/, '$1');
        const fix = retitle(ctx.doc, next);
        ctx.report({
          range: [bare.start, bare.end],
          message: t('title-transfer-nesting.bookedNotice'),
          severity: 'info',
          suggestions: fix ? [{ title: t('title-transfer-nesting.suggest', { title: next }), fix }] : [],
        });
        return;
      }
      // 关于××市人民政府关于加强防汛工作的通知: another body's document named right after 关于, without the verb
      // (转发, 印发, 贯彻) that says what this document does with it.
      const bodyGuanyu = !/转发|批转|印发/.test(plain) ? BODY_THEN_GUANYU.exec(plain) : null;
      if (bodyGuanyu) {
        ctx.report({ range: [bare.start, bare.end], message: t('title-transfer-nesting.noVerb', { org: bodyGuanyu[1] }) });
        return;
      }
      checkTransferForm(plain);
      return;
    }
    const next = flattenTransfer(bare.text);
    const fix = next && next !== bare.text ? retitle(ctx.doc, next) : undefined;
    ctx.report({
      range: [bare.start, bare.end],
      message: t('title-transfer-nesting.found', { what }),
      suggestions: fix && next ? [{ title: t('title-transfer-nesting.suggest', { title: next }), fix }] : [],
    });

    /** 转发、批转、印发 are done by a 通知, and a forwarding title names whose document it forwards. */
    function checkTransferForm(plain: string): void {
      const verb = /(转发|批转|印发)/.exec(plain);
      if (!verb) return;
      const g = ctx.genre;
      const word = g?.source === 'title' ? g.word : undefined;
      // 关于提请批转……的请示, 关于以市政府名义印发……的请示: asking a superior to issue or forward is a request.
      if (g && ['请示', '报告', '函'].includes(g.genre.id) && /提请|请求|恳请|名义|报请/.test(plain.slice(0, verb.index + 2))) return;
      if (g && g.genre.id === '请示') return;
      if (word && word.text !== '通知' && /的$/.test(plain.slice(0, plain.length - word.text.length)) && g!.genre.id !== '命令') {
        ctx.report({ range: [word.start, word.end], message: t('title-transfer-nesting.notNotice', { verb: verb[1], genre: word.text }) });
        return;
      }
      // 批转 is a superior approving what a subordinate sent up: a general office (办公厅/办公室) is no body's
      // superior, so it forwards (国务院办公厅转发……, with 经国务院同意 in the text).
      if (verb[1] === '批转' && word && /(?:办公厅|办公室)$/.test(plain.slice(0, verb.index))) {
        const at = bare!.start + bare!.text.indexOf('批转');
        ctx.report({
          range: [at, at + 2],
          message: t('title-transfer-nesting.officeApproves', { office: plain.slice(0, verb.index) }),
          suggestions: [{ title: t('title-transfer-nesting.suggestVerb', { verb: '转发' }), fix: { range: [at, at + 2], text: '转发' } }],
        });
        return;
      }
      // 转发 is for a superior's or a peer's document; a subordinate's 报告 or 请示 is 批转ed — except by a general
      // office, which 批转s nothing and forwards with its government's consent (国务院办公厅转发××部……的报告的通知).
      if (verb[1] === '转发' && word && /(?:报告|请示)的$/.test(plain.slice(0, plain.length - word.text.length)) && !/(?:办公厅|办公室)$/.test(plain.slice(0, verb.index))) {
        ctx.report({ range: [bare!.start, bare!.end], message: t('title-transfer-nesting.forwardReport') });
        return;
      }
      if (!word) return;
      // 批转省教育厅报告的通知: the body is named but not its document (关于……的报告, or 《……》).
      const named = bare!.text.slice(verb.index + 2, bare!.text.length - word.text.length);
      const bareGenre = BARE_GENRE.exec(named);
      if (bareGenre && !/《|关于/.test(named)) {
        ctx.report({ range: [bare!.start, bare!.end], message: t('title-transfer-nesting.noTitle', { verb: verb[1], org: bareGenre[1], genre: bareGenre[2] }) });
        return;
      }
      // 转发《通知》的通知: the marks hold a 文种 alone, no document's title.
      const onlyGenre = /^《([^《》]{1,4})》的?$/.exec(named);
      if (onlyGenre && /^(?:通知|意见|决定|办法|报告|请示|函|规定|方案)$/.test(onlyGenre[1])) {
        ctx.report({ range: [bare!.start, bare!.end], message: t('title-transfer-nesting.noTitle', { verb: verb[1], org: '', genre: `《${onlyGenre[1]}》` }) });
        return;
      }
      // 印发青溪县2025年招商引资工作的通知: 印发 issues a document (方案, 要点, 办法), and 工作 or 活动 names none.
      if (verb[1] === '印发' && !/[《》]/.test(named) && /(?:工作|活动|事项|事宜)的?$/.test(named)) {
        ctx.report({ range: [bare!.start, bare!.end], message: t('title-transfer-nesting.printsNoDocument', { named: named.replace(/的$/, '') }) });
        return;
      }
      if (verb[1] !== '转发') return;
      const forwarded = bare!.text.slice(verb.index + 2, bare!.text.length - word.text.length);
      // 转发《……》 names the document; 转发××局关于…… names its issuer; 转发关于…… names neither.
      const beforeGuanyu = forwarded.includes('关于') ? forwarded.slice(0, forwarded.indexOf('关于')) : forwarded;
      if (/《/.test(forwarded) || SOURCE_ORG.test(beforeGuanyu) || SOURCE_PLACE.test(forwarded)) return;
      ctx.report({ range: [bare!.start, bare!.end], message: t('title-transfer-nesting.noSource') });
    }
  },
};

/** 转发温州市推行……的指导意见: a place named first stands for its government, the issuer (城市, 都市 are not places). */
const SOURCE_PLACE = /^(?:[\u4e00-\u9fff]{1,2}[^\s城都超上集门股夜菜](?:省|市|县)|[\u4e00-\u9fff]{2,6}自治[区州县])/;

/** 关于 followed at once by a body and its own 关于: a title that names another body's document and no verb. */
const BODY_THEN_GUANYU = /关于(?!贯彻|落实|转发|印发|执行|学习|实施|认真|进一步|做好|开展|加强|推进|响应|对)([^关《》，。、]{2,20}?(?:人民政府|政府|局|厅|委员会|委|办公室|办公厅|院|部|中心))关于/;

/** What a forwarding title names when it gives the issuer and the bare 文种 only (省教育厅报告, 市财政局的意见). */
const BARE_GENRE = /^(.{2,20}?(?:政府|委员会|办公厅|办公室|局|厅|部|委|署|院|中心|公司|集团|党委|党组))的?(报告|请示|意见|通知|方案|办法|规定|决定|函|文件)的?$/;

/** An issuing body named in what a 转发 title forwards. */
const SOURCE_ORG = /政府|党委|党组|委员会|办公厅|办公室|[^简]局|厅|部(?!署)|委|署|院|中心|公司|集团|指挥部|领导小组/;
