import { t, type MessageKey } from '../../messages';
import type { Element } from '../../parse/model';
import type { Fix, OffsetRange } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { halfDigits, hasFullWidthDigit, issuedBefore2012, issuedBeforeYear, parseDocNo, replaceFix, YEAR_BRACKETS, YEAR_BRACKETS_CLOSE, type DocNoParts } from './shared';

/**
 * The end of a 发文字号 cited in running text: bracket, year, optional 第, sequence and 号. Matched
 * on a short window that ends at each 号 (found with indexOf, which is fast); the 机关代字 is then
 * found by looking back from the bracket.
 */
const CITED_END = new RegExp(
  `[${YEAR_BRACKETS}][ \\u3000]*[0-9０-９]{2,4}[ \\u3000]*年?[ \\u3000]*[${YEAR_BRACKETS_CLOSE}][ \\u3000]*第?[ \\u3000]*[0-9０-９]{1,5}[ \\u3000]*号$`,
);
const WINDOW = 32;
const CANONICAL_TAIL = /^〔[0-9]{4}〕[1-9][0-9]*号$/;
const CODE_CHAR = /[\p{Script=Han}A-Za-z×ＸXx○〇]/u;
/** Words that end the text before a cited number: 根据国办发〔…〕 → the code is 国办发. */
const LEAD_WORDS = /^.*(?:根据|按照|依据|参照|遵照|执行|贯彻|落实|印发|转发|批转|下发|见|即|和|及|与|的|了|将|按|据)/u;
const MAX_CODE = 20;

interface Problem {
  key: MessageKey;
  params?: Record<string, string>;
  /** Only full-width digits or stray spaces: a warning, not an error. */
  minor?: boolean;
}

function problemsOf(p: DocNoParts, old = false): Problem[] {
  const out: Problem[] = [];
  // ×政（函）字〔2024〕5号: a bracketed 函 inside the 机关代字 (offices write 兰陵政字、×政函 alike, so 字 alone is left be).
  // ……发字〔2024〕3号: 发 already marks the 发文; a 字 after it is the textbook's redundant 字 (×政字 alone is usage).
  if ((/[（(]函[）)]/.test(p.code) || /[发函]字$/.test(p.code)) && !old) out.push({ key: 'docno-format.ziHan' });
  if (p.open !== '〔' || p.close !== '〕') {
    // Square look-alikes ([2024] 【2024】 ﹝2024﹞) are what web pages and systems without 〔〕 print: a warning.
    // Round brackets, the textbook mistake, are an error.
    const square = /^[\[［【﹝{]$/.test(p.open) && /^[\]］】﹞}]$/.test(p.close);
    out.push({ key: p.open === '﹝' ? 'docno-format.lookalike' : 'docno-format.bracket', params: { brackets: p.open + p.close }, minor: square });
  }
  const year = halfDigits(p.year);
  if (p.yearWord) out.push({ key: 'docno-format.yearWord' });
  if (year.length !== 4) out.push({ key: 'docno-format.yearShort', params: { year: p.year } });
  if (p.di) out.push({ key: 'docno-format.di' });
  const seq = halfDigits(p.seq);
  if (/^0/.test(seq)) out.push({ key: 'docno-format.zero', params: { seq: p.seq } });
  if (!p.hao) out.push({ key: 'docno-format.hao' });
  if (hasFullWidthDigit(p.year + p.seq)) out.push({ key: 'docno-format.fullWidth', minor: true });
  if (p.spaced) out.push({ key: 'docno-format.spaced', minor: true });
  return out;
}

/** The whole 发文字号 rewritten per GB/T 9704 7.2.5, or undefined when that is not certain (year not 4 digits). */
function canonical(p: DocNoParts): string | undefined {
  const year = halfDigits(p.year);
  const seq = Number(halfDigits(p.seq));
  if (year.length !== 4 || !seq) return undefined;
  return `${p.code}〔${year}〕${seq}号`;
}

