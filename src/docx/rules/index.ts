/**
 * The layout rules read from a .docx (issue 14, src/core/rules/docx) run on a Word file: the layout resolved from the
 * package, each finding anchored on the paragraph it is about (the first paragraph for the page), as a Finding the CLI,
 * the review and the editor report like the others. Rule settings (severity, off) come from the same configuration.
 */
import type { LintConfig } from '../../core/config';
import { effectiveSeverity } from '../../core/severity';
import { parse } from '../../core/parse/parser';
import { docxRules } from '../../core/rules/docx';
import type { Finding } from '../../core/types';
import { readLayout } from '../layout';
import type { DocxPackage } from '../package';
import { paragraphAt, type DocxText } from '../text';

export { docxRules };

export function checkDocxLayout(pkg: DocxPackage, model: DocxText, config?: Partial<LintConfig>): Finding[] {
  const layout = readLayout(pkg, model);
  // The body is the document: its notes (after bodyEnd) take no part in its structure.
  const doc = parse(model.text.slice(0, model.bodyEnd));
  const at = (offset: number) => paragraphAt(model, offset);
  const out: Finding[] = [];
  for (const rule of docxRules) {
    const setting = config?.rules?.[rule.meta.id];
    const severity = effectiveSeverity(rule, setting);
    if (!severity) continue;
    const configured = setting?.severity && setting.severity !== 'off' ? setting.severity : undefined;
    for (const f of rule.check({ layout, text: model.text, paragraphs: model.paragraphs, doc, paragraphAt: at })) {
      const p = model.paragraphs[Math.min(f.paragraph, model.paragraphs.length - 1)];
      if (!p) continue;
      out.push({ ruleId: rule.meta.id, severity: configured ?? f.severity ?? severity, message: f.message, range: [p.start, Math.max(p.start, p.end)], fix: null, suggestions: [] });
    }
  }
  return out;
}
