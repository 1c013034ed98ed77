/**
 * What a realtime event does to one cached query: `set` it to `data`, `skip` it (the event is
 * not about it), or mark it `stale` (it is about it, but its parameters cannot be followed in
 * place: it refetches the next time it is used, not now).
 *
 * @example
 * const update: RealtimeCacheUpdate<IbexBalances> = { kind: 'set', data }
 */
export type RealtimeCacheUpdate<data> = { kind: 'set'; data: data } | { kind: 'skip' | 'stale' }
