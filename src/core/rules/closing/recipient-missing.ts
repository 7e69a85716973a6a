import { t } from '../../messages';
import type { GenreId } from '../../genres';
import type { Element, GongwenDocument } from '../../parse/model';
import type { OffsetRange } from '../../types';
import { getBareTitle } from '../genre/title-tools';
import type { RuleDefinition } from '../types';

/** Genres that are always addressed to a body: 请示、报告 to the superior, 批复 to the asker, 函 to its counterpart, 通知、通报 to those they direct. */
const ADDRESSED = new Set<GenreId>(['请示', '报告', '批复', '函', '通知', '通报']);

/**
 * A 报告 titled “[机关][年度]……报告” without 关于 (政府工作报告, 法治政府建设情况报告, 政府信息公开工作年度报告)
 * is a report published to the public, read out or posted, with no 主送机关.
 */
const PUBLIC_REPORT = /(?:19|20)[0-9]{2}年度?[^关]*报告$/;

/** Words a first sentence of the 正文 starts with: such a line is text, not a 主送 written without its colon. */
const OPENING = /^(?:现|根据|依据|按照|遵照|为|经|我|你|贵|近|今|由于|关于|随着|截至|截止|据|在|自|从|对|鉴于|兹|特|本)/;

export const recipientMissing: RuleDefinition = {
  meta: {
    id: 'recipient-missing',
    title: '缺少主送机关',
    description:
      '请示、报告、批复、函有正文却没有主送机关（通知、通报在版头下的报警告，其余提示）。主送机关是公文的主要受理机关（条例第九条（八）），编排于标题下空一行、居左顶格（GB/T 9704—2012 7.3.2）；' +
      '请示、报告须写明所报送的上级机关（条例第十五条（一）“原则上主送一个上级机关”），批复主送来文请示的下级机关，函主送对方机关。' +
      '主送机关移至版记（“主送：……”）的、首行像是漏写冒号的主送机关（如“市妇联”，解析未识别为主送）的，以及标题不带“关于”的年度公开报告（政府工作报告等），不报。',
    category: 'route',
    basis: '实务',
    source: '实务（主送机关）；条例第九条（八）、第十五条（一）；GB/T 9704—2012 7.3.2',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const { doc } = ctx;
    const g = ctx.genre;
    if (!g || (g.source !== 'title' && g.source !== 'front-matter')) return;
    const id = g.genre.id;
    if (!ADDRESSED.has(id)) return;
    if (doc.recipients || !doc.paragraphs.length) return;
    // GB/T 9704 7.3.2: a long 主送 list may be moved to the 版记 (主送：……).
    if (doc.colophon.some((c) => c.kind === 'colophonRecipients')) return;
    if (startsWithColophon(doc)) return;
    const first = doc.paragraphs[0];
    if (looksLikeRecipient(doc, first)) return;
    const bare = getBareTitle(doc);
    if (id === '报告' && bare && !bare.text.includes('关于') && PUBLIC_REPORT.test(bare.text)) return;
    // Marked where the 主送 belongs: the opening words of the 正文, which the 主送 line should stand above.
    const run = /^[^，。；：！？、,.;:!?\s\u3000（）()《》“”]+/.exec(first.text);
    const range: OffsetRange = [first.start, first.start + (run ? Math.min(run[0].length, 12) : Math.min(1, first.text.length))];
    if (range[1] <= range[0]) return;
    // A 通知 or 通报 goes to the bodies it directs; published pages often drop the 主送 of one, and some are posted
    // to the public (公开征求意见): a warning only under a 版头 (××文件), where the document is the issued one.
    const downward = id === '通知' || id === '通报';
    if (downward) {
      ctx.report({ range, message: t('recipient-missing.downward', { genre: id }), severity: doc.header.issuerMarks.length ? 'warning' : 'info' });
      return;
    }
    // A text with neither 署名 nor 成文日期 (nor 版头) is a web page's rendering of the document, which drops the 主送 with
    // the rest of the frame: a hint there.
    const framed = doc.signatures.length > 0 || !!doc.date || doc.header.issuerMarks.length > 0;
    ctx.report({ range, message: t(id === '请示' || id === '报告' ? 'recipient-missing.upward' : 'recipient-missing.other', { genre: id }), severity: framed ? undefined : 'info' });
  },
};

/** A text that starts with its 版记 (抄送：……) is a fragment of the 版记, not a document without 主送. */
function startsWithColophon(doc: GongwenDocument): boolean {
  const firstContent = doc.lines.find((l) => !l.blank && !l.comment);
  if (!firstContent) return true;
  return /^(抄送|主送|抄报|报送|分送)\s*[:：\s\u3000]/.test(firstContent.content) || doc.colophon.some((c) => c.start <= firstContent.contentStart);
}

/**
 * The first paragraph is a 主送 written without its colon that the parser did not take for one (周益宝代表,
 * 市妇联): short, no sentence inside, not a heading, not a sentence opening, and the 正文 goes on after it.
 * recipient-colon owns that fault when the parser recognises the line; here the rule stays silent.
 */
function looksLikeRecipient(doc: GongwenDocument, first: Element): boolean {
  if (doc.paragraphs.length < 2) return false;
  // A 主送 stands flush left (居左顶格); an indented line, or one that ends a sentence, is 正文.
  const line = doc.lines[first.line];
  if (first.start > line.start) return false;
  const bare = first.text.replace(/[，,、；;]$/, '');
  if (!bare || bare.length > 40 || /[。！？；：:!?;（）()《》“”.]/.test(bare)) return false;
  if (doc.headings.some((h) => h.line === first.line)) return false;
  return !OPENING.test(bare);
}
