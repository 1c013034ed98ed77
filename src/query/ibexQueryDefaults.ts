/**
 * Defaults every IBEx query factory spreads first (the caller's `query: {...}` wins). Data is
 * fresh for 30 s, so the many components that read one resource, and a screen mounted right
 * after an enriched sign-in seeded the cache, make no request of their own; live updates and
 * confirmed operations invalidate sooner.
 *
 * @example
 * return { ...ibexQueryDefaults, ...parameters.query, queryKey, queryFn }
 */
export const ibexQueryDefaults = {
  staleTime: 30_000,
} as const
