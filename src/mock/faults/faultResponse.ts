import { jsonResponse } from '../http/jsonResponse.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'

/**
 * Applies the injected faults to one request: waits `latencyMs`, then answers the maintenance
 * 503 (exact documented body), a 429 of a rate-limit burst, or a random 500; `undefined` lets
 * the request through.
 */
export async function faultResponse(
  state: MockState,
  config: MockIbexConfig,
): Promise<Response | undefined> {
  const faults = state.faults
  if (faults.latencyMs > 0) await config.sleep(faults.latencyMs)
  if (faults.maintenance) {
    const { since, message } = faults.maintenance
    return jsonResponse({ status: 'maintenance', service: 'IBEXFIAPI', since, message }, 503)
  }
  if (faults.rateLimit && faults.rateLimit.count > 0) {
    const retryAfter = faults.rateLimit.retryAfter
    faults.rateLimit.count -= 1
    if (faults.rateLimit.count === 0) faults.rateLimit = null
    return jsonResponse({ message: 'Too many requests', error_code: 'RATE_LIMITED' }, 429, {
      'retry-after': String(retryAfter),
    })
  }
  if (faults.errorRate > 0 && state.random.float() < faults.errorRate) {
    return jsonResponse({ message: 'Injected server error', error_code: 'INTERNAL' }, 500)
  }
  return undefined
}
