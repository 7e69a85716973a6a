/**
 * Suppression markers. One syntax for gongwen, plain text and Markdown: an HTML comment, which
 * Markdown hides, which cannot be mistaken for 公文 text, and which `stripMarkers` removes on export.
 *
 *   <!-- wenmi-disable-line [rule …] -->        this line (at the end of the line)
 *   <!-- wenmi-disable-next-line [rule …] -->   the next line
 *   <!-- wenmi-disable [rule …] --> … <!-- wenmi-enable [rule …] -->   a block
 *   <!-- wenmi-disable-file [rule …] -->        the whole file
 * Without rule ids, every rule. Rule ids are separated by spaces (or commas).
 *
 * Blocks follow the order of the markers: at any offset, a rule is off when the last disable/enable
 * marker before it that names the rule (or names no rule, i.e. all) is a disable. So
 * `wenmi-disable` … `wenmi-enable docno-format` turns docno-format back on and leaves the rest off,
 * and a block never closed runs to the end of the file.
 */
import { buildLineIndex, lineOfOffset } from './text';
import type { Finding } from './types';

const MARKER = /<!--\s*wenmi-(disable-line|disable-next-line|disable-file|disable|enable)((?:[\s,]+[a-z][a-z0-9-]*)*)[\s,]*-->/g;

type Scope = '*' | Set<string>;

function ids(s: string): Scope {
  const list = s.split(/[\s,]+/).filter(Boolean);
  return list.length ? new Set(list) : '*';
}

function covers(scope: Scope, ruleId: string): boolean {
  return scope === '*' || scope.has(ruleId);
}

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

interface BlockEvent {
  offset: number;
  disable: boolean;
  scope: Scope;
}

export function findSuppressions(text: string): Suppressions | undefined {
  if (text.indexOf('wenmi-') < 0) return undefined;
  const index = buildLineIndex(text);
  const perLine = new Map<number, Scope[]>();
  const fileScopes: Scope[] = [];
  // disable/enable markers in document order.
  const events: BlockEvent[] = [];
  const addLine = (l: number, scope: Scope) => {
    const list = perLine.get(l);
    if (list) list.push(scope);
    else perLine.set(l, [scope]);
  };
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found = false;
  while ((m = MARKER.exec(text))) {
    found = true;
    const scope = ids(m[2]);
    switch (m[1]) {
      case 'disable-line':
        addLine(lineOfOffset(index, m.index), scope);
        break;
      case 'disable-next-line':
        // The line after the one the comment ends on (a comment may span lines).
        addLine(lineOfOffset(index, m.index + m[0].length - 1) + 1, scope);
        break;
      case 'disable-file':
        fileScopes.push(scope);
        break;
      case 'disable':
        events.push({ offset: m.index, disable: true, scope });
        break;
      case 'enable':
        events.push({ offset: m.index, disable: false, scope });
        break;
    }
  }
  if (!found) return undefined;
  return {
    isSuppressed(ruleId, offset) {
      for (const s of fileScopes) if (covers(s, ruleId)) return true;
      const scopes = perLine.get(lineOfOffset(index, offset));
      if (scopes) for (const s of scopes) if (covers(s, ruleId)) return true;
      // The last block marker at or before the offset that concerns this rule decides.
      let lo = 0;
      let hi = events.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (events[mid].offset <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= 0; k--) {
        if (covers(events[k].scope, ruleId)) return events[k].disable;
      }
      return false;
    },
  };
}

export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  const s = findSuppressions(text);
  if (!s) return findings;
  return findings.filter((f) => !s.isSuppressed(f.ruleId, f.range[0]));
}

/**
 * Text for export: the markers removed. A line that held only a marker is removed with its line
 * break; a marker at the end of a line is removed with the spaces before it.
 */
export function stripMarkers(text: string): string {
  if (text.indexOf('wenmi-') < 0) return text;
  return text
    .replace(/^[ \t\u3000]*<!--\s*wenmi-[^>]*-->[ \t\u3000]*(?:\r\n|\n|\r|$)/gm, '')
    .replace(/[ \t\u3000]*<!--\s*wenmi-[^>]*-->/g, '');
}
