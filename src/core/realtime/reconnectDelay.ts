/** Back-off of realtime reconnections, in milliseconds. */
export type RealtimeBackoff = {
  /** First delay. Default 1 000. */
  baseDelayMs: number
  /** Ceiling. Default 30 000. */
  maxDelayMs: number
}

/**
 * The wait before reconnection attempt `attempt` (0 = first): exponential, capped, then
 * "equal jitter" (between half and all of it), so that many clients dropped at once by a server
 * restart do not come back in step.
 *
 * @example
 * reconnectDelay(3, { baseDelayMs: 1000, maxDelayMs: 30_000 }, Math.random) // 4 000 – 8 000
 */
export function reconnectDelay(
  attempt: number,
  backoff: RealtimeBackoff,
  random: () => number,
): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** Math.min(attempt, 30))
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1))
}
