import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { issuedBefore2012 } from './shared';

const ZHUTICI = /^主[ \u3000]*题[ \u3000]*词/;

export const obsoleteZhutici: RuleDefinition = {
  meta: {
    id: 'obsolete-zhutici',
    title: '主题词已取消',
    description: 'GB/T 9704—2012 删除了主题词格式要素，条例第九条列举的公文要素中也没有主题词，版记中不再标注“主题词”。',
    category: 'colophon',
    scope: 'unit',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 前言 e)；条例第九条',
    defaultSeverity: 'warning',
    // The parser skips 主题词 lines like blank ones, so deleting one never changes how the rest is read.
    fixable: false,
    hasSuggestions: true,
  },
  // Whether the document is dated before 2012 and where its title ends decide for every line.
  facts: (ctx) => `${issuedBefore2012(ctx.doc)}|${ctx.doc.title?.end ?? 0}`,
  check(ctx) {
    const { doc } = ctx;
    // 主题词 was a required element until GB/T 9704—2012: a document issued before it is right to carry one.
    if (issuedBefore2012(doc)) return;
    // 主题词 sits in the 版记 zone, after the 正文: start looking after the title (which may span lines).
    const after = doc.title ? doc.title.end : 0;
    const lines = doc.lines;
    const [from, to] = ctx.window ?? [0, ctx.text.length];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.start < after || l.end < from) continue;
      if (l.start >= to) break;
      if (l.blank || l.content.charCodeAt(0) !== 0x4e3b /* 主 */ || !ZHUTICI.test(l.content)) continue;
      // The whole line goes with the line break before it, so that the next line's break (which a
      // fix of that line may start on) stays untouched; on the first line only its text goes.
      const start = i > 0 ? lines[i - 1].end : l.start;
      const end = l.end;
      // Deleting words is the drafter's call (a pre-2012 document kept as it was issued): offered, not applied in bulk.
      ctx.report({ range: [l.contentStart, l.contentEnd], message: t('obsolete-zhutici.found', { found: l.content }), suggestions: [{ title: t('obsolete-zhutici.suggest'), fix: { range: [start, end], text: '' } }] });
    }
  },
};
