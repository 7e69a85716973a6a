import { t } from '../../messages';
import type { Severity, Suggestion } from '../../types';
import { closingZone, deletionRange, REPORT_REQUEST, sentenceAround, standardClosing } from '../closing/phrases';
import type { RuleDefinition } from '../types';
import { matchAll } from '../util';
import type { Element } from '../../parse/model';
import { genreWordFix, titleBody } from './title-tools';

/** Non-请示 genres that must not carry a request, with the severity of the finding. */
const GRADED: Record<string, Severity> = { 报告: 'error', 通报: 'warning', 意见: 'warning', 纪要: 'warning' };

/**
 * A 事由 that asks for something: 申请/请求/要求 at its head, or money or approval sought (拨付……经费,
 * 追加……资金, 解决……困难, 审批……). Reading the title alone, as a reviewer does (条例第十五条（四）).
 */
/** 请县人民政府拨付……专项资金50万元: a sentence of the body that asks for money is a request, whatever the closing. */
const FUNDS_REQUEST = /(?<![报呈提申邀])(?:恳请|拟请|请求|请)[^，。；！？\n]{0,16}?(?:(?:拨付|核拨|拨给|增拨|追加|划拨|下拨|拨款|调拨)[^，。；！？\n]{0,20}?(?:资金|经费|款项|补助|万元)|(?:追加|增拨|下拨|核拨|给予)拨款)/g;
/** 希望市政府给予支持, 恳请市里帮助解决, 望上级予以支持: asking the superior itself for help or money; 盼复 asks for an answer. */
const SUPPORT_REQUEST =
  /(?:恳请|希望|望|盼|请求)(?:上级|[省市县区州乡镇]委|[省市县区州乡镇](?:人民)?政府|街道(?:办事处|党工委)?|[省市县区州乡镇]里|领导)[^，。；！？\n]{0,24}?(?:给予|予以|帮助|协调|支持|解决|拨付|安排)[^，。；！？\n]{0,16}|盼复|望复|敬请(?:回复|答复)/g;
const TITLE_REQUEST = /^(?:向[^的]{1,16}?)?(?:申请|请求|要求|恳请|拟请|提请(?!审议)|拨款|拨付|增拨|追加|核拨|划拨|下拨|急需|亟需|亟待|购买|购置|添置)|(?:拨付|拨给|拨款|下拨|增拨|追加|补助|解决|给予|划拨|核拨|调拨|安排|增加)[^的]{0,16}(?:经费|资金|款|补助|编制|指标|用地|用房|困难)|(?:购置|建设|维修|改造|专项|启动|补助)(?:经费|资金)$|(?:批准|审批|核准|审定|批复)(?![后的]?(?:情况|执行|落实|实施))|(?:经费|资金|编制|指标)(?:的)?(?:申请|请求)/;
/** A 事由 that reports on a request already made or granted (关于……申请执行情况的报告) asks nothing. */
const TITLE_REPORTS_ON = /情况|进展|结果|执行|落实|完成|使用|检查|调查|自查|总结|绩效|评价|审计|分配|下达|管理|工作$/;
/** What a 决定 or 通报 may not open with: an asking verb (批准/审定 are what a 决定 does). */
const ASKING = /^(?:向[^的]{1,16}?)?(?:申请|请求|要求|恳请|拟请)/;

/** What only a subordinate asks of its superior: a 通知 that opens with it (关于要求解决……的通知) is a 请示. */
const UPWARD_ASK = /^(?:向[^的]{1,16}?)?(?:请求|恳请|要求(?:解决|拨|追加|增拨|增加|给予|批准|审批|核拨|补助))/;

/** An upward 意见 closes “以上意见如无不妥/妥否，请批示” — the seed: 作为上行文，应按请示性公文的程序办理. */
const UPWARD_OPINION_CLOSING = /^以上意见[^。！？]*请(?:批示|批复|审定|批转)/;

