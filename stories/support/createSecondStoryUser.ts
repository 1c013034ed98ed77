import { formatUnits, type Address } from 'viem'
import { signUpWithPasskey } from '../../src/core/ceremonies/passkeys/signUpWithPasskey.ts'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import { runOperation } from '../../src/core/operations/runOperation.ts'
import { balanceOf } from '../../src/mock/wallet/balanceOf.ts'
import { findToken } from '../../src/mock/wallet/findToken.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'
import { storyMock } from './storyMock.ts'

/** Another user of the story's mock, signed in on a client of their own (see {@link createSecondStoryUser}). */
export type SecondStoryUser = {
  /** Their Safe on their session's chain. */
  safe: Address
  /** What their Safe holds of `symbol` (human units), read from the mock's ledger. */
  balance(symbol: string): string
  /** Transfers `amount` of `symbol` from their Safe to `to`, signed with their passkey. */
  send(to: string, amount: string, symbol: string): Promise<void>
  /** Forgets their client (their session). */
  destroy(): void
}

/**
 * Signs up another passkey user with the session's mock and authenticator, on an IBEx client of
 * their own (no provider, no realtime), and keeps them signed in: someone for the story's user to
 * pay, or to get paid by. Call `destroy()` when the story unmounts.
 *
 * @example
 * const bob = await createSecondStoryUser()
 * await bob.send(aliceSafe, '5', 'EUR-IBEX')
 */
export async function createSecondStoryUser(): Promise<SecondStoryUser> {
  const client = createIbexClient(storyIbexConfig)
  try {
    const { user } = await signUpWithPasskey(client, {})
    const { chainId } = user
    const safe = user.safeAddresses[String(chainId)]
    if (!safe) throw new Error(`The second user has no Safe on chain ${chainId}`)
    const tokenOf = (symbol: string) => {
      const token = findToken(chainId, symbol)
      if (!token) throw new Error(`The mock has no ${symbol} on chain ${chainId}`)
      return token
    }
    return {
      safe,
      balance(symbol) {
        const token = tokenOf(symbol)
        return formatUnits(balanceOf(storyMock.state.ledger, safe, token), token.decimals)
      },
      async send(to, amount, symbol) {
        await runOperation(client, { kind: 'transfer', token: tokenOf(symbol).address, to, amount })
      },
      destroy: () => client.destroy(),
    }
  } catch (error) {
    client.destroy()
    throw error
  }
}
