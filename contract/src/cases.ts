export const caseKinds = ['penalty', 'dispute'] as const;
