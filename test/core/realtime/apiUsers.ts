// Users of the mock driven through its HTTP API, whatever carries the calls (the mock's
// `handle`, or `fetch` to the Node server): a KDF-style key user signed up without Argon2 (the
// mock only checks the signature), and a signed EUR-IBEX transfer from such a user.
import { hexToBytes, type Hex } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import type { IbexAuthResponse } from '../../../src/core/session/sessionFromAuthResponse.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { proofBody, randomAccount } from '../../mock/createTestIbex.ts'

/** One JSON call to the mock (tenant `localhost`); throws on a non-2xx answer. */
export type MockApiCall = (
  method: string,
  path: string,
  init?: { token?: string; body?: unknown },
) => Promise<Record<string, unknown>>

/** A user signed up on the mock with a PIN-style key. */
export type ApiUser = {
  externalUserId: string
  accessToken: string
  /** The Safe on 421614. */
  safe: Hex
  account: PrivateKeyAccount
  /** The sign-up answer, for `client.session.applyAuthResponse`. */
  body: IbexAuthResponse
}

/** The headers of a call to the mock. */
function mockApiHeaders(token?: string): Record<string, string> {
  return {
    'x-rpid': 'localhost',
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }
}

/**
 * A {@link MockApiCall} to the mock at `baseUrl`, through `send`: `fetch` to a Node server
 * (`startMockIbexServer`) by default, or the mock's own `handle`.
 */
export function mockApi(
  baseUrl: string,
  send: (request: Request) => Promise<Response> = (request) => fetch(request),
): MockApiCall {
  return async (method, path, init = {}) => {
    const response = await send(
      new Request(`${baseUrl}${path}`, {
        method,
        headers: mockApiHeaders(init.token),
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    )
    const body = (await response.json()) as Record<string, unknown>
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }
}

/** Signs a new key user up (GET materials, sign the canonical proof, POST). */
export async function signUpApiUser(call: MockApiCall): Promise<ApiUser> {
  const account = randomAccount()
  const begin = await call('GET', '/v1.2/auth/sign-up?wallet=kdf')
  const body = await call('POST', '/v1.2/auth/sign-up', {
    body: await proofBody('kdf', account, begin, { timestamp: Date.now() }),
  })
  const safes = body.safeAddress as Record<string, Hex>
  return {
    externalUserId: String(body.subject),
    accessToken: String(body.access_token),
    safe: safes['421614'] as Hex,
    account,
    body: body as IbexAuthResponse,
  }
}

/** `from` sends `amount` EUR-IBEX to `to` on 421614: prepare, personal_sign the hash, execute. */
export async function transferEur(
  call: MockApiCall,
  from: ApiUser,
  to: string,
  amount: string,
): Promise<Record<string, unknown>> {
  const tokenAddress = findToken(421614, 'EUR-IBEX')?.address
  const prepared = await call('POST', '/v1.2/safes/operations', {
    token: from.accessToken,
    body: {
      safeAddress: from.safe,
      chainId: 421614,
      operations: [{ type: 'TRANSFER_TOKEN', tokenAddress, to, amount }],
    },
  })
  const { userOpHash } = (prepared.credentialRequestOptions as { data: { userOpHash: Hex } }).data
  const signature = await from.account.signMessage({ message: { raw: hexToBytes(userOpHash) } })
  return call('PUT', '/v1.2/safes/operations', {
    token: from.accessToken,
    body: { signature, publicKey: from.account.address },
  })
}
