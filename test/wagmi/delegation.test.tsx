import { act, waitFor } from '@testing-library/react'
import { getAddress } from 'viem'
import type { Config } from 'wagmi'
import { connect, disconnect, getConnectors } from 'wagmi/actions'
import { describe, expect, it } from 'vitest'
import { IbexError } from '../../src/core/errors/IbexError.ts'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { useActivateDelegation } from '../../src/react/wagmi/useActivateDelegation.ts'
import { useDelegationStatus } from '../../src/react/wagmi/useDelegationStatus.ts'
import { useWalletSignUp } from '../../src/react/wagmi/useWalletSignUp.ts'
import { createTestIbex, type TestIbex } from '../utils/createTestIbex.ts'
import {
  createTestWallet,
  embeddedTestWallet,
  injectedTestWallet,
  randomKey,
  type TestWallet,
} from './testWallet.ts'
import { createTestWagmiConfig, renderHookWithWagmi } from './wagmiHarness.tsx'

const CONFIRM_MS = 1_500

function useDelegationHooks(options: { trustedImplementations?: readonly `0x${string}`[] } = {}) {
  return {
    signUp: useWalletSignUp(),
    status: useDelegationStatus({ pollIntervalMs: 20 }),
    activate: useActivateDelegation(options),
  }
}

/** A 7702 user signed up with `wallet` (connected through its connector), on a mock clock. */
async function signedUp(kind: 'embedded' | 'injected', wallet: TestWallet = createTestWallet()) {
  let now = Date.now()
  const clock = { advance: (ms: number) => (now += ms) }
  const ibex = await createTestIbex({
    mock: { now: () => now, operationConfirmDelayMs: CONFIRM_MS },
  })
  const config = createTestWagmiConfig([
    kind === 'embedded' ? embeddedTestWallet(wallet) : injectedTestWallet(wallet),
  ])
  const [connector] = getConnectors(config)
  if (!connector) throw new Error('no connector')
  await connect(config, { connector })
  return { ibex, config, wallet, clock }
}

async function render(
  ibex: TestIbex,
  config: Config,
  options?: Parameters<typeof useDelegationHooks>[0],
) {
  const rendered = renderHookWithWagmi(() => useDelegationHooks(options), ibex, config)
  await act(async () => {
    await rendered.result.current.signUp.mutateAsync()
  })
  await waitFor(() => expect(rendered.result.current.status.data?.status).toBe('PENDING'))
  ibex.clearRequests()
  return rendered
}

async function failureOf(promise: Promise<unknown>): Promise<IbexError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof IbexError)) throw new Error(`expected an IbexError, got ${String(error)}`)
  return error
}

function storedDelegation(ibex: TestIbex, address: string) {
  const users = [...(ibex.mock.state.tenants.get('localhost')?.users.values() ?? [])]
  return users.find((user) => user.eoa === getAddress(address))?.delegations.get(421614)
}

describe('useDelegationStatus / useActivateDelegation', () => {
  it('reads PENDING, signs the authorization, and follows it to ACTIVE; the mock records it', async () => {
    const { ibex, config, wallet, clock } = await signedUp('embedded')
    const { result } = await render(ibex, config)
    expect(result.current.status.data).toEqual({
      address: wallet.account.address,
      chainId: 421614,
      implementation: safeEip7702ProxyAddress,
      status: 'PENDING',
    })

    let activated: unknown
    await act(async () => {
      activated = await result.current.activate.mutateAsync()
    })
    expect(activated).toMatchObject({
      status: 'SUBMITTED',
      txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      authorizationNonce: 0,
    })
    expect(ibex.requests()).toEqual([
      'GET /v1.2/users/me/delegations',
      'POST /v1.2/users/me/delegations',
    ])
    const recorded = storedDelegation(ibex, wallet.account.address)
    expect(recorded?.authorization).toMatchObject({
      chainId: 421614,
      address: getAddress(safeEip7702ProxyAddress),
      nonce: 0,
    })
    expect(wallet.authorizations).toHaveLength(1)
    await waitFor(() => expect(result.current.status.data?.status).toBe('SUBMITTED'))

    act(() => {
      clock.advance(CONFIRM_MS)
    })
    await waitFor(() => expect(result.current.status.data?.status).toBe('ACTIVE'))

    // Already active: no prompt, no POST.
    ibex.clearRequests()
    await act(async () => {
      await result.current.activate.mutateAsync()
    })
    expect(wallet.authorizations).toHaveLength(1)
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/delegations'])
  })

  it('reports wallet/unsupported for a JSON-RPC wallet, before any prompt or POST', async () => {
    const { ibex, config, wallet } = await signedUp('injected')
    const { result } = await render(ibex, config)
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('wallet/unsupported')
    expect(error.message).toContain('cannot sign EIP-7702 authorizations')
    expect(ibex.requests()).not.toContain('POST /v1.2/users/me/delegations')
    expect(wallet.calls).not.toContain('signAuthorization')
    expect(storedDelegation(ibex, wallet.account.address)?.status).toBe('PENDING')
  })

  it('maps a refused authorization to wallet/rejected', async () => {
    const { ibex, config, wallet } = await signedUp('embedded')
    const { result } = await render(ibex, config)
    wallet.behaviour.rejectAuthorizations = true
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('wallet/rejected')
    expect(wallet.calls).toContain('signAuthorization')
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/delegations'])
  })

  it('refuses another connected account, another chain, or no connection, before the prompt', async () => {
    const { ibex, config, wallet } = await signedUp('embedded')
    const { result } = await render(ibex, config)
    const owner = wallet.account

    await act(async () => wallet.useAccount(randomKey()))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe(
      'wallet/address-mismatch',
    )
    await act(async () => wallet.useAccount(owner))

    await act(async () => wallet.useChain(100))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe('wallet/wrong-chain')
    await act(async () => wallet.useChain(421614))

    await act(() => disconnect(config))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe(
      'wallet/not-connected',
    )
    expect(wallet.calls).not.toContain('signAuthorization')
    expect(ibex.requests()).not.toContain('POST /v1.2/users/me/delegations')
  })

  it('catches an authorization signed by another key, and an untrusted implementation', async () => {
    const { ibex, config, wallet } = await signedUp('embedded')
    const { result } = await render(ibex, config, {
      trustedImplementations: ['0x000000000000000000000000000000000000dEaD'],
    })
    const untrusted = await failureOf(result.current.activate.mutateAsync())
    expect(untrusted.code).toBe('validation/delegation-implementation-untrusted')
    expect(wallet.calls).not.toContain('signAuthorization')

    const trusting = renderHookWithWagmi(() => useDelegationHooks(), ibex, config)
    wallet.behaviour.signWith = randomKey()
    const forged = await failureOf(trusting.result.current.activate.mutateAsync())
    expect(forged.code).toBe('wallet/address-mismatch')
    expect(ibex.requests()).not.toContain('POST /v1.2/users/me/delegations')
  })

  it('is idle for signed-out users and refuses to activate without a session', async () => {
    const ibex = await createTestIbex()
    const config = createTestWagmiConfig([embeddedTestWallet(createTestWallet())])
    const { result } = renderHookWithWagmi(() => useDelegationHooks(), ibex, config)
    expect(result.current.status.fetchStatus).toBe('idle')
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('session/signed-out')
    expect(ibex.requests()).toEqual([])
  })
})
