/** The part of a TanStack query that the quote timings read. */
type QuoteQuery<quote> = { state: { data: quote | undefined; error: unknown } }

/** How long a quote may still be used without asking again: its expiry less the margin. */
function freshFor(quote: { expiresAt: number } | undefined, margin: number): number {
  return quote ? Math.max(0, quote.expiresAt - margin - Date.now()) : 0
}

/**
 * The timings every quote query shares (swap and route quotes): fresh until `marginMs` before
 * the quote expires, then quoted again by itself, so the quote on screen stays executable. Not
 * retried: a refused quote is a verdict on the inputs.
 *
 * @example
 * return { ...quoteRefreshOptions<SwapQuote>(15_000), ...query, queryKey, queryFn }
 */
export function quoteRefreshOptions<quote extends { expiresAt: number }>(
  marginMs: number,
): {
  retry: false
  gcTime: number
  staleTime: (query: QuoteQuery<quote>) => number
  refetchInterval: (query: QuoteQuery<quote>) => number | false
} {
  return {
    retry: false,
    gcTime: 60_000,
    staleTime: (current) => freshFor(current.state.data, marginMs),
    // A failed re-quote (say the balance moved) waits for new inputs or a manual refetch
    // instead of failing again every second.
    refetchInterval: (current) =>
      current.state.data && !current.state.error
        ? Math.max(1_000, freshFor(current.state.data, marginMs))
        : false,
  }
}
