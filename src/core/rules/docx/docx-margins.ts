import { t } from '../../messages';
import { GBT9704, pageGeometry } from '../../layout';
import type { DocxRule } from './types';

export const docxMargins: DocxRule = {
  meta: {
    id: 'docx-margins',
    title: '页边与版心',
    description: '天头（上白边）37 mm、订口（左白边）28 mm，版心 156 mm × 225 mm（下白边 35 mm、右白边 26 mm），各允许 1 mm 误差。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 5.2.2.1',
    defaultSeverity: 'warning',
  },
  check({ layout }) {
    const p = layout.page;
    if (!p) return [];
    const g = pageGeometry();
    const tol = GBT9704.margins.toleranceMm;
    const out = [];
    for (const [which, found, want] of [['天头（上白边）', p.topMm, g.marginTopMm], ['订口（左白边）', p.leftMm, g.marginLeftMm], ['下白边', p.bottomMm, g.marginBottomMm], ['右白边', p.rightMm, g.marginRightMm]] as const) {
      if (Math.abs(found - want) > tol) out.push({ paragraph: 0, message: t('docx-margins.found', { which, found: found.toFixed(1), want, tolerance: tol }) });
    }
    return out;
  },
};
