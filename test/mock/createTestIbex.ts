import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { emailProofMessage } from '../../src/core/protocol/emailProofMessage.ts'
import { kdfProofMessage } from '../../src/core/protocol/kdfProofMessage.ts'
import { base64ToBytes, bytesToBase64url } from '../../src/core/utils/base64.ts'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import type { MockIbexOptions } from '../../src/mock/MockIbexOptions.ts'

/** A JSON answer of the mock. */
export type TestResponse = {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

type CallOptions = {
  /** Sent as `X-RpId`; `null` sends none. Default `localhost`. */
  rpId?: string | null
  query?: Record<string, string | number | boolean>
  body?: unknown
  headers?: Record<string, string>
}

/** A fresh secp256k1 key, as a viem local account. */
export function randomAccount(): PrivateKeyAccount {
  return privateKeyToAccount(bytesToHex(crypto.getRandomValues(new Uint8Array(32))))
}

function bytesToHex(bytes: Uint8Array): `0x${string}` {
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** 16 random bytes, base64url: a client nonce. */
export function randomNonce(): string {
  return bytesToBase64url(crypto.getRandomValues(new Uint8Array(16)))
}

/** The claims of a JWT (no verification). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64ToBytes(token.split('.')[1] ?? '')))
}

/** Overrides of a proof body (defaults: rpId `localhost`, a fresh nonce, the clock's time). */
export type ProofOverrides = {
  rpId?: string
  nonce?: string
  timestamp?: number
  publicKey?: string
}

/** The POST body signing the canonical proof message of `wallet` over GET (or recover) materials. */
export async function proofBody(
  wallet: 'kdf' | 'email',
  account: PrivateKeyAccount,
  materials: Record<string, unknown>,
  overrides: ProofOverrides & { timestamp: number },
): Promise<Record<string, unknown>> {
  const fields = {
    challenge: String(materials.challenge),
    challengeExpiresAt: String(materials.challengeExpiresAt),
    externalUserId: String(materials.externalUserId),
    nonce: overrides.nonce ?? randomNonce(),
    timestamp: overrides.timestamp,
  }
  const versions = {
    kdfParamsVersion: Number(materials.kdfParamsVersion),
    saltVersion: Number(materials.saltVersion),
  }
  const appId = overrides.rpId ?? 'localhost'
  const message =
    wallet === 'kdf'
      ? kdfProofMessage({ appId, ...fields, ...versions })
      : emailProofMessage({ appId, ...fields })
  return {
    wallet,
    ...fields,
    ...(wallet === 'kdf' ? versions : {}),
    publicKey: overrides.publicKey ?? account.address,
    signature: await account.signMessage({ message }),
    serverSignature: String(materials.serverSignature),
    serverKeyId: String(materials.serverKeyId),
  }
}

/**
 * A mock IBEx on a controllable clock, and `call()` to drive it with JSON requests.
 */
export function createTestIbex(options: MockIbexOptions = {}) {
  let now = Date.parse('2026-01-15T10:00:00.000Z')
  const clock = {
    now: () => now,
    advance(ms: number) {
      now += ms
    },
  }
  const mock = createMockIbex({ seed: 'test', now: clock.now, ...options })

  async function call(method: string, path: string, init: CallOptions = {}): Promise<TestResponse> {
    const url = new URL(path, 'http://ibex.test')
    for (const [key, value] of Object.entries(init.query ?? {}))
      url.searchParams.set(key, String(value))
    const headers = new Headers(init.headers)
    const rpId = init.rpId === undefined ? 'localhost' : init.rpId
    if (rpId !== null) headers.set('X-RpId', rpId)
    let body: string | undefined
    if (init.body !== undefined) {
      headers.set('content-type', 'application/json')
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
    }
    const response = await mock.handle(new Request(url, { method, headers, body }))
    const text = await response.text()
    return {
      status: response.status,
      body: text ? JSON.parse(text) : {},
      headers: response.headers,
    }
  }

  const proof = (
    wallet: 'kdf' | 'email',
    account: PrivateKeyAccount,
    materials: Record<string, unknown>,
    overrides: ProofOverrides,
  ) =>
    proofBody(wallet, account, materials, {
      ...overrides,
      timestamp: overrides.timestamp ?? clock.now(),
    })

  /** The POST body of a KDF proof by `account` over materials from a GET. */
  const kdfProof = (
    account: PrivateKeyAccount,
    materials: Record<string, unknown>,
    overrides: { rpId?: string; nonce?: string; timestamp?: number; publicKey?: string } = {},
  ) => proof('kdf', account, materials, overrides)

  /** The POST body of an email proof by `account` over materials from `/email/recover`. */
  const emailProof = (
    account: PrivateKeyAccount,
    materials: Record<string, unknown>,
    overrides: { nonce?: string; timestamp?: number } = {},
  ) => proof('email', account, materials, overrides)

  return { mock, clock, call, kdfProof, emailProof }
}
