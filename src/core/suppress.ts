/**
 * Suppression markers. One syntax for gongwen, plain text and Markdown: an HTML comment, which
 * Markdown hides, which cannot be mistaken for 公文 text, and which `stripMarkers` removes on export.
 *
 *   <!-- wenmi-disable-line [rule …] -->        this line (at the end of the line)
 *   <!-- wenmi-disable-next-line [rule …] -->   the next line
 *   <!-- wenmi-disable [rule …] --> … <!-- wenmi-enable [rule …] -->   a block
 *   <!-- wenmi-disable-file [rule …] -->        the whole file
 * Without rule ids, every rule.
 */
import { buildLineIndex, lineOfOffset } from './text';
import type { Finding } from './types';

const MARKER = /<!--\s*wenmi-(disable-line|disable-next-line|disable-file|disable|enable)((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g;

type Scope = '*' | Set<string>;

function ids(s: string): Scope {
  const list = s.trim().split(/\s+/).filter(Boolean);
  return list.length ? new Set(list) : '*';
}

function covers(scope: Scope | undefined, ruleId: string): boolean {
  return !!scope && (scope === '*' || scope.has(ruleId));
}

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

export function findSuppressions(text: string): Suppressions | undefined {
  if (text.indexOf('wenmi-') < 0) return undefined;
  const index = buildLineIndex(text);
  const perLine = new Map<number, Scope[]>();
  const fileScopes: Scope[] = [];
  // Block ranges per rule: [startOffset, endOffset).
  const blocks: Array<{ scope: Scope; start: number; end: number }> = [];
  const open: Array<{ scope: Scope; start: number }> = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text))) {
    const scope = ids(m[2]);
    const line = lineOfOffset(index, m.index);
    const add = (l: number) => {
      const list = perLine.get(l) ?? [];
      list.push(scope);
      perLine.set(l, list);
    };
    switch (m[1]) {
      case 'disable-line': add(line); break;
      case 'disable-next-line': add(line + 1); break;
      case 'disable-file': fileScopes.push(scope); break;
      case 'disable': open.push({ scope, start: m.index }); break;
      case 'enable': {
        // Close the most recent matching block (or all blocks for a bare enable).
        for (let k = open.length - 1; k >= 0; k--) {
          const o = open[k];
          if (scope === '*' || o.scope === '*' || [...(scope as Set<string>)].some((id) => (o.scope as Set<string>).has(id))) {
            blocks.push({ scope: o.scope, start: o.start, end: m.index });
            open.splice(k, 1);
            if (scope !== '*') break;
          }
        }
        break;
      }
    }
  }
  for (const o of open) blocks.push({ scope: o.scope, start: o.start, end: text.length });
  return {
    isSuppressed(ruleId, offset) {
      if (fileScopes.some((s) => covers(s, ruleId))) return true;
      const line = lineOfOffset(index, offset);
      if ((perLine.get(line) ?? []).some((s) => covers(s, ruleId))) return true;
      return blocks.some((b) => offset >= b.start && offset < b.end && covers(b.scope, ruleId));
    },
  };
}

export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  const s = findSuppressions(text);
  if (!s) return findings;
  return findings.filter((f) => !s.isSuppressed(f.ruleId, f.range[0]));
}

/** Text for export: the markers removed (and a line left empty by one, removed with its break). */
export function stripMarkers(text: string): string {
  return text
    .replace(/^[ \t]*<!--\s*wenmi-[^>]*-->[ \t]*(\r\n|\n|\r)/gm, '')
    .replace(/[ \t]*<!--\s*wenmi-[^>]*-->/g, '');
}
