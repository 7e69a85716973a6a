/**
 * The layout rules read from a .docx (issue 14), one per file: pure checks over the layout that src/docx/layout.ts
 * resolved, against the GB/T 9704 layout model's numbers. Their ids are valid in .wenmirc.json and packs like the
 * text rules' (schema), and docs/rules.md documents them.
 */
import { docsLink } from '../docs';
import { docxBodyFont } from './docx-body-font';
import { docxColophonLines } from './docx-colophon-lines';
import { docxDatePosition } from './docx-date-position';
import { docxGrid } from './docx-grid';
import { docxHeadingFont } from './docx-heading-font';
import { docxIssuerRed } from './docx-issuer-red';
import { docxMargins } from './docx-margins';
import { docxPageA4 } from './docx-page-a4';
import { docxPageNumber } from './docx-page-number';
import { docxTitleFont } from './docx-title-font';
import type { DocxRule } from './types';

export const docxRules: readonly DocxRule[] = [
  docxPageA4, docxMargins, docxGrid, docxBodyFont, docxTitleFont, docxHeadingFont, docxIssuerRed, docxDatePosition, docxColophonLines, docxPageNumber,
].map((r) => ({ ...r, docs: docsLink(r.meta.id) }));

export type { DocxLayout, DocxLayoutContext, DocxLayoutFinding, DocxRule, ParagraphLook, RunLook } from './types';
