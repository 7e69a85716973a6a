/**
 * The layout of a received .docx as Word resolves it, for the layout rules (src/docx/rules): the page and margins of
 * the body's section, and for each paragraph its alignment and the East-Asian font, size and colour of most of its
 * text — from the document defaults, the paragraph style and what it is based on, the run style and the direct
 * formatting, theme fonts (minorEastAsia …) looked up in the theme. The numbers it is checked against come from the
 * layout model's data (src/core/layout/gbt9704.json): one place for the standard's numbers.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { GongwenDocument } from '../core/parse/model';
import { partText, type DocxPackage } from './package';
import { children, isW, W, type DocxText } from './text';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export interface RunLook {
  /** East-Asian font name, as resolved (theme fonts to their typeface); undefined when nothing sets one. */
  font?: string;
  /** Size in points. */
  sizePt?: number;
  /** RGB hex, or 'auto'. */
  color?: string;
}

export interface ParagraphLook extends RunLook {
  align?: string;
}

export interface DocxLayout {
  /** Page size and margins in millimetres (the body's last section). */
  page?: { widthMm: number; heightMm: number; topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** Per paragraph of DocxText (same order): what most of its text looks like. */
  paragraphs: ParagraphLook[];
}

export interface DocxLayoutContext {
  layout: DocxLayout;
  model: DocxText;
  /** The parsed text (title, 正文 and header elements by offset). */
  doc: GongwenDocument;
  /** The paragraph (index in model.paragraphs) holding a text offset. */
  paragraphAt(offset: number): number;
}

const mm = (twips: number) => (twips * 25.4) / 1440;

function val(e: Element | undefined, name: string): string | undefined {
  const c = e && children(e).find((x) => isW(x, name));
  const v = c?.getAttributeNS(W, 'val');
  return v === null ? undefined : v;
}

/** What an rPr sets (only what it sets). */
function rPrLook(rPr: Element | undefined, theme: Map<string, string>): RunLook {
  if (!rPr) return {};
  const out: RunLook = {};
  const fonts = children(rPr).find((x) => isW(x, 'rFonts'));
  if (fonts) {
    const ea = fonts.getAttributeNS(W, 'eastAsia');
    const eaTheme = fonts.getAttributeNS(W, 'eastAsiaTheme');
    if (ea) out.font = ea;
    else if (eaTheme) out.font = theme.get(eaTheme.startsWith('major') ? 'major' : 'minor');
  }
  const sz = val(rPr, 'sz');
  if (sz && /^\d+$/.test(sz)) out.sizePt = Number(sz) / 2;
  const color = val(rPr, 'color');
  if (color) out.color = color.toUpperCase();
  return out;
}

const merge = (...looks: RunLook[]): RunLook => Object.assign({}, ...looks.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined))));

export function readLayout(pkg: DocxPackage, model: DocxText): DocxLayout {
  const parser = new DOMParser();
  // Theme fonts: the East-Asian typeface of the major and minor fonts (a:ea, or the script "Hans" one).
  const theme = new Map<string, string>();
  const themeXml = partText(pkg, 'word/theme/theme1.xml');
  if (themeXml) {
    const t = parser.parseFromString(themeXml, 'text/xml');
    for (const kind of ['major', 'minor'] as const) {
      const font = t.getElementsByTagNameNS(A, `${kind}Font`)[0];
      if (!font) continue;
      const hans = children(font).find((x) => x.localName === 'font' && x.getAttribute('script') === 'Hans')?.getAttribute('typeface');
      const ea = children(font).find((x) => x.localName === 'ea')?.getAttribute('typeface');
      const face = hans || ea;
      if (face) theme.set(kind, face);
    }
  }
  // Styles: defaults, then each style's own (based-on chains followed when asked).
  const stylesXml = partText(pkg, 'word/styles.xml');
  const styles = new Map<string, Element>();
  let defaults: RunLook = {};
  let defaultPara: string | undefined;
  if (stylesXml) {
    const s = parser.parseFromString(stylesXml, 'text/xml');
    for (const e of children(s.documentElement!)) {
      if (isW(e, 'docDefaults')) {
        const rPrDefault = children(e).find((x) => isW(x, 'rPrDefault'));
        defaults = rPrLook(rPrDefault && children(rPrDefault).find((x) => isW(x, 'rPr')), theme);
      } else if (isW(e, 'style')) {
        const id = e.getAttributeNS(W, 'styleId') ?? '';
        styles.set(id, e);
        if (e.getAttributeNS(W, 'type') === 'paragraph' && e.getAttributeNS(W, 'default') === '1') defaultPara = id;
      }
    }
  }
  const styleLook = (id: string | undefined, depth = 0): ParagraphLook => {
    const st = id !== undefined ? styles.get(id) : undefined;
    if (!st || depth > 20) return {};
    const base = styleLook(val(st, 'basedOn'), depth + 1);
    const pPr = children(st).find((x) => isW(x, 'pPr'));
    const align = val(pPr, 'jc');
    return { ...merge(base, rPrLook(children(st).find((x) => isW(x, 'rPr')), theme)), align: align ?? base.align };
  };
  const paragraphs: ParagraphLook[] = model.paragraphs.map((para) => {
    const pPr = children(para.p).find((x) => isW(x, 'pPr'));
    const pStyle = styleLook(val(pPr, 'pStyle') ?? defaultPara);
    const align = val(pPr, 'jc') ?? pStyle.align;
    // The look of each run, weighted by its characters: the paragraph's is the one most of its text has.
    const weights = new Map<string, { look: RunLook; n: number }>();
    for (const seg of para.segments) {
      if (!seg.run || !seg.text) continue;
      const rPr = children(seg.run).find((x) => isW(x, 'rPr'));
      const look = merge(defaults, pStyle, styleLook(val(rPr, 'rStyle')), rPrLook(rPr, theme));
      const key = JSON.stringify(look);
      const w = weights.get(key) ?? { look, n: 0 };
      w.n += seg.length;
      weights.set(key, w);
    }
    const best = [...weights.values()].sort((a, b) => b.n - a.n)[0];
    return { ...(best?.look ?? merge(defaults, pStyle)), align };
  });
  // The body's section: its last w:sectPr.
  const body = children(model.document.documentElement!).find((e) => isW(e, 'body'));
  const sect = body && children(body).find((e) => isW(e, 'sectPr'));
  let page: DocxLayout['page'];
  const pgSz = sect && children(sect).find((e) => isW(e, 'pgSz'));
  const pgMar = sect && children(sect).find((e) => isW(e, 'pgMar'));
  if (pgSz && pgMar) {
    const n = (e: Element, a: string) => Number(e.getAttributeNS(W, a) ?? 0);
    page = {
      widthMm: mm(n(pgSz, 'w')), heightMm: mm(n(pgSz, 'h')),
      topMm: mm(n(pgMar, 'top')), bottomMm: mm(n(pgMar, 'bottom')), leftMm: mm(n(pgMar, 'left')), rightMm: mm(n(pgMar, 'right')),
    };
  }
  return { page, paragraphs };
}
