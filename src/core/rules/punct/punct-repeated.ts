import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { punctContext } from './context';

/** Marks that a slip of the keyboard types twice (严峻。。 认真，，落实); 。。。 and longer runs are punct-ellipsis's. */
const MARKS = ['。', '，', '、', '；', '：', '？', '！'];

export const punctRepeated: RuleDefinition = {
  meta: {
    id: 'punct-repeated',
    title: '标点符号重复',
    description: '同一个标点符号连打了两次（“严峻。。”“落实，，”“财政、、人社”），删去多余的一个。三个以上的句号连用（当作省略号）由 punct-ellipsis 检查。',
    category: 'punct',
    basis: 'GB/T 15834',
    source: 'GB/T 15834—2011 第4章（各标点符号的用法：一处只用一个点号）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '删去连打的第二个标点' },
  },
  check(ctx) {
    const s = punctContext(ctx.doc).masked;
    for (const mark of MARKS) {
      const pair = mark + mark;
      for (let at = s.indexOf(pair); at >= 0; at = s.indexOf(pair, at + 2)) {
        // Exactly two: 。。。 is a faulty ellipsis (punct-ellipsis), not a doubled full stop.
        if (s[at - 1] === mark || s[at + 2] === mark) {
          while (s[at + 2] === mark) at++;
          continue;
        }
        if (ctx.isQuoted(at, at + 2)) continue;
        ctx.report({ range: [at + 1, at + 2], message: t('punct-repeated.found', { mark }), fix: { range: [at + 1, at + 2], text: '' } });
      }
    }
  },
};
