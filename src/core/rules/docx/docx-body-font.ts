import { t } from '../../messages';
import { GBT9704 } from '../../layout';
import { isFamily } from './fonts';
import type { DocxLayoutFinding, DocxRule } from './types';

/** A font of the 仿宋 family: the standard's list, or a name that says 仿宋 / FangSong. */
export const isFangsong = (font: string): boolean => isFamily(font, 'fangsong');

export const docxBodyFont: DocxRule = {
  meta: {
    id: 'docx-body-font',
    title: '正文三号仿宋',
    description: '正文段落（层次标题除外）的字号应为三号（16 磅），中文字体为仿宋（仿宋_GB2312／仿宋／FangSong）。按 Word 的方式从文档默认值、样式和直接格式中读出。',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 5.2.2.2、7.3.3',
    defaultSeverity: 'warning',
  },
  check({ layout, doc, paragraphAt }) {
    const headingLines = new Set(doc.headings.map((h) => h.line));
    const body = doc.paragraphs.filter((p) => !headingLines.has(p.line)).map((p) => paragraphAt(p.start));
    const want = GBT9704.fontSizesPt['三号'];
    const out: DocxLayoutFinding[] = [];
    const size = body.filter((i) => layout.paragraphs[i]?.sizePt !== undefined && Math.abs(layout.paragraphs[i].sizePt! - want) > 0.25);
    if (size.length) out.push({ paragraph: size[0], message: t('docx-body-font.size', { found: layout.paragraphs[size[0]].sizePt!, count: size.length }) });
    const family = body.filter((i) => layout.paragraphs[i]?.font !== undefined && !isFangsong(layout.paragraphs[i].font!));
    if (family.length) out.push({ paragraph: family[0], message: t('docx-body-font.family', { found: layout.paragraphs[family[0]].font!, count: family.length }) });
    return out;
  },
};
