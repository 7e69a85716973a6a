/** A small, strict argument parser: unknown flags are usage errors, never silently ignored. */
import { UsageError } from './io';

export interface FlagSpec {
  [name: string]: 'boolean' | 'string' | 'string[]';
}

export interface Parsed {
  flags: Record<string, string | boolean | string[]>;
  positional: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec): Parsed {
  const flags: Parsed['flags'] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const kind = spec[name];
      if (!kind) throw new UsageError(`unknown option --${name}`);
      if (kind === 'boolean') {
        if (eq > 0) throw new UsageError(`--${name} takes no value`);
        flags[name] = true;
        continue;
      }
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (kind === 'string[]') flags[name] = [...((flags[name] as string[]) ?? []), value];
      else flags[name] = value;
      continue;
    }
    positional.push(a);
  }
  return { flags, positional };
}
