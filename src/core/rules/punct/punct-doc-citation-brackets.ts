import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { docnoFormatCovers, punctContext } from './context';

/** Outer brackets other than （） around a cited 发文字号: 《…》［国发〔2013〕1号］, 【…】. ASCII () is punct-halfwidth-in-cjk's. */
const WRONG_OUTER: Record<string, string> = { '［': '（', '[': '（', '【': '（', '〔': '（' };
const WRONG_OUTER_CLOSE: Record<string, string> = { '］': '）', ']': '）', '】': '）', '〕': '）' };

export const punctDocCitationBrackets: RuleDefinition = {
  meta: {
    id: 'punct-doc-citation-brackets',
    title: '引用发文字号时的括号层次',
    description: '引用发文字号时，整个发文字号用圆括号（）括起，年份用六角括号〔〕：《关于……的通知》（国发〔2013〕1号）。正文中发文字号本身的写法由 docno-format 检查，本规则检查其外层括号和附件、版记中的发文字号。',
    category: 'punct',
    basis: 'GB/T 9704',
    scope: 'unit',
    source: 'GB/T 9704—2012 7.2.5（年份用六角括号“〔〕”括入）；实务（引用公文时发文字号用圆括号括起）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '引用发文字号外的括号改为圆括号' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    for (const n of pc.docNumbers) {
      if (n.header || ctx.isQuoted(n.start, n.end)) continue;
      const number = ctx.text.slice(n.start, n.end);
      // Year brackets: docno-format rewrites the numbers it scans; this rule covers the others (attachments, 版记).
      if ((s.charAt(n.open) !== '〔' || s.charAt(n.close) !== '〕') && !docnoFormatCovers(pc, ctx.config, n)) {
        for (const [at, fixed] of [[n.open, '〔'], [n.close, '〕']] as const) {
          if (s.charAt(at) === fixed) continue;
          ctx.report({
            range: [at, at + 1],
            message: t('punct-doc-citation-brackets.year', { found: s.charAt(at), fixed, number }),
            fix: { range: [at, at + 1], text: fixed },
          });
        }
      }
      // The brackets around the whole number, right after a cited title.
      let a = n.start - 1;
      while (a >= 0 && (s.charAt(a) === ' ' || s.charAt(a) === '\u3000')) a--;
      let b = n.end;
      while (b < s.length && (s.charAt(b) === ' ' || s.charAt(b) === '\u3000')) b++;
      if (a < 1 || !WRONG_OUTER[s.charAt(a)] || !WRONG_OUTER_CLOSE[s.charAt(b)]) continue;
      let c = a - 1;
      while (c >= 0 && (s.charAt(c) === ' ' || s.charAt(c) === '\u3000')) c--;
      if (s.charAt(c) !== '》') continue;
      for (const [at, fixed] of [[a, '（'], [b, '）']] as const) {
        ctx.report({
          range: [at, at + 1],
          message: t('punct-doc-citation-brackets.outer', { found: s.charAt(at), fixed, number }),
          fix: { range: [at, at + 1], text: fixed },
        });
      }
    }
  },
};
