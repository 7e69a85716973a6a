import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { hitsByUnit, isLatinLetter, punctContext } from './context';

const CLOSE_OF: Record<string, string> = { '（': '）', '“': '”', '‘': '’', '《': '》', '〈': '〉', '〔': '〕' };
const OPEN_OF: Record<string, string> = { '）': '（', '”': '“', '’': '‘', '》': '《', '〉': '〈', '〕': '〔' };
const PAIRED_CODES = new Set(Array.from('（）“”‘’《》〈〉〔〕()', (c) => c.charCodeAt(0)));

interface Open {
  ch: string;
  at: number;
  /** A half-width "(": it may close a full-width "（" (punct-halfwidth-in-cjk reports its form), never reported here. */
  soft: boolean;
}

export const punctPaired: RuleDefinition = {
  meta: {
    id: 'punct-paired',
    title: '成对标号闭合',
    description: '同一段落内的括号（）、引号“”‘’、书名号《》〈〉和六角括号〔〕必须成对出现、正确嵌套。',
    category: 'punct',
    basis: 'GB/T 15834',
    source: 'GB/T 15834—2011 4.8（引号）、4.9（括号）、4.15（书名号）：标在相应项目的两端',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    const pc = punctContext(ctx.doc);
    const s = pc.masked;
    const unclosed = (o: Open) =>
      ctx.report({ range: [o.at, o.at + 1], message: t('punct-paired.unclosed', { mark: o.ch, pair: CLOSE_OF[o.ch] }) });
    hitsByUnit(pc, pc.pairHits(), (c) => PAIRED_CODES.has(c), (_unit, hits) => {
      const stack: Open[] = [];
      for (const i of hits) {
        const ch = s[i];
        if (ch === '(') {
          stack.push({ ch, at: i, soft: true });
          continue;
        }
        if (CLOSE_OF[ch]) {
          stack.push({ ch, at: i, soft: false });
          continue;
        }
        // ’ inside or after an English word is an apostrophe (don’t, teachers’).
        if (ch === '’' && isLatinLetter(s.charCodeAt(i - 1)) && (isLatinLetter(s.charCodeAt(i + 1)) || !stack.some((o) => o.ch === '‘'))) continue;
        const wanted = ch === ')' ? '（' : OPEN_OF[ch];
        let k = stack.length - 1;
        while (k >= 0 && !(stack[k].ch === wanted || ((ch === ')' || ch === '）') && stack[k].soft))) k--;
        if (k < 0) {
          if (ch !== ')') ctx.report({ range: [i, i + 1], message: t('punct-paired.unopened', { mark: ch, pair: OPEN_OF[ch] }) });
          continue;
        }
        // Marks opened inside the pair and never closed (crossing: 《…“…》…”).
        for (let j = stack.length - 1; j > k; j--) if (!stack[j].soft) unclosed(stack[j]);
        stack.length = k;
      }
      for (const o of stack) if (!o.soft) unclosed(o);
    });
  },
};
