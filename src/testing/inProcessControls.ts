import type { MockIbex } from '../mock/createMockIbex.ts'
import { sessionTargetOf, type IbexMockControls } from './IbexMockControls.ts'
import { waitForValue } from './waitForValue.ts'

/** {@link IbexMockControls} over a mock in this process. */
export function inProcessControls(mock: MockIbex): IbexMockControls {
  return {
    readEmailCode: (email, options = {}) =>
      waitForValue(
        () => mock.outbox(email, options.rpId)?.code,
        options.timeoutMs,
        `No email code was sent to ${email}`,
      ),
    fund: async (address, amount, token, options = {}) =>
      mock.faucet({ address, amount, token, chainId: options.chainId }),
    expireSession: async (target, options) => mock.expireSession(sessionTargetOf(target), options),
    setFaults: async (patch) => ({ ...mock.setFaults(patch) }),
    reset: async () => mock.reset(),
    advanceTime: async (ms) => mock.advanceTime(ms),
  }
}
