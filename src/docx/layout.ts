/**
 * The layout of a received .docx as Word resolves it, for the layout rules (src/core/rules/docx): the page, margins and
 * document grid of the body's section, its footers (the page number), and for each paragraph its alignment, line
 * spacing, indents, borders and the East-Asian font, size, colour and spacing of its runs — from the document defaults,
 * the paragraph style and what it is based on, the run style and the direct formatting, theme fonts (minorEastAsia …)
 * looked up in the theme. The numbers it is checked against come from the layout model's data
 * (src/core/layout/gbt9704.json): one place for the standard's numbers.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { BorderLook, DocxLayout, FooterLook, ParagraphLook, RunLook } from '../core/rules/docx/types';
import { partText, type DocxPackage } from './package';
import { children, isW, W, type DocxText } from './text';

export type { DocxLayout, ParagraphLook, RunLook } from '../core/rules/docx/types';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function inFallback(e: Element): boolean {
  for (let n = e.parentNode; n; n = n.parentNode) if ((n as Element).namespaceURI === MC && (n as Element).localName === 'Fallback') return true;
  return false;
}

const mm = (twips: number) => (twips * 25.4) / 1440;

const child = (e: Element | undefined, name: string) => (e ? children(e).find((x) => isW(x, name)) : undefined);

function attr(e: Element | undefined, name: string): string | undefined {
  const v = e?.getAttributeNS(W, name);
  return v === null || v === undefined || v === '' ? undefined : v;
}

function val(e: Element | undefined, name: string): string | undefined {
  return attr(child(e, name), 'val');
}

function num(v: string | undefined): number | undefined {
  return v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;
}

/** What an rPr sets (only what it sets). */
function rPrLook(rPr: Element | undefined, theme: Map<string, string>): RunLook {
  if (!rPr) return {};
  const out: RunLook = {};
  const fonts = child(rPr, 'rFonts');
  if (fonts) {
    const ea = attr(fonts, 'eastAsia');
    const eaTheme = attr(fonts, 'eastAsiaTheme');
    if (ea) out.font = ea;
    else if (eaTheme) out.font = theme.get(eaTheme.startsWith('major') ? 'major' : 'minor');
    const ascii = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi');
    const asciiTheme = attr(fonts, 'asciiTheme') ?? attr(fonts, 'hAnsiTheme');
    if (ascii) out.asciiFont = ascii;
    else if (asciiTheme) out.asciiFont = theme.get(asciiTheme.startsWith('major') ? 'majorLatin' : 'minorLatin');
  }
  const sz = num(val(rPr, 'sz'));
  if (sz !== undefined) out.sizePt = sz / 2;
  const color = val(rPr, 'color');
  if (color) out.color = color.toUpperCase();
  const spacing = num(val(rPr, 'spacing'));
  if (spacing !== undefined) out.spacingPt = spacing / 20;
  return out;
}

type ParaProps = Omit<ParagraphLook, keyof RunLook | 'runs' | 'hasDrawing'>;

/** No line (w:val nil/none): kept as such, so that it takes away a line the style gives. */
const NO_LINE: BorderLook = { style: 'none', widthPt: 0 };

function border(e: Element | undefined): BorderLook | undefined {
  const style = attr(e, 'val');
  if (!e || !style) return undefined;
  if (style === 'nil' || style === 'none') return NO_LINE;
  return { style, widthPt: (num(attr(e, 'sz')) ?? 4) / 8 };
}

/** A border that draws a line (not absent, not nil/none). */
const drawn = (b: BorderLook | undefined) => (b && b.widthPt > 0 ? b : undefined);

