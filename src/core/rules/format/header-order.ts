import { t } from '../../messages';
import type { ElementKind } from '../../parse/model';
import type { RuleDefinition } from '../types';

/** Top-down order of the 版头 elements (GB/T 9704 7.2.1–7.2.6). */
const RANK: Partial<Record<ElementKind, number>> = { copyNo: 0, secrecy: 1, urgency: 2, issuerMark: 3, docNo: 4, signer: 4 };
const NAME: Partial<Record<ElementKind, string>> = { copyNo: '份号', secrecy: '密级和保密期限', urgency: '紧急程度', issuerMark: '发文机关标志', docNo: '发文字号', signer: '签发人' };

export const headerOrder: RuleDefinition = {
  meta: {
    id: 'header-order',
    title: '版头要素顺序',
    description: '份号、密级和保密期限、紧急程度按此顺序自上而下分行排列在版心左上角，其下依次为发文机关标志、发文字号（签发人）。',
    category: 'header',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.2.3',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    let max = -1;
    let maxKind: ElementKind | undefined;
    for (const e of ctx.doc.header.elements) {
      const r = RANK[e.kind];
      if (r === undefined) continue;
      // Only 份号 / 密级 / 紧急程度 can be misplaced this way; the rest follow from the parser's zones.
      if (r < max && r <= 2) {
        ctx.report({ range: [e.start, e.end], message: t('header-order.found', { found: e.text, element: NAME[e.kind]!, before: NAME[maxKind!]! }) });
        continue;
      }
      if (r > max) {
        max = r;
        maxKind = e.kind;
      }
    }
  },
};
