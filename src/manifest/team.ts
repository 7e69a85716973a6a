/** Contributions of team packs and project configuration (.wenmirc.json). */
import type { ManifestPart } from './types';

export const teamManifest: ManifestPart = {
  contributes: {},
};
