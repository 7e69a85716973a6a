import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { getBareTitle, titleRange } from './title-tools';

/** 特急 / 加急 / 急件 written into the title, with a following colon or space; 紧急通知 is accepted. */
const URGENCY = /(?:特急件|加急件|特急|加急|急件)[：:\s\u3000]*/;

export const titleUrgencyInTitle: RuleDefinition = {
  meta: {
    id: 'title-urgency-in-title',
    title: '紧急程度写进标题',
    description:
      '标题中写了“特急”“加急”“急件”。条例第九条（三）把紧急程度列为单独的格式要素，GB/T 9704 7.2.3 规定其标注在版头；“紧急通知”是实务认可的写法，不报。',
    category: 'title',
    basis: '条例',
    source: '条例第九条（三）；GB/T 9704 7.2.3',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    const m = URGENCY.exec(bare.text);
    if (!m) return;
    const found = m[0].replace(/[：:\s\u3000]+$/, '');
    const range = titleRange(ctx.doc, m.index, m.index + m[0].length);
    ctx.report({
      range,
      message: t('title-urgency-in-title.found', { found }),
      suggestions: [{ title: t('title-urgency-in-title.suggest', { found }), fix: { range, text: '' } }],
    });
  },
};
