/** Chinese text of configuration files, packs, terms and organization rules. */
export const teamMessages = {
} as const;