function check(ctx: RuleContext, start: number, parts: DocNoParts, cited: boolean): void {
  const problems = problemsOf(parts, issuedBefore2012(ctx.doc));
  if (!problems.length) return;
  const end = start + parts.length;
  const found = ctx.text.slice(start, end);
  const list = problems.map((p) => t(p.key, p.params)).join('，');
  const where = cited ? t('docno-format.cited') : '';
  // The 机关代字 is the issuer's to change: a number whose fault lies there has no mechanical fix.
  const fixed = problems.some((p) => p.key === 'docno-format.ziHan') ? undefined : canonical(parts);
  const range: OffsetRange = [start, end];
  let fix: Fix | undefined;
  if (fixed) {
    // Only the part from the bracket on is rewritten (the 机关代字 is kept as written).
    const from = start + parts.code.length;
    fix = replaceFix(ctx.text, from, end, fixed.slice(parts.code.length));
  }
  ctx.report({
    range,
    message: fixed
      ? t('docno-format.found', { where, found, problems: list, fixed })
      : t('docno-format.noFix', { where, found, problems: list }),
    fix,
    // A number cited in the 正文 is written as its issuer wrote it: GB/T 9704 7.2.5 governs this document's own
    // 发文字号, so a cited one is only pointed out (published documents cite 〔〕, [] and ﹝﹞ alike).
    // A document dated before 2000 was written before GB/T 9704-1999 fixed the 〔〕 form ((90)鲁政函18号 was usage then): a hint.
    severity: cited || issuedBeforeYear(ctx.doc, 2000) || problems.every((p) => p.key === 'docno-format.spaced') ? 'info' : problems.every((p) => p.minor) ? 'warning' : 'error',
  });
}

/** A 发文字号 whose parts are out of their places (〔2015〕×政3号, ×财发〔1992〕字第36号, 1995年[12]号): what is wrong, no fix. */
function checkLoose(ctx: RuleContext, e: Element): void {
  const s = e.text;
  const out: Problem[] = [];
  // The year: a bracketed four-digit number first (粤府土审（16）〔2021〕11号 has a bracketed 16 in its code).
  const year =
    /([〔\[【（(［﹝{])[ \u3000]*([0-9０-９]{4})[ \u3000]*(年?)[ \u3000]*([〕\]】）)］﹞}]?)|([0-9０-９]{4})(?=年|[ \u3000]*第|[ \u3000]+[0-9０-９])/.exec(s) ??
    /([〔\[【（(［﹝{])[ \u3000]*([0-9０-９×ＸXx]{2,4}|[〇零○一二三四五六七八九]{4})[ \u3000]*(年?)[ \u3000]*([〕\]】）)］﹞}]?)/.exec(s);
  if (year && year[5]) out.push({ key: 'docno-format.yearUnbracketed', params: { year: year[5] } });
  if (year && year[1]) {
    if (year[1] !== '〔' || year[4] !== '〕') out.push({ key: 'docno-format.bracket', params: { brackets: year[1] + (year[4] || '') } });
    if (year[3]) out.push({ key: 'docno-format.yearWord' });
    if (/^[〇零○一二三四五六七八九]{4}$/.test(year[2])) out.push({ key: 'docno-format.yearChinese', params: { year: year[2] } });
    else if (!/^[0-9０-９]{4}$/.test(year[2])) out.push({ key: 'docno-format.yearShort', params: { year: year[2] } });
    // 〔2015〕×政3号: the year before the 机关代字 (a bracketed year alone is a number still being typed).
    // (〔2011〕80号 alone, a 纪要's or a series' number, has no 机关代字 to put first.)
    if (year.index === 0 && /[\u4e00-\u9fffA-Za-z×]/.test(s.slice(year[0].length).replace(/[号號]$/, ''))) out.push({ key: 'docno-format.order' });
  }
  if (/字[〔\[【（(［﹝{]|[〕\]】）)］﹞}][ \u3000]*字|[（(]函[）)]/.test(s)) out.push({ key: 'docno-format.ziHan' });
  if (/[〕\]】）)］﹞}][^0-9０-９]*[〔\[【（(［﹝{][ \u3000]*[0-9０-９]+[ \u3000]*[〕\]】）)］﹞}][ \u3000]*号|年[〔\[【（(［﹝{][0-9]+/.test(s)) out.push({ key: 'docno-format.seqBracketed' });
  if (/第[ \u3000]*[0-9０-９]+[ \u3000]*[号號]$/.test(s)) out.push({ key: 'docno-format.di' });
  const seq = /([0-9０-９]+)[ \u3000]*[〕\]】）)］﹞}]?[ \u3000]*[号號]$/.exec(s);
  if (seq && /^[0０]/.test(seq[1])) out.push({ key: 'docno-format.zero', params: { seq: seq[1] } });
  if (/號$/.test(s)) out.push({ key: 'docno-format.traditional' });
  if (!out.length) return;
  ctx.report({
    range: [e.start, e.end],
    message: t('docno-format.noFix', { where: '', found: s, problems: out.map((p) => t(p.key, p.params)).join('，') }),
    severity: issuedBeforeYear(ctx.doc, 2000) ? 'info' : 'error',
  });
}

