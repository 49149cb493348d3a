/** Every route's path in one typed table, so links and the router cannot drift apart. */
export const paths = {
  start: '/',
  plan: '/plan',
  sources: '/sources',
} as const;
