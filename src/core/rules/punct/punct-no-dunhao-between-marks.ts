import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';
import { findBookTitleFixes } from './punct-book-title';
import { findQuoteFixes } from './punct-quotes';

/**
 * 》、《 and ”、“ (and the single forms): nothing else between the marked items. The marks are judged as
 * punct-book-title and punct-quotes will leave them (<A>、<B>, "A"、"B"), so that one pass of fixes converges.
 */
const AFTER_CODES = new Set(Array.from('《〈“‘<＜"\'', (c) => c.charCodeAt(0)));
const BEFORE_CODES = new Set(Array.from('》〉”’>＞"\'', (c) => c.charCodeAt(0)));
const CLOSING = /[》〉”’]/;
const OPENING = /[《〈“‘]/;

export const punctNoDunhaoBetweenMarks: RuleDefinition = {
  meta: {
    id: 'punct-no-dunhao-between-marks',
    title: '并列书名号、引号之间不用顿号',
    description: '标有书名号或引号的并列成分之间通常不用顿号，如“《公务员法》《公文处理工作条例》”；书名号、引号后有括注等其他成分时才用顿号。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 4.5.3.5（顿号）',
    defaultSeverity: 'info',
    defaultEnabled: false,
    fixable: true,
    certainFix: { changes: '删去引号、书名号之间的顿号' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    if (!pc.index().dunhao.length) return;
    let after: Map<number, string> | undefined;
    const markAt = (i: number): string => {
      after ??= new Map([...findBookTitleFixes(pc), ...findQuoteFixes(pc)].filter((f) => f.fixed).map((f) => [f.at, f.fixed!]));
      return after.get(i) ?? s.charAt(i);
    };
    const isTitle = (c: string) => c === '》' || c === '〉' || c === '《' || c === '〈';
    for (const at of pc.index().dunhao) {
      if (!BEFORE_CODES.has(s.charCodeAt(at - 1)) || !AFTER_CODES.has(s.charCodeAt(at + 1))) continue;
      const i = at - 1;
      const before = markAt(i);
      const next = markAt(at + 1);
      if (!CLOSING.test(before) || !OPENING.test(next) || isTitle(before) !== isTitle(next)) continue;
      const kind = isTitle(before) ? '书名号' : '引号';
      ctx.report({
        range: [at, at + 1],
        message: t('punct-no-dunhao-between-marks.found', { kind }),
        fix: { range: [at, at + 1], text: '' },
      });
    }
  },
};