export const genreReportContainsRequest: RuleDefinition = {
  meta: {
    id: 'genre-report-contains-request',
    title: '报告夹带请示事项',
    description:
      '报告（以及通报、意见、纪要）中出现“妥否，请批示”“请予批准”“请审批”等请求用语。条例第十五条（四）规定不得在报告等非请示性公文中夹带请示事项：' +
      '报告报错误，通报、纪要、意见报警告；上行意见以“以上意见……请批示”结尾是按请示程序办理，不报。引用的来文标题（《关于……的请示》）不算。',
    category: 'genre',
    basis: '条例',
    source: '条例第十五条（四）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    // 请示报告: which genre is meant is genre-doubled's question.
    if (!g || g.source === 'content' || g.doubled) return;
    const id = g.genre.id;
    let titleReported = false;
    const asked: string[] = [];
    if (id === '报告' || id === '通报' || id === '决定' || id === '通知') reportTitleRequest();
    const severity = GRADED[id];
    if (!severity) return;
    const zone = closingZone(ctx.doc, 2);
    const closing = standardClosing(id, ctx.doc, g);
    const zoneText = zone.map((z) => z.text).join('');
    for (const para of ctx.doc.paragraphs) {
      const matches = [...matchAll(ctx.text, REPORT_REQUEST, para.start, para.end), ...matchAll(ctx.text, FUNDS_REQUEST, para.start, para.end), ...(id === '报告' ? matchAll(ctx.text, SUPPORT_REQUEST, para.start, para.end) : [])]
        .filter((m) => !ctx.isQuoted(m.start, m.end))
        // 某乡镇向县政府请求拨付资金 / 我局已向市政府请求追加: a request told about (made by someone, to someone), not made here.
        .filter((m) => !/向[^，。；！？\n]{1,14}$/.test(ctx.text.slice(Math.max(para.start, m.start - 16), m.start)))
        .sort((a, b) => a.start - b.start);
      // One finding per sentence: “妥否，请批示” is one request, not two.
      let i = 0;
      while (i < matches.length) {
        const s = sentenceAround(ctx.text, para, matches[i].start, matches[i].end);
        let j = i;
        while (j + 1 < matches.length && matches[j + 1].end <= s.end) j++;
        const start = matches[i].start;
        const end = matches[j].end;
        i = j + 1;
        if (id === '意见' && UPWARD_OPINION_CLOSING.test(s.text)) continue;
        report(para, s, start, end);
        asked.push(ctx.text.slice(start, end));
      }
    }
    // The 文种 itself is what the drafter must change: a 报告 whose 正文 asks is marked on its genre word too (once).
    if (id === '报告' && asked.length && !titleReported && g.source === 'title' && g.word) {
      ctx.report({ range: [g.word.start, g.word.end], message: t('genre-report-contains-request.genreWord', { found: asked[0] }), severity: 'warning', suggestions: suggestGenre() });
    }

    function reportTitleRequest(): void {
      const body = titleBody(ctx);
      if (!body || !g!.word) return;
      const { bare, matter } = body;
      // A 通知 goes down: only an ask that goes up (请求, 要求解决……) is a 请示 under the wrong word.
      if (id === '通知' && !UPWARD_ASK.test(matter)) return;
      const m = TITLE_REQUEST.exec(matter);
      if (!m || TITLE_REPORTS_ON.test(matter.slice(m.index + m[0].length))) return;
      // A 通报 or 决定 only when the matter opens with an asking verb (关于申请拨款的通报; 关于批准……的决定 is right).
      if (id !== '报告' && !ASKING.test(matter)) return;
      const at = body.matterAt + m.index;
      const start = bare.start + at;
      // In a 通知 the asking words are common ones (要求): the word at fault is the 文种.
      if (id === '通知' || /[\r\n]/.test(ctx.text.slice(bare.start, start + m[0].length)) || ctx.isQuoted(start, start + m[0].length)) {
        ctx.report({ range: [g!.word.start, g!.word.end], message: t('genre-report-contains-request.title', { found: m[0], genre: id }), suggestions: suggestGenre(), severity: id === '通知' ? 'warning' : undefined });
        titleReported = true;
        return;
      }
      ctx.report({ range: [start, start + m[0].length], message: t('genre-report-contains-request.title', { found: m[0], genre: id }), suggestions: suggestGenre() });
      titleReported = true;
    }

    function suggestGenre(): Suggestion[] {
      const fix = genreWordFix(ctx, '请示');
      return fix ? [{ title: t('genre-report-contains-request.suggestGenre'), fix }] : [];
    }

    function report(para: Element, s: { start: number; end: number; text: string }, start: number, end: number): void {
      const found = ctx.text.slice(start, end);
      const suggestions: Suggestion[] = [];
      const isClosing = zone.some((z) => z.start === s.start);
      if (isClosing && closing) {
        const own = closing.replace(/。$/, '');
        if (zoneText.includes(own) && !s.text.includes(own)) {
          suggestions.push({ title: t('genre-report-contains-request.suggestDelete', { text: s.text }), fix: { range: deletionRange(ctx.doc, s, para), text: '' } });
        } else {
          suggestions.push({ title: t('genre-report-contains-request.suggestClosing', { closing }), fix: { range: [s.start, s.end], text: closing } });
        }
      }
      if (id === '报告') {
        const fix = genreWordFix(ctx, '请示');
        if (fix) suggestions.push({ title: t('genre-report-contains-request.suggestGenre'), fix });
      }
      ctx.report({
        range: [start, end],
        message: id === '报告'
          ? t('genre-report-contains-request.report', { found })
          : t('genre-report-contains-request.other', { genre: id, found }),
        severity,
        suggestions,
      });
    }
  },
};
