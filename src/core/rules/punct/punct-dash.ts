import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { isCjk, isDigit, isHan, isStrongCjk, isTransparent, punctContext, type Chars } from './context';
import { matchesAtNeedles } from '../../text';

/** -- / --- / －－ (a typed 破折号), runs of —, and an ASCII hyphen between Chinese characters. */
const DASHES = /-{2,3}|－{2}|—+|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])|(?<=(?:^|[^0-9-])[0-9]{4})-(?=[0-9]{4}年)|(?<=[0-9]日)-(?=[0-9]{1,2}日)|(?<=[0-9]月)-(?=[0-9]{1,2}月)/y;
/** Where a match can start: found first with a plain character class, which the regex engine scans fast. */
const DASH_CHARS = ['-', '－', '—'];

export const punctDash: RuleDefinition = {
  meta: {
    id: 'punct-dash',
    title: '破折号、连接号形式',
    description: '破折号是“——”（占两个字位置），不用“--”或单个“—”；起止、范围用一字线“—”或浪纹线“～”，不用破折号（2023——2025年写作2023—2025年）。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.10（破折号）、4.13（连接号）',
    defaultSeverity: 'info',
    fixable: true,
    certainFix: { changes: '连接号、破折号改为规范形式' },
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    // Tried only where one of - － — stands (in an incremental lint's window, there only).
    for (const m of matchesAtNeedles(pc.masked, DASH_CHARS, DASHES, pc.from, pc.to)) {
      const found = m[0];
      const start = m.index;
      const end = start + found.length;
      // (A hyphen in a URL or an e-mail address, which the masked text keeps: no dash.)
      if (pc.code(start) === 0 || pc.code(end - 1) === 0) continue;
      const lc = near(s, start - 1, -1);
      const rc = near(s, end, 1);
      if (found === '-') {
        // 北京-上海: 起止 takes the 一字线; a compound name (吐鲁番-哈密盆地) may keep the hyphen, so only suggest.
        ctx.report({
          range: [start, end],
          message: t('punct-dash.hyphen'),
          suggestions: [{ title: t('punct-dash.suggest', { fixed: '—' }), fix: { range: [start, end], text: '—' } }],
        });
        continue;
      }
      if (found[0] !== '—') {
        // A typed 破折号 between Chinese text.
        if (!(isStrongCjk(lc) && (isCjk(rc) || rc === -1))) continue;
        ctx.report({ range: [start, end], message: t('punct-dash.typed', { found }), fix: { range: [start, end], text: '——' } });
        continue;
      }
      if (found.length === 2) {
        // 2023——2025年: a range between numbers takes the 一字线.
        if (isDigit(lc) && isDigit(rc)) {
          ctx.report({ range: [start, end], message: t('punct-dash.range', { found }), fix: { range: [start, end], text: '—' } });
        }
        continue;
      }
      if (found.length === 1 && isHan(lc) && isHan(rc) && hanRun(s, start - 1, -1) >= 5 && hanRun(s, end, 1) >= 5) {
        // A single — between two long stretches of Chinese reads as a 破折号 (北京—上海 is a 连接号 and stays).
        ctx.report({
          range: [start, end],
          message: t('punct-dash.single'),
          suggestions: [{ title: t('punct-dash.suggest', { fixed: '——' }), fix: { range: [start, end], text: '——' } }],
        });
      }
    }
  },
};

/** The nearest non-space character from i in direction dir on the same line (-1 at a line break or the text's edge). */
function near(s: Chars, i: number, dir: 1 | -1): number {
  while (i >= 0 && i < s.length && isTransparent(s.charCodeAt(i))) i += dir;
  if (i < 0 || i >= s.length) return -1;
  const c = s.charCodeAt(i);
  return c === 10 || c === 13 ? -1 : c;
}

/** How many Han characters run from i in direction dir (up to 8). */
function hanRun(s: Chars, i: number, dir: 1 | -1): number {
  let n = 0;
  while (n < 8 && i >= 0 && i < s.length && isHan(s.charCodeAt(i))) {
    n++;
    i += dir;
  }
  return n;
}
