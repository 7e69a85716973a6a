import { t, type MessageKey } from '../../messages';
import type { Element } from '../../parse/model';
import type { Fix, OffsetRange } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { halfDigits, hasFullWidthDigit, parseDocNo, replaceFix, YEAR_BRACKETS, YEAR_BRACKETS_CLOSE, type DocNoParts } from './shared';

/**
 * The end of a 发文字号 cited in running text: bracket, year, optional 第, sequence and 号. Matched
 * on a short window that ends at each 号 (found with indexOf, which is fast); the 机关代字 is then
 * found by looking back from the bracket.
 */
const CITED_END = new RegExp(
  `[${YEAR_BRACKETS}][ \\u3000]*[0-9０-９]{2,4}[ \\u3000]*[${YEAR_BRACKETS_CLOSE}][ \\u3000]*第?[ \\u3000]*[0-9０-９]{1,5}[ \\u3000]*号$`,
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

function problemsOf(p: DocNoParts): Problem[] {
  const out: Problem[] = [];
  if (p.open !== '〔' || p.close !== '〕') {
    out.push({ key: p.open === '﹝' ? 'docno-format.lookalike' : 'docno-format.bracket', params: { brackets: p.open + p.close } });
  }
  const year = halfDigits(p.year);
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
  const problems = problemsOf(parts);
  if (!problems.length) return;
  const end = start + parts.length;
  const found = ctx.text.slice(start, end);
  const list = problems.map((p) => t(p.key, p.params)).join('，');
  const where = cited ? t('docno-format.cited') : '';
  const fixed = canonical(parts);
  const range: OffsetRange = [start, end];
  let fix: Fix | undefined;
  if (fixed) {
    // Only the part from the bracket on is rewritten (the 机关代字 is kept as written).
    const from = start + parts.bracketAt;
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
    severity: cited ? 'info' : problems.every((p) => p.minor) ? 'warning' : 'error',
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
  for (const z of zones) {
    for (let p = text.indexOf('号', z.start); p >= 0 && p < z.end; p = text.indexOf('号', p + 1)) {
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
    source: 'GB/T 9704—2012 7.2.5；条例第九条（五）',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const e of doc.header.docNos) {
      const parts = parseDocNo(e.text);
      // A 令 is numbered 第N号 (××省人民政府令〔2010〕第15号 as some provinces print it): no 发文字号.
      if (parts && !/令$/.test(parts.code)) check(ctx, e.start, parts, false);
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
