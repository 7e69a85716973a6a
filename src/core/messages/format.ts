/** Messages of the format rules (GB/T 9704, GB/T 15834, GB/T 15835; RULEBOOK §D, E, F, I, J, K). */
export const formatMessages = {
} as const;
