import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { IMPRINT_DATE, insertFix } from './shared';

export const imprintLine: RuleDefinition = {
  meta: {
    id: 'imprint-line',
    title: '印发机关和印发日期',
    description:
      '版记末行写印发机关和印发日期，印发日期后加“印发”二字（如“××市人民政府办公室　　2024年1月5日印发”）。日期写法由 date-issue-format 检查。',
    category: 'colophon',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.4.3；条例第九条（十七）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '印发日期后补“印发”，日期改为规范写法', han: '印发〇一二三四五六七八九十年月日' },
  },
  check(ctx) {
    for (const e of ctx.doc.colophon) {
      if (e.kind !== 'imprint') continue;
      const date = IMPRINT_DATE.exec(e.text);
      const hasSuffix = e.text.endsWith('印发');
      if (!date) {
        ctx.report({ range: [e.start, e.end], message: t('imprint-line.noDate', { found: e.text }) });
        continue;
      }
      const org = e.text.slice(0, date.index).replace(/[ \u3000]+$/, '');
      if (!org) ctx.report({ range: [e.start, e.start + date.index + date[0].length], message: t('imprint-line.noOrg', { found: e.text }) });
      if (!hasSuffix) {
        const start = e.start + date.index;
        ctx.report({
          range: [start, e.end],
          message: t('imprint-line.noSuffix', { date: date[0] }),
          fix: insertFix(e.end, '印发'),
        });
      }
    }
  },
};
