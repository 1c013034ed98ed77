// EIP-7702 activation as IBEx documents it: the status is read on chain and the wallet sends
// the type-4 transaction, against the mock IBEx's JSON-RPC nodes (`/__mock/rpc/:chainId`) over
// MSW; the embedded wallet is a viem local account whose client uses an `http` transport.
import { act, waitFor } from '@testing-library/react'
import { createWalletClient, getAddress, http } from 'viem'
import { sepolia } from 'viem/chains'
import type { Config } from 'wagmi'
import { connect, disconnect, getConnectors } from 'wagmi/actions'
import { describe, expect, it } from 'vitest'
import { IbexError } from '../../src/core/errors/IbexError.ts'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { useActivateDelegation } from '../../src/react/wagmi/useActivateDelegation.ts'
import { useDelegationStatus } from '../../src/react/wagmi/useDelegationStatus.ts'
import { useWalletSignUp } from '../../src/react/wagmi/useWalletSignUp.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { createTestIbex, type TestIbex } from '../utils/createTestIbex.ts'
import {
  createTestWallet,
  embeddedTestWallet,
  injectedTestWallet,
  randomKey,
  type TestWallet,
} from './testWallet.ts'
import {
  createMockChainWagmiConfig,
  createTestWagmiConfig,
  mockRpcUrl,
  renderHookWithWagmi,
} from './wagmiHarness.tsx'

const SEPOLIA = 11155111
const CONFIRM_MS = 1_500
const designator = `0xef0100${safeEip7702ProxyAddress.slice(2).toLowerCase()}`

function useDelegationHooks(options: { trustedImplementations?: readonly `0x${string}`[] } = {}) {
  return {
    session: useSession(),
    signUp: useWalletSignUp(),
    status: useDelegationStatus({ pollIntervalMs: 20 }),
    activate: useActivateDelegation(options),
  }
}

/** A wallet connected on `chainId` through its connector, with a mock IBEx on a mock clock. */
async function connected(
  kind: 'embedded' | 'injected',
  chainId = SEPOLIA,
  wallet: TestWallet = createTestWallet({ chainId, chains: [SEPOLIA, 421614, 100] }),
) {
  let now = Date.now()
  const clock = { advance: (ms: number) => (now += ms) }
  const ibex = await createTestIbex({
    mock: { now: () => now, operationConfirmDelayMs: CONFIRM_MS },
  })
  const config = createMockChainWagmiConfig([
    kind === 'embedded'
      ? embeddedTestWallet(wallet, undefined, mockRpcUrl)
      : injectedTestWallet(wallet),
  ])
  const [connector] = getConnectors(config)
  if (!connector) throw new Error('no connector')
  await connect(config, { connector })
  return { ibex, config, wallet, clock }
}

