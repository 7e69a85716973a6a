/** Every manifest part, in order. `scripts/gen.ts` merges them into package.json. */
import type { ManifestPart } from './types';
import { lintManifest } from './lint';
import { draftingManifest } from './drafting';
import { teamManifest } from './team';
import { walkthroughManifest } from './walkthrough';

export const manifestParts: ManifestPart[] = [lintManifest, draftingManifest, teamManifest, walkthroughManifest];

function mergeValue(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? mergeValue(out[k], v) : v;
    return out;
  }
  return b;
}

export function buildContributes(): { contributes: Record<string, unknown>; activationEvents: string[] } {
  let contributes: Record<string, unknown> = {};
  const events = new Set<string>();
  for (const part of manifestParts) {
    contributes = mergeValue(contributes, part.contributes) as Record<string, unknown>;
    for (const e of part.activationEvents ?? []) events.add(e);
  }
  return { contributes, activationEvents: [...events] };
}
