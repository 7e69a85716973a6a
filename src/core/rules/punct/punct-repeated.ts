import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

export const punctRepeated: RuleDefinition = {
  meta: {
    id: 'punct-repeated',
    title: '标点符号重复',
    description: '同一个标点符号连打了两次（“严峻。。”“落实，，”“财政、、人社”），删去多余的一个。三个以上的句号连用（当作省略号）由 punct-ellipsis 检查。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 第4章（各标点符号的用法：一处只用一个点号）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '删去连打的第二个标点' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    // From the shared scan: each place where a mark is followed by the same mark.
    const at = pc.index().repeats;
    for (let k = 0; k < at.length; k++) {
      const i = at[k];
      const mark = s.charAt(i);
      // Exactly two: 。。。 is a faulty ellipsis (punct-ellipsis), not a doubled full stop.
      if (s.charAt(i - 1) === mark || s.charAt(i + 2) === mark) continue;
      if (ctx.isQuoted(i, i + 2)) continue;
      ctx.report({ range: [i + 1, i + 2], message: t('punct-repeated.found', { mark }), fix: { range: [i + 1, i + 2], text: '' } });
    }
  },
};
