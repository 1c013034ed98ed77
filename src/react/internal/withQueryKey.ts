/**
 * TanStack's query result with `queryKey` added, without touching the result itself: TanStack
 * tracks which fields a component reads (to re-render only when those change), and copying or
 * mutating the result would defeat that. Reading `queryKey` tracks nothing; spreading the
 * result keeps it.
 *
 * @example
 * return withQueryKey(useQuery(options, queryClient), options.queryKey)
 */
export function withQueryKey<result extends object, key>(
  result: result,
  queryKey: key,
): result & { queryKey: key } {
  const own = { value: queryKey, enumerable: true, configurable: true, writable: false }
  return new Proxy(result, {
    get: (target, property, receiver) =>
      property === 'queryKey' ? queryKey : Reflect.get(target, property, receiver),
    has: (target, property) => property === 'queryKey' || Reflect.has(target, property),
    ownKeys: (target) => [...Reflect.ownKeys(target).filter((k) => k !== 'queryKey'), 'queryKey'],
    getOwnPropertyDescriptor: (target, property) =>
      property === 'queryKey' ? own : Reflect.getOwnPropertyDescriptor(target, property),
  }) as result & { queryKey: key }
}
