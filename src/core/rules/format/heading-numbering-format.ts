import { t } from '../../messages';
import type { Heading } from '../../parse/model';
import type { Severity } from '../../types';
import type { RuleDefinition } from '../types';
import { replaceFix } from './shared';

const L1 = /^([一二三四五六七八九十百]+)([ \u3000]*)([、.．，,:：])$/;
const BRACKETED = /^([（(〔［\[【])([ \u3000]*)([一二三四五六七八九十百]+|[0-9]{1,3})([ \u3000]*)([）)〕］\]】])([、.．，,]?)$/;
const L3 = /^([0-9]{1,3})([ \u3000]*)([.．、，,)）])$/;

/** 第一、 其二、 at the start of a sentence: 第/其 ordinals take a comma (第一，). 第一、第二批 is a list. */
const DI_ORDINAL = /(第[一二三四五六七八九十]{1,3}|其[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)()、(?![第其一二三四五六七八九十])/g;
/** ①、 ②. : a circled number is a numeral with its own mark; nothing follows it (GB/T 15834 附录B). */
const CIRCLED = /^([①-⑳⑴-⒇])([、.．，,])/;
/** A、 B. as a heading: letters are no 层次序数 of a 公文 (an English passage's list is left alone). */
const LETTER = /^[A-Za-z][、．](?![A-Za-z])|^[A-Za-z][.](?=[\u4e00-\u9fff])/;

interface Verdict {
  severity: Severity;
  /** What is wrong, from the catalogue. */
  problem: string;
  fixed: string;
}

function judge(h: Heading): Verdict | undefined {
  const w = h.marker.text;
  if (w === h.canonical) return undefined;
  if (h.level === 1) {
    const m = L1.exec(w);
    if (!m) return undefined;
    if (m[3] !== '、') return { severity: 'error', problem: t('heading-numbering-format.mark', { mark: m[3], right: '顿号“、”' }), fixed: h.canonical };
    return { severity: 'warning', problem: t('heading-numbering-format.spaced'), fixed: h.canonical };
  }
  if (h.level === 3) {
    const m = L3.exec(w);
    if (!m) return undefined;
    if (m[3] === '.' || m[3] === '．') {
      if (!m[2]) return undefined; // 1． is accepted as well as 1.
      return { severity: 'warning', problem: t('heading-numbering-format.spaced'), fixed: `${m[1]}${m[3]}` };
    }
    // 1、 for 1. is the commonest slip of published local documents: a warning; a 顿号 after 一 is still an error.
    return { severity: m[3] === '、' ? 'warning' : 'error', problem: t('heading-numbering-format.mark', { mark: m[3], right: '下脚点“.”' }), fixed: h.canonical };
  }
  const m = BRACKETED.exec(w);
  if (!m) return undefined;
  if (m[6]) return { severity: 'error', problem: t('heading-numbering-format.afterBracket', { mark: m[6] }), fixed: h.canonical };
  // [1] and ［1］ are also how footnotes and references are numbered: a warning; 〔1〕, 【1】 and unpaired marks are errors.
  const square = /^[\[［]$/.test(m[1]) && /^[\]］]$/.test(m[5]);
  if (!/[（(]/.test(m[1]) || !/[）)]/.test(m[5])) return { severity: square ? 'warning' : 'error', problem: t('heading-numbering-format.bracket', { open: m[1], close: m[5] }), fixed: h.canonical };
  if (m[1] !== '（' || m[5] !== '）') return { severity: 'warning', problem: t('heading-numbering-format.halfWidth'), fixed: h.canonical };
  return { severity: 'warning', problem: t('heading-numbering-format.spaced'), fixed: h.canonical };
}

export const headingNumberingFormat: RuleDefinition = {
  meta: {
    id: 'heading-numbering-format',
    title: '结构层次序数写法',
    description:
      '正文结构层次序数依次用“一、”“（一）”“1.”“（1）”：汉字序数后用顿号，阿拉伯数字后用下脚点，加括号的序数后不再加标点，括号用全角；“第一”“其一”类序数后用逗号。“一.”“（一）、”“1、”“(1)”等可自动改正。',
    category: 'body',
    scope: 'unit',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.3；GB/T 15834—2011 附录B（序次语之后的标点）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '层次序数后的标点与括号改为规范形式，删去“第”', han: '第' },
  },
  check(ctx) {
    const text = ctx.text;
    // Each heading and paragraph by itself: in an incremental lint's window, only those in it.
    const [from, to] = ctx.window ?? [0, text.length];
    for (const h of ctx.doc.headings) {
      if (h.marker.start < from || h.marker.start >= to) continue;
      // "1) First, …": an item of an English passage follows its own conventions.
      if (/^[A-Za-z]/.test(h.text.text) && /[,.)(]/.test(h.marker.text)) continue;
      const v = judge(h);
      if (!v) continue;
      ctx.report({
        range: [h.marker.start, h.marker.end],
        message: t('heading-numbering-format.found', { found: h.marker.text, problem: v.problem, fixed: v.fixed }),
        // 1、2、3、: a digit after the mark would read as a decimal (1.2、3) after the fix, so none is made.
        fix: /^[0-9]/.test(text.slice(h.marker.end, h.marker.end + 1)) ? undefined : replaceFix(text, h.marker.start, h.marker.end, v.fixed),
        severity: v.severity,
      });
    }
    for (const p of ctx.doc.paragraphs) {
      if (p.end < from || p.start >= to) continue;
      const letter = LETTER.exec(p.text);
      if (letter) ctx.report({ range: [p.start, p.start + letter[0].length], message: t('heading-numbering-format.letter', { found: letter[0] }), severity: 'warning' });
      const c = CIRCLED.exec(p.text);
      if (!c) continue;
      const at = p.start + 1;
      ctx.report({
        range: [p.start, at + 1],
        message: t('heading-numbering-format.circled', { found: c[0], fixed: c[1] }),
        fix: { range: [at, at + 1], text: '' },
        severity: 'warning',
      });
    }
    const body = ctx.doc.body;
    if (!body) return;
    DI_ORDINAL.lastIndex = Math.max(body[0], from);
    let m: RegExpExecArray | null;
    while ((m = DI_ORDINAL.exec(text)) && m.index < Math.min(body[1], to)) {
      // Only at the start of a paragraph or a sentence.
      let k = m.index - 1;
      while (k >= body[0] && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k--;
      if (k >= body[0] && !/[\n\r。；！？]/.test(text[k])) continue;
      if (ctx.isQuoted(m.index, m.index + m[0].length)) continue;
      const comma = m.index + m[0].length - 1;
      ctx.report({
        range: [m.index, comma + 1],
        message: t('heading-numbering-format.ordinal', { found: m[0], fixed: `${m[1]}${m[2]}，` }),
        fix: { range: [comma, comma + 1], text: '，' },
        severity: 'warning',
      });
    }
  },
};
