import type { Address } from 'viem'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'

const held = new WeakMap<IbexClient, Set<string>>()

/**
 * One operation at a time per client and Safe (IBEx also locks a Safe's nonce): `acquire`
 * refuses a second submit while one is in flight with `IbexSessionError('session/busy')`,
 * before anything is sent, and returns the release function.
 *
 * @example
 * const release = operationLocks.acquire(client, 421614, safeAddress)
 * try { await run() } finally { release() }
 */
export const operationLocks = {
  acquire(client: IbexClient, chainId: number, safeAddress: Address): () => void {
    let keys = held.get(client)
    if (!keys) {
      keys = new Set()
      held.set(client, keys)
    }
    const key = `${chainId}:${safeAddress.toLowerCase()}`
    if (keys.has(key)) {
      throw new IbexSessionError({
        code: 'session/busy',
        message:
          'An operation from this Safe is already in flight: wait for it to finish before submitting another.',
      })
    }
    keys.add(key)
    const owned = keys
    return () => {
      owned.delete(key)
    }
  },
}
