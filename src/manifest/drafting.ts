/** Contributions of the drafting features: templates, snippets, the gongwen grammar, outline. */
import type { ManifestPart } from './types';

export const draftingManifest: ManifestPart = {
  contributes: {},
};
