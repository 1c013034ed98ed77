// Users and readers for the operation tests: sign-ups through the kit's own ceremonies (passkey
// on the software authenticator, PIN, email with the mock's outbox), and balances, positions and
// history read straight from the mock IBEx over HTTP.
import { formatUnits, type Address } from 'viem'
import { signUp } from '../../../src/core/actions/signUp.ts'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import type { IbexSessionUser } from '../../../src/core/session/IbexSessionRecord.ts'
import type { MockIbex } from '../../../src/mock/createMockIbex.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'

export const CHAIN = 421614
export const PIN = '482916'
export const PASSPHRASE = 'correct horse battery staple'

/** A catalogue token of chain 421614 by symbol. */
export function token(symbol: string): Address {
  const found = findToken(CHAIN, symbol)
  if (!found) throw new Error(`No ${symbol} on ${CHAIN}`)
  return found.address
}

function signedIn(result: Awaited<ReturnType<typeof signUp>>): IbexSessionUser {
  if (result.status !== 'signed-in') throw new Error(`Not signed in: ${result.status}`)
  return result.user
}

/** The user's Safe on 421614. */
export function safeOf(user: IbexSessionUser): Address {
  const safe = user.safeAddresses[String(CHAIN)]
  if (!safe) throw new Error('No Safe on 421614')
  return safe
}

export async function signUpPasskeyUser(client: IbexClient): Promise<IbexSessionUser> {
  return signedIn(await signUp(client, {}))
}

export async function signUpPinUser(client: IbexClient): Promise<IbexSessionUser> {
  return signedIn(await signUp(client, { wallet: 'kdf', pin: PIN }))
}

export async function signUpEmailUser(
  client: IbexClient,
  mock: MockIbex,
  email: string,
): Promise<IbexSessionUser> {
  await signUp(client, { wallet: 'email', email })
  await signUp(client, { wallet: 'email', code: lastCode(mock, email) })
  return signedIn(await signUp(client, { wallet: 'email', passphrase: PASSPHRASE }))
}

/** The last code the mock emailed to `email`. */
export function lastCode(mock: MockIbex, email: string): string {
  const entry = mock.outbox(email)
  if (!entry) throw new Error(`No code sent to ${email}`)
  return entry.code
}

type Tokens = { balance: { tokens: { tokenAddress: string; symbol: string; balance: string }[] } }

/** The Safe's balance of `symbol` on 421614, as IBEx formats it. */
export async function balanceOf(client: IbexClient, user: IbexSessionUser, symbol: string) {
  const body = (await client.request({
    path: '/v1.2/users/me/balances',
    query: { walletAddress: safeOf(user), blockchainId: CHAIN, includeZero: 'true' },
  })) as Tokens
  return body.balance.tokens.find((entry) => entry.symbol === symbol)?.balance ?? '0'
}

type Transactions = {
  crypto: { transactions: Record<string, { data: Record<string, unknown>[] }> }
}

/** The user's transactions on 421614, newest first. */
export async function transactionsOf(client: IbexClient): Promise<Record<string, unknown>[]> {
  const body = (await client.request({
    path: '/v1.2/users/me/transactions',
    query: { blockchainId: CHAIN },
  })) as Transactions
  return body.crypto.transactions[String(CHAIN)]?.data ?? []
}

type Lending = { provider: string; assetTicker: string; position: { balance: string } | null }[]

/** The user's Aave/Morpho/Hyperliquid positions on 421614 (`provider:asset` → balance). */
export async function positionsOf(client: IbexClient): Promise<Record<string, string>> {
  const body = (await client.request({
    path: '/v1.2/users/me/lending',
    query: { userScoped: 'true', blockchainId: CHAIN },
  })) as Lending
  return Object.fromEntries(
    body
      .filter((entry) => entry.position !== null && entry.position.balance !== '0')
      .map((entry) => [`${entry.provider}:${entry.assetTicker}`, entry.position?.balance ?? '0']),
  )
}

/** `value` base units of an 18-decimal token as IBEx formats amounts. */
export const human = (value: bigint, decimals = 18) => formatUnits(value, decimals)
