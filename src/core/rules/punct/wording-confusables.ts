import { t } from '../../messages';
import { escapeRegExp } from '../../text';
import type { RuleDefinition } from '../types';
import { CONFUSABLES, type Confusable } from './confusables';
import { punctContext } from './context';

const BY_WRONG = new Map<string, Confusable>(CONFUSABLES.map((c) => [c.wrong, c]));
/** The characters a certain replacement may change: those in which a certain entry's two forms differ. */
const CERTAIN_CONFUSABLE_HAN = [...new Set(CONFUSABLES.filter((c) => c.certain).flatMap((c) => [...c.wrong, ...c.right].filter((ch) => !c.wrong.includes(ch) || !c.right.includes(ch))))].join('');
const ANY = new RegExp(
  [...BY_WRONG.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
  'g',
);

export const wordingConfusables: RuleDefinition = {
  meta: {
    id: 'wording-confusables',
    title: '易混字词',
    description: '公文中常见的易混字词：其它→其他，截止（带时间宾语）→截至，交待→交代，情况反应→情况反映，所必须的→所必需的，藉此→借此等。',
    category: 'wording',
    basis: '实务',
    scope: 'unit',
    source: '实务（psknlr/GONGWEN lexicon.yaml wording 词表）',
    defaultSeverity: 'info',
    fixable: true,
    certainFix: { changes: '确定的易混字词改为规范写法（其它→其他等，数据中标为certain的条目）', han: CERTAIN_CONFUSABLE_HAN },
    hasSuggestions: true,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    ANY.lastIndex = pc.from;
    let m: RegExpExecArray | null;
    while ((m = ANY.exec(pc.masked)) && m.index < pc.to) {
      const c = BY_WRONG.get(m[0])!;
      const start = m.index;
      const end = start + m[0].length;
      if (ctx.isQuoted(start, end)) continue;
      const after = s.slice(end, end + 8);
      if (c.followedBy && !c.followedBy.test(after)) continue;
      if (c.notFollowedBy && c.notFollowedBy.test(after)) continue;
      const fix = { range: [start, end] as [number, number], text: c.right };
      ctx.report({
        range: [start, end],
        message: t('wording-confusables.found', { wrong: c.wrong, right: c.right, reason: c.reason }),
        fix: c.certain ? fix : undefined,
        suggestions: c.certain ? [] : [{ title: t('wording-confusables.suggest', { right: c.right }), fix }],
      });
    }
  },
};
