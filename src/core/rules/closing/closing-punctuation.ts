import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { ownBodyMatches } from '../util';

// 妥否？请批示！ / 当否?请批复! / 特此通知！ — the question and exclamation marks are the fault.
const FAULTY = /(妥否|当否)\s*([，,？?！!。；;]?)\s*(请(?:批示|批复|审批|审示|核示))\s*([！!？?。]*)|(特此(?:通知|报告|请示|函告|函复|通告|公告|通报|批复)|此复)\s*([！!]+)/g;

export const closingPunctuation: RuleDefinition = {
  meta: {
    id: 'closing-punctuation',
    title: '结束语标点',
    description: '“妥否？请批示！”“特此通知！”等结束语标点不当：“否”后用逗号，“示”后用句号，结束语不用叹号。',
    category: 'closing',
    basis: '实务',
    source: '实务（请示结束语写法）',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(ctx) {
    for (const m of ownBodyMatches(ctx, FAULTY)) {
      const [q, , ask, askTail, formula] = m.groups;
      const fixed = q ? `${q}，${ask}。` : `${formula}。`;
      // Only flag what is actually wrong: 妥否，请批示。 is fine; so is 妥否，请批示 (closing-request-required handles the rest).
      if (q && m.text === fixed) continue;
      // 妥否，请批示 without a final mark at the end of a line is left to other rules.
      if (q && m.groups[1] === '，' && !/[！!？?]/.test(askTail)) continue;
      ctx.report({
        range: [m.start, m.end],
        message: t('closing-punctuation.found', { found: m.text, fixed }),
        fix: { range: [m.start, m.end], text: fixed },
      });
    }
  },
};
