import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import { isFamily } from './fonts';
import type { DocxLayoutFinding, DocxRule } from './types';

export const docxTitleFont: DocxRule = {
  meta: {
    id: 'docx-title-font',
    title: '标题二号小标宋居中',
    description: '标题的字号应为二号（22 磅），字体为小标宋体（方正小标宋简体等），居中排布。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.1',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt }) {
    if (!doc.title) return [];
    const i = paragraphAt(doc.title.start);
    const look = layout.paragraphs[i];
    if (!look) return [];
    const out: DocxLayoutFinding[] = [];
    if (look.sizePt !== undefined && Math.abs(look.sizePt - GBT9704.fontSizesPt['二号']) > 0.25) out.push({ paragraph: i, message: t('docx-title-font.size', { found: look.sizePt }) });
    if (look.font !== undefined && !isFamily(look.font, 'xiaobiaosong')) out.push({ paragraph: i, message: t('docx-title-font.family', { found: look.font }) });
    if (look.align !== 'center') out.push({ paragraph: i, message: t('docx-title-font.align') });
    return out;
  },
};