/** Renders the hooks and signs up with the wallet; the delegation reads PENDING on chain. */
async function signedUp(
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

/** The transactions the mock chain received. */
function sent(ibex: TestIbex, chainId = SEPOLIA) {
  return [...(ibex.mock.state.chains.get(chainId)?.transactions.values() ?? [])]
}

/** IBEx API requests (not the chain's). */
function apiRequests(ibex: TestIbex) {
  return ibex.requests().filter((request) => !request.includes('/__mock/rpc/'))
}

describe('useDelegationStatus / useActivateDelegation (on chain, mock JSON-RPC)', () => {
  it('signs up on Sepolia, reads PENDING on chain, sends the type-4 transaction, and follows it to ACTIVE', async () => {
    const { ibex, config, wallet, clock } = await connected('embedded')
    const { result } = await signedUp(ibex, config)
    expect(result.current.session.user).toMatchObject({
      authMethod: 'EOA_7702',
      chainId: SEPOLIA,
      eoaAddress: wallet.account.address,
      delegations: { [SEPOLIA]: safeEip7702ProxyAddress },
    })
    expect(result.current.status.data).toEqual({
      address: wallet.account.address,
      chainId: SEPOLIA,
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
    })
    // No IBEx endpoint is involved: the wallet signed and the kit broadcast on chain.
    expect(apiRequests(ibex)).toEqual([])
    expect(ibex.requests()).toContain(`POST /__mock/rpc/${SEPOLIA}`)
    expect(wallet.authorizations).toHaveLength(1)
    const [transaction] = sent(ibex)
    expect(transaction).toMatchObject({
      hash: (activated as { txHash: string }).txHash,
      type: 'eip7702',
      from: wallet.account.address,
      to: wallet.account.address,
      authorizations: [
        {
          authority: wallet.account.address,
          address: getAddress(safeEip7702ProxyAddress),
          chainId: SEPOLIA,
          result: 'pending',
        },
      ],
    })
    await waitFor(() => expect(result.current.status.data?.status).toBe('SUBMITTED'))

    act(() => {
      clock.advance(CONFIRM_MS)
    })
    await waitFor(() => expect(result.current.status.data?.status).toBe('ACTIVE'))
    expect(result.current.status.data?.delegatedTo).toBe(getAddress(safeEip7702ProxyAddress))
    expect(transaction?.authorizations[0]?.result).toBe('applied')
    expect(
      ibex.mock.state.chains.get(SEPOLIA)?.accounts.get(wallet.account.address.toLowerCase()),
    ).toMatchObject({
      code: designator,
    })

    // Already active on chain: no prompt, no transaction.
    await act(async () => {
      await result.current.activate.mutateAsync()
    })
    expect(wallet.authorizations).toHaveLength(1)
    expect(sent(ibex)).toHaveLength(1)
    expect(apiRequests(ibex)).toEqual([])
  })

  it('reads OTHER when the EOA delegates elsewhere on chain, and activation re-delegates it to IBEx', async () => {
    const { ibex, config, wallet, clock } = await connected('embedded')
    const { result } = await signedUp(ibex, config)
    // Another app delegated this EOA first, straight on the chain.
    const elsewhere = '0x000000000000000000000000000000000000c0DE'
    const walletClient = createWalletClient({
      account: wallet.account,
      chain: sepolia,
      transport: http(mockRpcUrl(SEPOLIA), { retryCount: 0 }),
    })
    const authorization = await walletClient.signAuthorization({
      contractAddress: elsewhere,
      executor: 'self',
    })
    await walletClient.sendTransaction({
      authorizationList: [authorization],
      to: wallet.account.address,
    })
    act(() => {
      clock.advance(CONFIRM_MS)
    })
    await act(() => result.current.status.refetch())
    await waitFor(() => expect(result.current.status.data?.status).toBe('OTHER'))
    expect(result.current.status.data).toMatchObject({
      status: 'OTHER',
      delegatedTo: getAddress(elsewhere),
      implementation: safeEip7702ProxyAddress,
    })

    await act(async () => {
      await result.current.activate.mutateAsync()
    })
    act(() => {
      clock.advance(CONFIRM_MS)
    })
    await waitFor(() => expect(result.current.status.data?.status).toBe('ACTIVE'))
    expect(result.current.status.data?.delegatedTo).toBe(getAddress(safeEip7702ProxyAddress))
  })

  it('reports wallet/unsupported for a JSON-RPC wallet, before any prompt or transaction', async () => {
    const { ibex, config, wallet } = await connected('injected')
    const { result } = await signedUp(ibex, config)
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('wallet/unsupported')
    expect(error.message).toContain('cannot sign EIP-7702 authorizations')
    expect(wallet.calls).not.toContain('signAuthorization')
    expect(sent(ibex)).toEqual([])
  })

  it('maps a refused authorization to wallet/rejected; nothing is sent', async () => {
    const { ibex, config, wallet } = await connected('embedded')
    const { result } = await signedUp(ibex, config)
    wallet.behaviour.rejectAuthorizations = true
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('wallet/rejected')
    expect(wallet.calls).toContain('signAuthorization')
    expect(sent(ibex)).toEqual([])
  })

  it('refuses another connected account, another chain, or no connection, before the prompt', async () => {
    const { ibex, config, wallet } = await connected('embedded')
    const { result } = await signedUp(ibex, config)
    const owner = wallet.account

    await act(async () => wallet.useAccount(randomKey()))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe(
      'wallet/address-mismatch',
    )
    await act(async () => wallet.useAccount(owner))

    await act(async () => wallet.useChain(100))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe('wallet/wrong-chain')
    await act(async () => wallet.useChain(SEPOLIA))

    await act(() => disconnect(config))
    expect((await failureOf(result.current.activate.mutateAsync())).code).toBe(
      'wallet/not-connected',
    )
    expect(wallet.calls).not.toContain('signAuthorization')
    expect(sent(ibex)).toEqual([])
  })

  it('catches an authorization signed by another key, and an untrusted implementation', async () => {
    const { ibex, config, wallet } = await connected('embedded')
    const { result } = await signedUp(ibex, config, {
      trustedImplementations: ['0x000000000000000000000000000000000000dEaD'],
    })
    const untrusted = await failureOf(result.current.activate.mutateAsync())
    expect(untrusted.code).toBe('validation/delegation-implementation-untrusted')
    expect(wallet.calls).not.toContain('signAuthorization')

    const trusting = renderHookWithWagmi(() => useDelegationHooks(), ibex, config)
    wallet.behaviour.signWith = randomKey()
    const forged = await failureOf(trusting.result.current.activate.mutateAsync())
    expect(forged.code).toBe('wallet/address-mismatch')
    expect(sent(ibex)).toEqual([])
  })

  it('refuses a chain the wagmi config does not have, before any request', async () => {
    const wallet = createTestWallet({ chainId: SEPOLIA, chains: [SEPOLIA] })
    const ibex = await createTestIbex()
    const config = createTestWagmiConfig([embeddedTestWallet(wallet, undefined, mockRpcUrl)])
    const [connector] = getConnectors(config)
    if (!connector) throw new Error('no connector')
    await connect(config, { connector })
    const rendered = renderHookWithWagmi(() => useDelegationHooks(), ibex, config)
    await act(async () => {
      await rendered.result.current.signUp.mutateAsync()
    })
    await waitFor(() => expect(rendered.result.current.status.error).not.toBeNull())
    expect(rendered.result.current.status.error?.code).toBe('validation/chain-unsupported')
    ibex.clearRequests()
    const error = await failureOf(rendered.result.current.activate.mutateAsync())
    expect(error.code).toBe('validation/chain-unsupported')
    expect(ibex.requests()).toEqual([])
  })

  it('is idle for signed-out users and refuses to activate without a session', async () => {
    const ibex = await createTestIbex()
    const config = createMockChainWagmiConfig([embeddedTestWallet(createTestWallet())])
    const { result } = renderHookWithWagmi(() => useDelegationHooks(), ibex, config)
    expect(result.current.status.fetchStatus).toBe('idle')
    const error = await failureOf(result.current.activate.mutateAsync())
    expect(error.code).toBe('session/signed-out')
    expect(ibex.requests()).toEqual([])
  })
})
