import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import type { DocxRule } from './types';

export const docxPageA4: DocxRule = {
  meta: {
    id: 'docx-page-a4',
    title: 'A4 纸张',
    description: 'Word 文档的纸张应为 A4（210 mm × 297 mm），允许 1 mm 误差（横向或其他纸张大小都报）。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 5.2.1',
    defaultSeverity: 'error',
  },
  check({ layout }) {
    const p = layout.page;
    if (!p) return [];
    const tol = GBT9704.margins.toleranceMm;
    if (Math.abs(p.widthMm - GBT9704.page.widthMm) <= tol && Math.abs(p.heightMm - GBT9704.page.heightMm) <= tol) return [];
    return [{ paragraph: 0, message: t('docx-page-a4.found', { width: p.widthMm.toFixed(0), height: p.heightMm.toFixed(0) }) }];
  },
};
