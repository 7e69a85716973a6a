/**
 * The CI formats of `wenmi check` (issue 11): SARIF 2.1.0 (code scanning: GitHub, Azure DevOps, GitLab), reviewdog's
 * rdjson (review comments on a pull request) and GitHub Actions workflow commands (annotations on the diff). Positions
 * are 1-based lines and columns counted in Unicode code points, as the text output prints them.
 */
import { buildLineIndex, describeRule, toLineColumn, type Finding, type Severity } from '../core';
import type { FileReport } from './lintFiles';

const TOOL = 'Wenmi';
const INFO_URI = 'https://github.com/wenmi-gongwen/wenmi';

/** A report's path as a relative URI reference: forward slashes, each segment percent-encoded (汉字 as UTF-8). */
function uriOf(p: string): string {
  return p.split(/[\\/]/).map((s) => encodeURIComponent(s)).join('/');
}

function region(text: string, index: ReturnType<typeof buildLineIndex>, range: readonly [number, number]) {
  const s = toLineColumn(text, index, range[0]);
  const e = toLineColumn(text, index, range[1]);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, the rules that fired with their descriptions and documentation links, results with fixes. */
export function toSarif(reports: readonly FileReport[], version: string): unknown {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const rules = ruleIds.map((id) => {
    const rule = describeRule(id);
    return {
      id,
      ...(rule ? { name: rule.meta.title, shortDescription: { text: rule.meta.title }, fullDescription: { text: rule.meta.description }, helpUri: rule.docs } : {}),
      ...(rule ? { defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] } } : {}),
    };
  });
  const results = reports.flatMap((r) => {
    const index = buildLineIndex(r.text);
    const uri = uriOf(r.path);
    return r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(r.text, index, f.range) } }],
      ...(f.fix || f.suggestions.length
        ? {
          fixes: [...(f.fix ? [{ title: f.message, fix: f.fix }] : []), ...f.suggestions.map((s) => ({ title: s.title, fix: s.fix }))].map((x) => ({
            description: { text: x.title },
            artifactChanges: [{ artifactLocation: { uri }, replacements: [{ deletedRegion: region(r.text, index, x.fix.range), insertedContent: { text: x.fix.text } }] }],
          })),
        }
        : {}),
    }));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: TOOL, informationUri: INFO_URI, version, semanticVersion: version, rules } },
      columnKind: 'unicodeCodePoints',
      results,
    }],
  };
}

const RD_SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** reviewdog's Diagnostic Format (rdjson): one diagnostic per finding, certain fixes and suggestions as suggestions. */
export function toRdjson(reports: readonly FileReport[]): unknown {
  return {
    source: { name: 'wenmi', url: INFO_URI },
    diagnostics: reports.flatMap((r) => {
      const index = buildLineIndex(r.text);
      const range = (x: readonly [number, number]) => {
        const g = region(r.text, index, x);
        return { start: { line: g.startLine, column: g.startColumn }, end: { line: g.endLine, column: g.endColumn } };
      };
      return r.findings.map((f: Finding) => ({
        message: f.message,
        location: { path: r.path, range: range(f.range) },
        severity: RD_SEVERITY[f.severity],
        source: { name: 'wenmi', url: INFO_URI },
        code: { value: f.ruleId, ...(describeRule(f.ruleId) ? { url: describeRule(f.ruleId)!.docs } : {}) },
        ...(f.fix || f.suggestions.length
          ? { suggestions: [...(f.fix ? [f.fix] : []), ...f.suggestions.map((s) => s.fix)].map((x) => ({ range: range(x.range), text: x.text })) }
          : {}),
      }));
    }),
  };
}

/** GitHub Actions workflow commands: ::error / ::warning / ::notice with file, line, column and the rule as the title. */
export function toGithub(reports: readonly FileReport[]): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const kind: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  const lines: string[] = [];
  for (const r of reports) {
    const index = buildLineIndex(r.text);
    for (const f of r.findings) {
      const g = region(r.text, index, f.range);
      lines.push(`::${kind[f.severity]} file=${prop(r.path.replace(/\\/g, '/'))},line=${g.startLine},col=${g.startColumn},endLine=${g.endLine},endColumn=${g.endColumn},title=${prop(`wenmi ${f.ruleId}`)}::${data(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
