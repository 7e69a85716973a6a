/** Chinese text of the drafting features: templates, New Official Document prompts, snippets. */
export const draftingMessages = {
} as const;
