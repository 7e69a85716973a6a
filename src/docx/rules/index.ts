/**
 * The layout rules read from a .docx (issue 14), one per file, and their run: each finding anchored on the paragraph it
 * is about (the first paragraph for the page), as a Finding the CLI, the review and the editor report like the others.
 */
import type { LintConfig } from '../../core/config';
import { effectiveSeverity } from '../../core/engine';
import { parse } from '../../core/parse/parser';
import type { Finding } from '../../core/types';
import type { Rule } from '../../core/rules/types';
import { readLayout } from '../layout';
import type { DocxPackage } from '../package';
import { paragraphAt, type DocxText } from '../text';
import { docxBodyFont } from './docx-body-font';
import { docxIssuerRed } from './docx-issuer-red';
import { docxMargins } from './docx-margins';
import { docxPageA4 } from './docx-page-a4';
import { docxTitleFont } from './docx-title-font';
import type { DocxRule } from './types';

export const docxRules: readonly DocxRule[] = [docxPageA4, docxMargins, docxBodyFont, docxTitleFont, docxIssuerRed];

export function checkDocxLayout(pkg: DocxPackage, model: DocxText, config?: Partial<LintConfig>): Finding[] {
  const layout = readLayout(pkg, model);
  const doc = parse(model.text);
  const at = (offset: number) => paragraphAt(model, offset);
  const out: Finding[] = [];
  for (const rule of docxRules) {
    const severity = effectiveSeverity({ meta: { ...rule.meta, category: 'body', fixable: false } } as unknown as Rule, config?.rules?.[rule.meta.id]);
    if (!severity) continue;
    for (const f of rule.check({ layout, model, doc, paragraphAt: at })) {
      const p = model.paragraphs[Math.min(f.paragraph, model.paragraphs.length - 1)];
      if (!p) continue;
      out.push({ ruleId: rule.meta.id, severity: f.severity ?? severity, message: f.message, range: [p.start, Math.max(p.start, p.end)], fix: null, suggestions: [] });
    }
  }
  return out;
}
