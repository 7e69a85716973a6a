import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import type { DocxLayoutFinding, DocxRule } from './types';

const PT_PER_MM = 72 / 25.4;

export const docxColophonLines: DocxRule = {
  meta: {
    id: 'docx-colophon-lines',
    title: '版记分隔线',
    description: '版记（抄送、印发机关和印发日期）的首条和末条分隔线用粗线（推荐 0.35 mm），中间的分隔线用细线（推荐 0.25 mm）：读段落边框；版记用图形线条或表格排的不报。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.4.1',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt }) {
    const items = doc.colophon;
    if (!items.length) return [];
    const first = paragraphAt(items[0].start);
    const last = paragraphAt(Math.max(items[items.length - 1].start, items[items.length - 1].end - 1));
    const looks = layout.paragraphs.slice(first, last + 1);
    // Lines drawn as shapes or a 版记 laid out in a table: not read here.
    if (looks.some((p) => p.hasDrawing || p.inTable)) return [];
    const thickPt = GBT9704.rules.colophonThickMm * PT_PER_MM;
    const thinPt = GBT9704.rules.colophonThinMm * PT_PER_MM;
    // Widths within an eighth of a point of what the standard recommends count, and anything thicker for the thick ones.
    const out: DocxLayoutFinding[] = [];
    const top = layout.paragraphs[first]?.borderTop;
    const bottom = layout.paragraphs[last]?.borderBottom;
    if (!top) out.push({ paragraph: first, message: t('docx-colophon-lines.first') });
    else if (top.widthPt < thickPt - 0.13) out.push({ paragraph: first, message: t('docx-colophon-lines.thin', { which: '首条', found: (top.widthPt / PT_PER_MM).toFixed(2), want: GBT9704.rules.colophonThickMm }) });
    if (!bottom) out.push({ paragraph: last, message: t('docx-colophon-lines.last') });
    else if (bottom.widthPt < thickPt - 0.13) out.push({ paragraph: last, message: t('docx-colophon-lines.thin', { which: '末条', found: (bottom.widthPt / PT_PER_MM).toFixed(2), want: GBT9704.rules.colophonThickMm }) });
    // Between two items (抄送 and 印发): a line under the one or over the next — or, where the two paragraphs have the
    // same borders, Word's line between them (w:between): it then draws neither the one's bottom nor the other's top.
    for (let k = 1; k < items.length; k++) {
      const at = paragraphAt(items[k].start);
      const here = layout.paragraphs[at];
      const before = layout.paragraphs[at - 1];
      const grouped = !!here && !!before && here.bordersKey !== undefined && here.bordersKey === before.bordersKey;
      const line = grouped ? here.borderBetween : here?.borderTop ?? before?.borderBottom;
      if (!line) out.push({ paragraph: at, message: t('docx-colophon-lines.between') });
      else if (line.widthPt > thinPt + 0.13 || line.widthPt < thinPt - 0.13) out.push({ paragraph: at, message: t('docx-colophon-lines.middle', { found: (line.widthPt / PT_PER_MM).toFixed(2), want: GBT9704.rules.colophonThinMm }) });
    }
    return out;
  },
};
