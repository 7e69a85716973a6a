import { t } from '../../messages';
import type { RuleDefinition } from '../types';

const ZHUTICI = /^主[ \u3000]*题[ \u3000]*词/;

export const obsoleteZhutici: RuleDefinition = {
  meta: {
    id: 'obsolete-zhutici',
    title: '主题词已取消',
    description: 'GB/T 9704—2012 删除了主题词格式要素，条例第九条列举的公文要素中也没有主题词，版记中不再标注“主题词”。',
    category: 'colophon',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 前言 e)；条例第九条',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx;
    // 主题词 sits in the 版记 zone, after the 正文: start looking after the title.
    const from = doc.title ? doc.title.line + 1 : 0;
    const lines = doc.lines;
    for (let i = from; i < lines.length; i++) {
      const l = lines[i];
      if (l.blank || l.content.charCodeAt(0) !== 0x4e3b /* 主 */ || !ZHUTICI.test(l.content)) continue;
      // The whole line goes, with its line break.
      const end = i + 1 < lines.length ? lines[i + 1].start : l.end;
      const start = i + 1 < lines.length || i === 0 ? l.start : lines[i - 1].end;
      ctx.report({ range: [l.contentStart, l.contentEnd], message: t('obsolete-zhutici.found', { found: l.content }), fix: { range: [start, end], text: '' } });
    }
  },
};
