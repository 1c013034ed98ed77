import { act, configure } from '@testing-library/react'
import { createPublicClient, hashMessage, http } from 'viem'
import { describe, expect, test } from 'vitest'
import { verifySafeMessage } from '../../../src/core/operations/verifySafeMessage.ts'
import { useSignMessage } from '../../../src/react/hooks/useSignMessage.ts'
import { createTestIbex, TEST_BASE_URL } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { PIN, safeOf, signUpAs } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

const MESSAGE = 'IBEX_SEPA_MANDATE_V1 I allow 20% of my incoming SEPA to be forwarded.'

function rpc(chainId = 421614) {
  return createPublicClient({ transport: http(`${TEST_BASE_URL}/__mock/rpc/${chainId}`) })
}

describe('useSignMessage', () => {
  test('the Safe signs a message; ERC-1271 answers for it once confirmed, and only for it', async () => {
    let clock = Date.now()
    const ibex = await createTestIbex({
      mock: { now: () => clock, operationConfirmDelayMs: 60_000 },
    })
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(
      () => useSignMessage({ tracking: { intervalMs: 5, timeoutMs: 30 } }),
      ibex,
    )
    const signed = await act(() => result.current.mutateAsync({ message: MESSAGE }))
    expect(signed).toMatchObject({
      status: 'pending',
      safeAddress: safeOf(user),
      chainId: 421614,
      operation: {
        kind: 'signMessage',
        type: 'SIGN_MESSAGE',
        message: MESSAGE,
        messageHash: hashMessage(MESSAGE),
        signature: '0x',
      },
    })
    const check = { safeAddress: signed.safeAddress, signature: signed.operation.signature }
    // Executed but not yet confirmed: the chain does not know the message yet.
    expect(await verifySafeMessage(rpc(), { ...check, message: MESSAGE })).toBe(false)

    clock += 60_000
    expect(await verifySafeMessage(rpc(), { ...check, message: MESSAGE })).toBe(true)
    expect(await verifySafeMessage(rpc(), { ...check, hash: signed.operation.messageHash })).toBe(
      true,
    )
    // Another message, another Safe, another chain, or a signature the Safe did not produce.
    expect(await verifySafeMessage(rpc(), { ...check, message: `${MESSAGE}!` })).toBe(false)
    expect(
      await verifySafeMessage(rpc(), {
        ...check,
        safeAddress: '0x52908400098527886e0f7030069857d2e4169ee7',
        message: MESSAGE,
      }),
    ).toBe(false)
    expect(await verifySafeMessage(rpc(11155111), { ...check, message: MESSAGE })).toBe(false)
    expect(
      await verifySafeMessage(rpc(), {
        ...check,
        message: MESSAGE,
        signature: `0x${'11'.repeat(65)}`,
      }),
    ).toBe(false)
    const sent = ibex.requests()
    expect(sent).toContain('POST /v1.2/safes/operations')
    expect(sent).toContain('PUT /v1.2/safes/operations')
  })

  test('a PIN user signs too, tracked to confirmed', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'pin')
    const { result } = renderHookWithIbex(
      () => useSignMessage({ tracking: { intervalMs: 10, timeoutMs: 5_000 } }),
      ibex,
    )
    const signed = await act(() => result.current.mutateAsync({ message: 'hello', pin: PIN }))
    expect(signed.status).toBe('confirmed')
    expect(
      await verifySafeMessage(rpc(), { safeAddress: signed.safeAddress, message: 'hello' }),
    ).toBe(true)
  })

  test('validation: an empty message, or a bad check, is refused before any request', async () => {
    const ibex = await createTestIbex()
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(() => useSignMessage(), ibex)
    ibex.clearRequests()
    await expect(act(() => result.current.mutateAsync({ message: '  ' }))).rejects.toMatchObject({
      name: 'IbexValidationError',
      code: 'validation/message-required',
      field: 'message',
    })
    await expect(
      act(() => result.current.mutateAsync({ message: 'x'.repeat(10_001) })),
    ).rejects.toMatchObject({ code: 'validation/message-too-long' })
    const safeAddress = safeOf(user)
    const refusals = [
      [{ safeAddress: '0x123', message: 'hi' }, 'validation/address-invalid'],
      [{ safeAddress }, 'validation/message-required'],
      [{ safeAddress, hash: '0x1234' }, 'validation/hash-invalid'],
      [{ safeAddress, message: 'hi', signature: 'zz' }, 'validation/signature-invalid'],
    ] as const
    for (const [parameters, code] of refusals) {
      await expect(verifySafeMessage(rpc(), parameters as never)).rejects.toMatchObject({ code })
    }
    expect(ibex.requests()).toEqual([])
  })

  test('the mock refuses a SIGN_MESSAGE without a message (400), and an unreachable RPC is network/failed', async () => {
    const ibex = await createTestIbex()
    const user = await signUpAs(ibex, 'passkey')
    await expect(
      ibex.client.request({
        method: 'POST',
        path: '/v1.2/safes/operations',
        body: {
          safeAddress: safeOf(user),
          chainId: 421614,
          operations: [{ type: 'SIGN_MESSAGE', message: '' }],
        },
      }),
    ).rejects.toMatchObject({ code: 'http/bad-request', status: 400 })
    const offline = createPublicClient({
      transport: http(`${TEST_BASE_URL}/__mock/rpc/999`, { retryCount: 0 }),
    })
    await expect(
      verifySafeMessage(offline, { safeAddress: safeOf(user), message: 'hi' }),
    ).rejects.toMatchObject({ code: 'network/failed' })
  })
})
