/** Messages of the punctuation, number and wording rules (GB/T 15834, GB/T 15835; RULEBOOK §I, J, K). */
export const punctMessages = {
} as const;
