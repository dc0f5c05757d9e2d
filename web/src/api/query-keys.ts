/** React Query cache keys, one place so invalidation matches fetching. */
export const queryKeys = {
  session: ['session'] as const,
  unread: ['notifications', 'unread'] as const,
  notifications: ['notifications'] as const,
  enterprises: ['enterprises'] as const,
  enterprise: (id: number | 'mine') => ['enterprises', 'profile', id] as const,
  orgs: ['orgs'] as const,
  users: ['users'] as const,
  audit: ['audit'] as const,
  regions: (parent: string | undefined) => ['regions', parent ?? 'root'] as const,
};
