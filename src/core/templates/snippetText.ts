/**
 * A small reader of VS Code's snippet syntax ($1, ${1:default}, ${1|a,b|}, $VAR, ${VAR:default},
 * escapes \$ \} \\): checks that a body is well formed and resolves it to the text a user gets by
 * accepting every default (the first choice of each choice). Tests use it to lint what a snippet
 * inserts; it also proves a template's snippet form and plain form say the same thing.
 */

export class SnippetSyntaxError extends Error {}

export interface SnippetResolution {
  text: string;
  /** Tab stop numbers in order of appearance (0 included when present). */
  tabStops: number[];
  /** Variables used. */
  variables: string[];
}

/** Resolves a snippet body. `variables` gives values (CURRENT_YEAR…); unknown variables resolve to their default or ''. */
export function resolveSnippet(body: string, variables: Record<string, string> = {}): SnippetResolution {
  let i = 0;
  const tabStops: number[] = [];
  const used: string[] = [];
  const values = new Map<number, string>();

  const fail = (what: string): never => {
    throw new SnippetSyntaxError(`${what} at ${i} in ${JSON.stringify(body)}`);
  };

  // Reads text until one of `stops` (unescaped) at this nesting level.
  function readUntil(stops: string): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      if (stops.includes(c)) return out;
      if (c === '$') {
        out += readDollar();
        continue;
      }
      out += c;
      i++;
    }
    return out;
  }

  function readDollar(): string {
    i++; // $
    const num = /^\d+/.exec(body.slice(i));
    if (num) {
      i += num[0].length;
      const n = Number(num[0]);
      tabStops.push(n);
      return values.get(n) ?? '';
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i));
    if (name) {
      i += name[0].length;
      used.push(name[0]);
      return variables[name[0]] ?? '';
    }
    if (body[i] !== '{') return '$';
    i++; // {
    const n2 = /^\d+/.exec(body.slice(i));
    if (n2) {
      i += n2[0].length;
      const n = Number(n2[0]);
      tabStops.push(n);
      let value = values.get(n) ?? '';
      if (body[i] === '}') {
        i++;
        return value;
      }
      if (body[i] === ':') {
        i++;
        value = readUntil('}');
        if (body[i] !== '}') fail('unclosed placeholder');
        i++;
        if (!values.has(n)) values.set(n, value);
        return values.get(n)!;
      }
      if (body[i] === '|') {
        i++;
        const choices: string[] = [];
        let cur = '';
        while (i < body.length) {
          const c = body[i];
          if (c === '\\' && i + 1 < body.length && ',|\\$}'.includes(body[i + 1])) {
            cur += body[i + 1];
            i += 2;
            continue;
          }
          if (c === ',') { choices.push(cur); cur = ''; i++; continue; }
          if (c === '|' && body[i + 1] === '}') { choices.push(cur); i += 2; break; }
          if (c === '|' || c === '$' || c === '}') fail(`unexpected ${c} in a choice`);
          cur += c;
          i++;
        }
        if (!choices.length || body[i - 1] !== '}') fail('unclosed choice');
        if (!values.has(n)) values.set(n, choices[0]);
        return values.get(n)!;
      }
      return fail('bad tab stop');
    }
    const v = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i));
    if (!v) return fail('bad ${…}');
    i += v[0].length;
    used.push(v[0]);
    if (body[i] === '}') {
      i++;
      return variables[v[0]] ?? '';
    }
    if (body[i] === ':') {
      i++;
      const def = readUntil('}');
      if (body[i] !== '}') fail('unclosed variable');
      i++;
      return variables[v[0]] ?? def;
    }
    if (body[i] === '/') return fail('variable transforms are not supported here');
    return fail('bad variable');
  }

  const text = readUntil('');
  return { text, tabStops, variables: used };
}

/** The values VS Code would give the date variables (zero-padded, as VS Code pads them). */
export function dateVariables(now: Date): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_DATE: pad(now.getDate()),
    TM_SELECTED_TEXT: '',
  };
}
