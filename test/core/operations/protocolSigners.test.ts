import { describe, expect, test } from 'vitest'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import type { IbexProtocolProfileInput } from '../../../src/core/protocol/IbexProtocolProfile.ts'
import { ceremonyHarness, rejectionOf } from '../ceremonies/ceremonyHarness.ts'
import {
  balanceOf,
  PIN,
  safeOf,
  signUpPasskeyUser,
  signUpPinUser,
  token,
} from './operationUsers.ts'

// A tenant whose key users sign the userOpHash's hex text, send base64 and no publicKey, and
// whose proofs use seconds: the mock verifies by the same profile the client signs by.
const PROFILE: IbexProtocolProfileInput = {
  proof: { timestamp: 's' },
  operation: { message: 'hex-text', signatureEncoding: 'base64', publicKey: false },
}

const h = ceremonyHarness({ operationConfirmDelayMs: 20, protocol: PROFILE })
const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')

describe('operation signature by the protocol profile', () => {
  test('a PIN user signs by protocol.operation; the default rule is refused by that tenant', async () => {
    const client = h.client({ protocol: PROFILE })
    const user = await signUpPinUser(client)
    const to = safeOf(await signUpPasskeyUser(h.client({ protocol: PROFILE })))
    const input = { kind: 'transfer', token: EUR, to, amount: '2', pin: PIN } as const

    const result = await runOperation(client, input, { tracking })
    expect(result.status).toBe('confirmed')
    const put = JSON.parse(h.calls('PUT', '/v1.2/safes/operations')[0]?.body ?? '{}')
    expect(put).toEqual({
      chainId: 421614,
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}[A-Za-z0-9+/=]{2}$/),
      userOpHash: result.userOpHash,
    })
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('98')

    // A client that signs operations the default way (raw bytes, hex, with publicKey): refused.
    const defaults = h.client({ protocol: { proof: { timestamp: 's' } } })
    await signUpPinUser(defaults)
    const refused = await rejectionOf(runOperation(defaults, input, { tracking }))
    expect(refused).toMatchObject({ status: 400, serverCode: 'INVALID_SIGNATURE' })
  })
})
