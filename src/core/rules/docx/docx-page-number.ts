import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import { familyName, isFamily, type FontFamily } from './fonts';
import type { DocxLayoutFinding, DocxRule } from './types';

const RIGHT = new Set(['right', 'end']);
const LEFT = new Set(['left', 'start']);

export const docxPageNumber: DocxRule = {
  meta: {
    id: 'docx-page-number',
    title: '页码“— 1 —”四号居外侧',
    description: '页码用 4 号半角宋体阿拉伯数字，数字左右各放一条一字线（— 1 —），单页码居右、双页码居左（奇偶页页脚不同）：读页脚中的 PAGE 域。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.5',
    defaultSeverity: 'warning',
  },
  check({ layout }) {
    const spec = GBT9704.elements.pageNumber;
    const numbered = layout.footers.filter((f) => f.hasPageField);
    if (!numbered.length) return [{ paragraph: 0, message: t('docx-page-number.missing') }];
    const out: DocxLayoutFinding[] = [];
    const odd = numbered.find((f) => f.kind === 'default') ?? numbered[0];
    const form = odd.text.replace(/\s+/g, '');
    if (form !== `${spec.dash}#${spec.dash}`) out.push({ paragraph: 0, message: t('docx-page-number.form', { found: odd.text.trim().replace(/#/g, '1') }) });
    const size = GBT9704.fontSizesPt[spec.size as keyof typeof GBT9704.fontSizesPt];
    if (odd.look.sizePt !== undefined && Math.abs(odd.look.sizePt - size) > 0.25) out.push({ paragraph: 0, message: t('docx-page-number.size', { found: odd.look.sizePt }) });
    // The page number is digits: set in the run's Latin font (w:ascii), else its East-Asian one.
    const family = spec.font as FontFamily;
    const font = odd.look.asciiFont ?? odd.look.font;
    if (font !== undefined && !isFamily(font, family)) out.push({ paragraph: 0, message: t('docx-page-number.font', { found: font, want: familyName(family) }) });
    const even = numbered.find((f) => f.kind === 'even');
    const outside = layout.evenAndOddFooters && RIGHT.has(odd.align ?? '') && even !== undefined && LEFT.has(even.align ?? '');
    if (!outside) out.push({ paragraph: 0, message: t('docx-page-number.side') });
    return out;
  },
};