/** The 机关代字 before a cited number: the run of Han/Latin characters, without a leading 根据/按照/的…. */
function codeStart(text: string, bracket: number): number {
  let s = bracket;
  while (s > 0 && bracket - s < MAX_CODE && CODE_CHAR.test(text[s - 1])) s--;
  const lead = LEAD_WORDS.exec(text.slice(s, bracket));
  return lead ? s + lead[0].length : s;
}

/** One pass over the zones (sorted, disjoint) where the document cites other documents. */
function scanCited(ctx: RuleContext, zones: ReadonlyArray<Pick<Element, 'start' | 'end'>>): void {
  const text = ctx.text;
  const [wFrom, wTo] = ctx.window ?? [0, text.length];
  for (const z of zones) {
    const zEnd = Math.min(z.end, wTo);
    for (let p = text.indexOf('号', Math.max(z.start, wFrom)); p >= 0 && p < zEnd; p = text.indexOf('号', p + 1)) {
      const from = Math.max(z.start, p - WINDOW);
      const m = CITED_END.exec(text.slice(from, p + 1));
      // Most cited numbers are right: nothing to look up for them.
      if (!m || CANONICAL_TAIL.test(m[0])) continue;
      const bracket = from + m.index;
      const end = p + 1;
      const start = Math.max(codeStart(text, bracket), z.start);
      if (start === bracket) continue; // No 机关代字: "（2024）1号" is not a 发文字号.
      const parts = parseDocNo(text.slice(start, end));
      if (!parts) continue;
      // 令号 (国务院令第783号) and the numbers of 公告/通告 (××公告（2024）第1号) are not 发文字号.
      if (/令$/.test(parts.code) || (parts.di && /(公告|通告|公报)$/.test(parts.code))) continue;
      if (ctx.isQuoted(start, start + parts.length)) continue;
      check(ctx, start, parts, true);
    }
  }
}

export const docnoFormat: RuleDefinition = {
  meta: {
    id: 'docno-format',
    title: '发文字号格式',
    description:
      '发文字号由机关代字、年份和顺序号组成：年份标全称并用六角括号“〔〕”括入，顺序号不加“第”字、不编虚位，后加“号”字（如“×府发〔2024〕5号”）。版头的发文字号和正文中引用的发文字号都检查；令号（国务院令第783号）除外。',
    category: 'header',
    basis: 'GB/T 9704',
    scope: 'unit',
    source: 'GB/T 9704—2012 7.2.5；条例第九条（五）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '年份括号改为六角括号，删去“第”和虚位，去掉括号内的“年”字和多余空格', han: '第年號号' },
  },
  // A 版头 发文字号 of a 令 is read with the 发文机关标志 and the title; a number's severity with the document's date.
  facts: (ctx) =>
    `${ctx.doc.header.issuerMarks.some((m) => /令$/.test(m.text))}|${/令$/.test(ctx.doc.title?.text ?? '')}|${issuedBefore2012(ctx.doc)}|${issuedBeforeYear(ctx.doc, 2000)}`,
  check(ctx) {
    const doc = ctx.doc;
    for (const e of doc.header.docNos) {
      const parts = parseDocNo(e.text);
      // A 令 is numbered 第N号 (××省人民政府令〔2010〕第15号 as some provinces print it): no 发文字号.
      // Nor are the numbers of a 纪要 or of 公告/通告 series (××公告〔2013〕第9号).
      if (parts && (/(令|纪要)$/.test(parts.code) || (parts.di && /(公告|通告|公报)$/.test(parts.code)))) continue;
      if (parts) check(ctx, e.start, parts, false);
      // 第82号 under ××人民政府令 is the 令号, rightly with 第.
      else if (!(/^第/.test(e.text) && (doc.header.issuerMarks.some((m) => /令$/.test(m.text)) || /令$/.test(doc.title?.text ?? '')))) checkLoose(ctx, e);
    }
    const zones: Array<Pick<Element, 'start' | 'end'>> = [];
    if (doc.title) zones.push(doc.title);
    if (doc.subtitle) zones.push(doc.subtitle);
    if (doc.body) zones.push({ start: doc.body[0], end: doc.body[1] });
    if (doc.attachmentNote) zones.push(doc.attachmentNote);
    for (const n of doc.notes) zones.push(n);
    scanCited(ctx, zones);
  },
};
