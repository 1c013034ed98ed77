// Users for the operation hook tests: the harness's own client signs up (passkey, PIN or email)
// through the kit's ceremonies; a second client, on the same mock, plays the recipient.
import { onTestFinished } from 'vitest'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import type { IbexSessionUser } from '../../../src/core/session/IbexSessionRecord.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { TEST_BASE_URL, type TestIbex } from '../../utils/createTestIbex.ts'

export const PIN = '482916'
export const PASSPHRASE = 'correct horse battery staple'

/** A catalogue token of 421614 by symbol. */
export function token(symbol: string): `0x${string}` {
  const found = findToken(421614, symbol)
  if (!found) throw new Error(`No ${symbol}`)
  return found.address
}

export function safeOf(user: IbexSessionUser): `0x${string}` {
  const safe = user.safeAddresses['421614']
  if (!safe) throw new Error('No Safe on 421614')
  return safe
}

function signedIn(result: Awaited<ReturnType<typeof signUp>>): IbexSessionUser {
  if (result.status !== 'signed-in') throw new Error(result.status)
  return result.user
}

/** Signs the harness's client up: a passkey user, a PIN user, or an email user. */
export async function signUpAs(
  ibex: TestIbex,
  mode: 'passkey' | 'pin' | { email: string },
): Promise<IbexSessionUser> {
  if (mode === 'passkey') return signedIn(await signUp(ibex.client, {}))
  if (mode === 'pin') return signedIn(await signUp(ibex.client, { wallet: 'kdf', pin: PIN }))
  await signUp(ibex.client, { wallet: 'email', email: mode.email })
  await signUp(ibex.client, { wallet: 'email', code: lastCode(ibex, mode.email) })
  return signedIn(await signUp(ibex.client, { wallet: 'email', passphrase: PASSPHRASE }))
}

export function lastCode(ibex: TestIbex, email: string): string {
  const entry = ibex.mock.outbox(email)
  if (!entry) throw new Error(`No code for ${email}`)
  return entry.code
}

/** Another passkey user on the same mock, with a client of their own. */
export async function otherUser(): Promise<{ client: IbexClient; user: IbexSessionUser }> {
  const client = createIbexClient({ baseUrl: TEST_BASE_URL, rpId: 'localhost', crossTab: false })
  onTestFinished(() => client.destroy())
  return { client, user: signedIn(await signUp(client, {})) }
}

type Transactions = {
  crypto: {
    transactions: Record<string, { data: { transactionHash: string; direction: string }[] }>
  }
}

/** The newest transaction of the client's user on 421614. */
export async function latestTransaction(client: IbexClient) {
  const body = (await client.request({
    path: '/v1.2/users/me/transactions',
    query: { blockchainId: 421614, limit: 1 },
  })) as Transactions
  return body.crypto.transactions['421614']?.data[0]
}