/** An ST_OnOff element (w:evenAndOddHeaders, w:titlePg): on unless its w:val says 0, false or off. */
function onOff(e: Element | undefined): boolean {
  if (!e) return false;
  const v = attr(e, 'val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** What a pPr sets (only what it sets). */
function pPrLook(pPr: Element | undefined): ParaProps {
  if (!pPr) return {};
  const out: ParaProps = {};
  const jc = val(pPr, 'jc');
  if (jc) out.align = jc;
  const spacing = child(pPr, 'spacing');
  const line = num(attr(spacing, 'line'));
  if (line !== undefined) {
    const rule = attr(spacing, 'lineRule');
    out.line = rule === 'exact' || rule === 'atLeast' ? { rule, value: line / 20 } : { rule: 'auto', value: line / 240 };
  }
  const ind = child(pPr, 'ind');
  if (ind) {
    const right = num(attr(ind, 'right') ?? attr(ind, 'end'));
    if (right !== undefined) out.rightIndentPt = right / 20;
    // (A chars value of 0 leaves the indent to the twips value: Word writes it so.)
    const rightChars = num(attr(ind, 'rightChars') ?? attr(ind, 'endChars'));
    if (rightChars) out.rightIndentChars = rightChars / 100;
    const left = num(attr(ind, 'left') ?? attr(ind, 'start'));
    if (left !== undefined) out.leftIndentPt = left / 20;
  }
  const bdr = child(pPr, 'pBdr');
  if (bdr) {
    const top = border(child(bdr, 'top'));
    const bottom = border(child(bdr, 'bottom'));
    const between = border(child(bdr, 'between'));
    if (top) out.borderTop = top;
    if (bottom) out.borderBottom = bottom;
    if (between) out.borderBetween = between;
  }
  return out;
}

function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const merge = <T extends object>(...looks: T[]): T => Object.assign({}, ...looks.map(defined));

function hasShape(e: Element): boolean {
  for (const c of children(e)) {
    if ((isW(c, 'drawing') || isW(c, 'pict')) || c.localName === 'AlternateContent') return true;
    if (hasShape(c)) return true;
  }
  return false;
}

export function readLayout(pkg: DocxPackage, model: DocxText): DocxLayout {
  const parser = new DOMParser();
  const xml = (name: string) => {
    const s = partText(pkg, name);
    return s ? parser.parseFromString(s, 'text/xml') : undefined;
  };
  // Theme fonts: the East-Asian typeface of the major and minor fonts (a:ea, or the script "Hans" one).
  const theme = new Map<string, string>();
  const t = xml('word/theme/theme1.xml');
  if (t) {
    for (const kind of ['major', 'minor'] as const) {
      const font = t.getElementsByTagNameNS(A, `${kind}Font`)[0];
      if (!font) continue;
      const hans = children(font).find((x) => x.localName === 'font' && x.getAttribute('script') === 'Hans')?.getAttribute('typeface');
      const ea = children(font).find((x) => x.localName === 'ea')?.getAttribute('typeface');
      const face = hans || ea;
      if (face) theme.set(kind, face);
      const latin = children(font).find((x) => x.localName === 'latin')?.getAttribute('typeface');
      if (latin) theme.set(`${kind}Latin`, latin);
    }
  }
  // Styles: defaults, then each style's own (based-on chains followed when asked).
  const styles = new Map<string, Element>();
  let defaults: RunLook = {};
  let defaultPPr: ParaProps = {};
  let defaultPara: string | undefined;
  let defaultChar: string | undefined;
  const s = xml('word/styles.xml');
  if (s?.documentElement) {
    for (const e of children(s.documentElement)) {
      if (isW(e, 'docDefaults')) {
        defaults = rPrLook(child(child(e, 'rPrDefault'), 'rPr'), theme);
        defaultPPr = pPrLook(child(child(e, 'pPrDefault'), 'pPr'));
      } else if (isW(e, 'style')) {
        const id = attr(e, 'styleId') ?? '';
        styles.set(id, e);
        if (attr(e, 'default') === '1' && attr(e, 'type') === 'paragraph') defaultPara = id;
        if (attr(e, 'default') === '1' && attr(e, 'type') === 'character') defaultChar = id;
      }
    }
  }
  const styleCache = new Map<string, { run: RunLook; para: ParaProps }>();
  const styleLook = (id: string | undefined, depth = 0): { run: RunLook; para: ParaProps } => {
    const st = id !== undefined ? styles.get(id) : undefined;
    if (!st || depth > 20) return { run: {}, para: {} };
    const cached = styleCache.get(id!);
    if (cached) return cached;
    const base = styleLook(val(st, 'basedOn'), depth + 1);
    const out = { run: merge(base.run, rPrLook(child(st, 'rPr'), theme)), para: merge(base.para, pPrLook(child(st, 'pPr'))) };
    styleCache.set(id!, out);
    return out;
  };
  const paragraphs: ParagraphLook[] = model.paragraphs.map((para) => {
    const pPr = child(para.p, 'pPr');
    const pStyle = styleLook(val(pPr, 'pStyle') ?? defaultPara);
    const props = merge(defaultPPr, pStyle.para, pPrLook(pPr));
    // Each run's look; the paragraph's is the one most of its text has.
    const runs: ParagraphLook['runs'] = [];
    const weights = new Map<string, { look: RunLook; n: number }>();
    for (const seg of para.segments) {
      if (!seg.run || !seg.text) continue;
      const rPr = child(seg.run, 'rPr');
      const look = merge(defaults, pStyle.run, styleLook(val(rPr, 'rStyle') ?? defaultChar).run, rPrLook(rPr, theme));
      runs.push({ start: para.start + seg.start, end: para.start + seg.start + seg.length, look });
      const key = `${look.font}|${look.sizePt}|${look.color}|${look.spacingPt}`;
      const w = weights.get(key) ?? { look, n: 0 };
      w.n += seg.length;
      weights.set(key, w);
    }
    let best: { look: RunLook; n: number } | undefined;
    for (const w of weights.values()) if (!best || w.n > best.n) best = w;
    const bordersKey = JSON.stringify([props.borderTop, props.borderBottom, props.borderBetween]);
    return {
      ...(best?.look ?? merge(defaults, pStyle.run)), ...props,
      borderTop: drawn(props.borderTop), borderBottom: drawn(props.borderBottom), borderBetween: drawn(props.borderBetween), bordersKey,
      runs, hasDrawing: hasShape(para.p) || undefined, inTable: para.inTable,
    };
  });
  // The body's section: its last w:sectPr.
  const body = child(model.document.documentElement!, 'body');
  const sect = child(body, 'sectPr');
  let page: DocxLayout['page'];
  const pgSz = child(sect, 'pgSz');
  const pgMar = child(sect, 'pgMar');
  if (pgSz && pgMar) {
    const n = (e: Element, a: string) => num(attr(e, a)) ?? 0;
    page = {
      widthMm: mm(n(pgSz, 'w')), heightMm: mm(n(pgSz, 'h')),
      topMm: mm(Math.abs(n(pgMar, 'top'))), bottomMm: mm(Math.abs(n(pgMar, 'bottom'))), leftMm: mm(n(pgMar, 'left')), rightMm: mm(n(pgMar, 'right')),
    };
  }
  const docGrid = child(sect, 'docGrid');
  const grid = docGrid
    ? { type: attr(docGrid, 'type') ?? 'default', linePitchPt: (num(attr(docGrid, 'linePitch')) ?? NaN) / 20 || undefined, charSpacePt: (num(attr(docGrid, 'charSpace')) ?? 0) / 4096 }
    : undefined;
  const settings = xml('word/settings.xml');
  const evenAndOddFooters = !!settings?.documentElement && onOff(child(settings.documentElement, 'evenAndOddHeaders'));
  const titlePage = onOff(child(sect, 'titlePg'));
  // Every section's properties in order (a paragraph's w:sectPr ends a section; the body's is the last): a footer the
  // last section does not name is inherited from the nearest section before it that does.
  const sections = Array.from(model.document.getElementsByTagNameNS(W, 'sectPr'));
  return { page, grid, evenAndOddFooters, titlePage, footers: readFooters(pkg, sections, parser, (e) => {
    const pPr = child(e, 'pPr');
    const st = styleLook(val(pPr, 'pStyle') ?? defaultPara);
    return { align: merge(defaultPPr, st.para, pPrLook(pPr)).align, run: (r: Element) => merge(defaults, st.run, styleLook(val(child(r, 'rPr'), 'rStyle') ?? defaultChar).run, rPrLook(child(r, 'rPr'), theme)) };
  }), paragraphs };
}

/** The section's footers through the document's relationships: each one's text (a PAGE field as "#"), alignment and the page number's look. */
function readFooters(
  pkg: DocxPackage, sections: Element[], parser: DOMParser, resolve: (p: Element) => { align?: string; run(r: Element): RunLook },
): FooterLook[] {
  if (!sections.length) return [];
  const relsXml = partText(pkg, 'word/_rels/document.xml.rels');
  const targets = new Map<string, string>();
  if (relsXml) {
    const rels = parser.parseFromString(relsXml, 'text/xml');
    for (const rel of Array.from(rels.getElementsByTagNameNS(PKG_REL, 'Relationship'))) {
      const target = rel.getAttribute('Target') ?? '';
      targets.set(rel.getAttribute('Id') ?? '', target.startsWith('/') ? target.slice(1) : `word/${target}`);
    }
  }
  const out: FooterLook[] = [];
  // For each kind (default, even, first): the last section's reference, or the nearest earlier section's.
  const refs = new Map<string, Element>();
  for (const sect of sections) for (const ref of children(sect).filter((e) => isW(e, 'footerReference'))) refs.set(attr(ref, 'type') ?? 'default', ref);
  for (const ref of refs.values()) {
    const part = targets.get(ref.getAttributeNS(R, 'id') ?? '');
    const text = part && partText(pkg, part);
    if (!text) continue;
    const footer = parser.parseFromString(text, 'text/xml');
    let content = '';
    let hasPageField = false;
    let align: string | undefined;
    let look: RunLook = {};
    for (const p of Array.from(footer.getElementsByTagNameNS(W, 'p'))) {
      // A text box's paragraphs are read once, as paragraphs of their own (not inside the one that holds the box, and not
      // again from its VML fallback).
      if (inFallback(p)) continue;
      const r = resolve(p);
      // Complex fields: begin, instruction, separate, result, end; the result of a PAGE field is the page number.
      let field: 'none' | 'instr' | 'result' = 'none';
      let instr = '';
      let page = false;
      const walk = (e: Element, run?: Element) => {
        for (const c of children(e)) {
          if (isW(c, 'fldChar')) {
            const type = attr(c, 'fldCharType');
            if (type === 'begin') { field = 'instr'; instr = ''; page = false; }
            else if (type === 'separate') { page = /^\s*PAGE\b/i.test(instr); field = 'result'; if (page) { content += '#'; hasPageField = true; if (run) look = r.run(run); } }
            else if (type === 'end') { if (field === 'instr' && /^\s*PAGE\b/i.test(instr)) { content += '#'; hasPageField = true; if (run) look = r.run(run); } field = 'none'; }
            continue;
          }
          if (isW(c, 'instrText')) { instr += c.textContent ?? ''; continue; }
          if (isW(c, 'fldSimple')) {
            if (/^\s*PAGE\b/i.test(attr(c, 'instr') ?? '')) {
              content += '#';
              hasPageField = true;
              const inner = children(c).find((x) => isW(x, 'r'));
              if (inner) look = r.run(inner);
              continue;
            }
            walk(c, run);
            continue;
          }
          if (isW(c, 't')) { if (!(field === 'result' && page)) content += c.textContent ?? ''; continue; }
          if (isW(c, 'r')) { walk(c, c); continue; }
          if (isW(c, 'pPr') || isW(c, 'rPr') || isW(c, 'txbxContent') || (c.namespaceURI === MC && c.localName === 'Fallback')) continue;
          walk(c, run);
        }
      };
      walk(p);
      if (hasPageField && align === undefined) align = r.align;
    }
    out.push({ kind: attr(ref, 'type') ?? 'default', text: content, hasPageField, align, look });
  }
  return out;
}
