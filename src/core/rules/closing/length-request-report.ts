import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { countChars } from './phrases';

const DEFAULTS = { maxRequest: 1500, maxReport: 3000 };

function limit(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}

export const lengthRequestReport: RuleDefinition = {
  meta: {
    id: 'length-request-report',
    title: '请示、报告篇幅',
    description:
      '请示正文超过 maxRequest 字（默认1500）、报告正文超过 maxReport 字（默认3000）时提示。这两个数字只见于培训材料，条例和国标都没有规定篇幅' +
      '（条例第十九条（三）只要求“文字精练”），所以默认关闭，由单位按自己的规定开启和设置。',
    category: 'length',
    basis: '实务',
    source: '实务（培训材料：请示一般不超过1500字、报告一般不超过3000字）；条例第十九条（三）',
    defaultSeverity: 'info',
    defaultEnabled: false,
    fixable: false,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    if (id !== '请示' && id !== '报告') return;
    const body = ctx.doc.body;
    if (!body) return;
    const max = id === '请示' ? limit(ctx.options.maxRequest, DEFAULTS.maxRequest) : limit(ctx.options.maxReport, DEFAULTS.maxReport);
    let count = 0;
    for (const p of ctx.doc.paragraphs) count += countChars(ctx.text, p.start, p.end);
    if (count <= max) return;
    const title = ctx.doc.title;
    const range: [number, number] = title ? [title.start, title.end] : [ctx.doc.paragraphs[0].start, ctx.doc.paragraphs[0].end];
    ctx.report({ range, message: t('length-request-report.found', { genre: id, count, max }) });
  },
};
