/**
 * package.json `contributes` is generated from these parts (`npm run gen`), so that each feature
 * declares its own commands, settings and menus next to its code, and a test keeps package.json in sync.
 */
export interface ManifestPart {
  /** Merged into contributes: arrays are concatenated, objects merged key by key. */
  contributes: Record<string, unknown>;
  activationEvents?: string[];
}
