import { hexToBytes, type Hex } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
} from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import type {
  SoftwareCreationOptionsJSON,
  SoftwareRequestOptionsJSON,
} from '../../src/mock/authenticator/SoftwareAuthenticatorTypes.ts'
import type { createTestIbex } from './createTestIbex.ts'
import { randomAccount, type TestResponse } from './createTestIbex.ts'

/** The test IBEx of {@link createTestIbex}. */
export type TestIbex = ReturnType<typeof createTestIbex>

/** A signed-up user: their token, Safe on 421614 and how they sign a prepared operation. */
export type WalletUser = {
  externalUserId: string
  accessToken: string
  safe: Hex
  safes: Record<string, Hex>
  headers: Record<string, string>
  /** The PUT body that signs a prepared operation (`POST` answer). */
  sign(prepared: Record<string, unknown>): Promise<Record<string, unknown>>
}

/** The authorization header of a token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

function walletUser(session: Record<string, unknown>, sign: WalletUser['sign']): WalletUser {
  const safes = session.safeAddress as Record<string, Hex>
  const accessToken = String(session.access_token)
  return {
    externalUserId: String(session.subject),
    accessToken,
    safe: safes['421614'] as Hex,
    safes,
    headers: bearer(accessToken),
    sign,
  }
}

/** Signs a prepared operation as docs/protocol.md says key signers do: personal_sign of the hash bytes. */
function keySigner(account: PrivateKeyAccount): WalletUser['sign'] {
  return async (prepared) => {
    const options = prepared.credentialRequestOptions as { data: { userOpHash: Hex } }
    const signature = await account.signMessage({
      message: { raw: hexToBytes(options.data.userOpHash) },
    })
    return { signature, publicKey: account.address }
  }
}

/** A PIN (KDF) user whose key signs operations with `personal_sign` of the userOpHash bytes. */
export async function signUpKeyUser(
  ibex: TestIbex,
  account: PrivateKeyAccount = randomAccount(),
): Promise<WalletUser & { account: PrivateKeyAccount }> {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: await ibex.kdfProof(account, begin.body),
  })
  return { ...walletUser(finish.body, keySigner(account)), account }
}

/** A 7702 user: the EOA is its own "Safe" and signs operations with `personal_sign`. */
export async function signUp7702User(
  ibex: TestIbex,
  account: PrivateKeyAccount = randomAccount(),
): Promise<WalletUser & { account: PrivateKeyAccount }> {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
    query: { wallet: '7702', address: account.address },
  })
  const challenge = begin.body.challenge as { message: string; nonce: string }
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: {
      wallet: '7702',
      address: account.address,
      signature: await account.signMessage({ message: challenge.message }),
      nonce: challenge.nonce,
    },
  })
  return { ...walletUser(finish.body, keySigner(account)), account }
}

/** A passkey user whose software authenticator signs operations with a WebAuthn assertion. */
export async function signUpPasskeyUser(
  ibex: TestIbex,
  authenticator: SoftwareAuthenticator = createSoftwareAuthenticator({
    origin: 'http://localhost:5173',
  }),
): Promise<WalletUser & { authenticator: SoftwareAuthenticator }> {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up')
  const credential = await authenticator.register(
    begin.body.credentialRequestOptions as SoftwareCreationOptionsJSON,
  )
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', { body: { credential } })
  const user = walletUser(finish.body, async (prepared) => ({
    credential: await authenticator.authenticate(
      prepared.credentialRequestOptions as SoftwareRequestOptionsJSON,
    ),
  }))
  return { ...user, authenticator }
}

/**
 * Prepares `operations` on the user's 421614 Safe, signs and executes them; returns both
 * answers.
 */
export async function runOperations(
  ibex: TestIbex,
  user: WalletUser,
  operations: unknown[],
): Promise<{ prepared: TestResponse; executed: TestResponse }> {
  const prepared = await ibex.call('POST', '/v1.2/safes/operations', {
    headers: user.headers,
    body: { safeAddress: user.safe, chainId: 421614, operations },
  })
  if (prepared.status !== 200) return { prepared, executed: prepared }
  const executed = await ibex.call('PUT', '/v1.2/safes/operations', {
    headers: user.headers,
    body: await user.sign(prepared.body),
  })
  return { prepared, executed }
}

/** The human balance of `symbol` in the user's 421614 Safe (scoped read). */
export async function balanceOfSymbol(
  ibex: TestIbex,
  user: WalletUser,
  symbol: string,
): Promise<string> {
  const response = await ibex.call('GET', '/v1.2/users/me/balances', {
    headers: { ...user.headers, 'x-blockchain-id': '421614' },
    query: { walletAddress: user.safe, includeZero: true },
  })
  const tokens = (response.body.balance as { tokens: { symbol: string; balance: string }[] }).tokens
  return tokens.find((token) => token.symbol === symbol)?.balance ?? 'missing'
}
