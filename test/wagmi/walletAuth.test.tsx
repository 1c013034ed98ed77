import { act, waitFor } from '@testing-library/react'
import { connect, disconnect, getConnectors } from 'wagmi/actions'
import { mock } from 'wagmi/connectors'
import { describe, expect, it } from 'vitest'
import { useSignUp } from '../../src/react/hooks/useSignUp.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useTransfer } from '../../src/react/hooks/useTransfer.ts'
import { useWagmiSigner } from '../../src/react/wagmi/useWagmiSigner.ts'
import { useWalletSignIn } from '../../src/react/wagmi/useWalletSignIn.ts'
import { useWalletSignUp } from '../../src/react/wagmi/useWalletSignUp.ts'
import { IbexWalletError } from '../../src/core/errors/IbexWalletError.ts'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { createTestIbex } from '../utils/createTestIbex.ts'
import { otherUser, safeOf, token } from '../react/operations/operationTestUsers.ts'
import {
  createTestWallet,
  embeddedTestWallet,
  injectedTestWallet,
  randomKey,
  type TestWallet,
} from './testWallet.ts'
import { createTestWagmiConfig, renderHookWithWagmi } from './wagmiHarness.tsx'
import type { Config } from 'wagmi'

async function connectFirst(config: Config, chainId?: number) {
  const [connector] = getConnectors(config)
  if (!connector) throw new Error('no connector')
  await connect(config, { connector, chainId })
}

async function setUp(
  wallet: TestWallet = createTestWallet(),
  kind: 'injected' | 'embedded' = 'embedded',
  mock: Parameters<typeof createTestIbex>[0] = {},
) {
  const ibex = await createTestIbex(mock)
  const config = createTestWagmiConfig([
    kind === 'injected' ? injectedTestWallet(wallet) : embeddedTestWallet(wallet),
  ])
  return { ibex, config, wallet }
}

function useWalletHooks(chainId?: number, switchChain?: boolean) {
  return {
    signUp: useWalletSignUp({ chainId, switchChain }),
    signIn: useWalletSignIn({ chainId, switchChain }),
    session: useSession(),
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<IbexWalletError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof IbexWalletError))
    throw new Error(`expected an IbexWalletError, got ${String(error)}`)
  return error
}

describe('useWalletSignUp / useWalletSignIn (the app’s wagmi config)', () => {
  it('signs up, then in, with the connected wallet; IBEx returns the delegation to authorise', async () => {
    const { ibex, config, wallet } = await setUp()
    await connectFirst(config)
    const { result } = renderHookWithWagmi(() => useWalletHooks(421614), ibex, config)

    let signedUp: unknown
    await act(async () => {
      signedUp = await result.current.signUp.mutateAsync()
    })
    expect(signedUp).toMatchObject({
      status: 'signed-in',
      user: { authMethod: 'EOA_7702', eoaAddress: wallet.account.address },
      delegation: { implementation: safeEip7702ProxyAddress, chainId: 421614 },
    })
    expect(result.current.session.user?.safeAddresses).toEqual({ 421614: wallet.account.address })
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up', 'POST /v1.2/auth/sign-up'])
    expect(wallet.calls.filter((call) => call === 'personal_sign')).toHaveLength(1)

    await act(() => ibex.client.signOut())
    ibex.clearRequests()
    let signedIn: unknown
    await act(async () => {
      signedIn = await result.current.signIn.mutateAsync({ includeBalance: true })
    })
    expect(signedIn).toMatchObject({
      status: 'signed-in',
      user: { eoaAddress: wallet.account.address },
      delegation: { chainId: 421614 },
    })
    await waitFor(() => expect(result.current.signIn.step).toBe('success'))
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    const user = result.current.session.user
    expect(
      ibex.queryClient.getQueryData(
        ibexQueryKeys.balances('localhost', user?.externalUserId ?? ''),
      ),
    ).toBeDefined()
  })

  it('works through useSignUp with useWagmiSigner, and with a JSON-RPC (injected) wallet', async () => {
    const { ibex, config, wallet } = await setUp(createTestWallet({ chainId: 100 }), 'injected')
    const { result } = renderHookWithWagmi(
      () => ({ signer: useWagmiSigner(), signUp: useSignUp() }),
      ibex,
      config,
    )
    expect(result.current.signer).toBeUndefined()
    await act(() => connectFirst(config))
    await waitFor(() => expect(result.current.signer).toBeDefined())
    expect(result.current.signer).toMatchObject({ address: wallet.account.address, chainId: 100 })

    const signer = result.current.signer
    if (!signer) throw new Error('no signer')
    let signedUp: unknown
    await act(async () => {
      signedUp = await result.current.signUp.mutateAsync({ wallet: '7702', signer })
    })
    expect(signedUp).toMatchObject({ delegation: { chainId: 100 } })
    // A JSON-RPC wallet signs through the provider, as a browser extension does.
    expect(wallet.calls).toContain('personal_sign')
  })

  it('the same useWagmiSigner approves an operation: one personal_sign of the raw userOpHash', async () => {
    const { ibex, config, wallet } = await setUp(createTestWallet(), 'injected', {
      mock: { operationConfirmDelayMs: 20 },
    })
    await connectFirst(config, 421614)
    const { result } = renderHookWithWagmi(
      () => ({
        signer: useWagmiSigner(),
        signUp: useSignUp(),
        transfer: useTransfer({ tracking: { intervalMs: 10, timeoutMs: 5_000 } }),
      }),
      ibex,
      config,
    )
    await waitFor(() => expect(result.current.signer).toBeDefined())
    const signer = result.current.signer
    if (!signer) throw new Error('no signer')
    await act(async () => {
      await result.current.signUp.mutateAsync({ wallet: '7702', signer })
    })
    const receiver = await otherUser()
    const signs = wallet.calls.filter((call) => call === 'personal_sign').length

    let transferred: unknown
    await act(async () => {
      transferred = await result.current.transfer.mutateAsync({
        token: token('EUR-IBEX'),
        to: safeOf(receiver.user),
        amount: '1',
        signer,
      })
    })
    expect(transferred).toMatchObject({ status: 'confirmed', operation: { amount: '1' } })
    expect(wallet.calls.filter((call) => call === 'personal_sign').length).toBe(signs + 1)
  })

  it('connects through the connector it is given, then signs in', async () => {
    const { ibex, config, wallet } = await setUp()
    const { result } = renderHookWithWagmi(() => useWalletHooks(), ibex, config)
    const [connector] = getConnectors(config)
    await act(async () => {
      await result.current.signUp.mutateAsync({ connector: connector?.uid })
    })
    await act(() => disconnect(config))
    await act(() => ibex.client.signOut())

    await act(async () => {
      await result.current.signIn.mutateAsync({ connector: 'embeddedWallet' })
    })
    expect(result.current.session.user?.eoaAddress).toBe(wallet.account.address)
  })

  it('fails with wallet/not-connected before any request when no wallet is connected', async () => {
    const { ibex, config } = await setUp()
    const { result } = renderHookWithWagmi(() => useWalletHooks(), ibex, config)
    const error = await rejectionOf(result.current.signIn.mutateAsync())
    expect(error.code).toBe('wallet/not-connected')
    await waitFor(() => expect(result.current.signIn.error?.code).toBe('wallet/not-connected'))
    expect(ibex.requests()).toEqual([])

    const unknown = await rejectionOf(result.current.signUp.mutateAsync({ connector: 'nope' }))
    expect(unknown.code).toBe('wallet/not-connected')
    expect(ibex.requests()).toEqual([])
  })

  it('fails with wallet/wrong-chain when the wallet is on another chain, or switches when asked', async () => {
    const { ibex, config, wallet } = await setUp(createTestWallet({ chainId: 100 }))
    await connectFirst(config)
    const strict = renderHookWithWagmi(() => useWalletHooks(421614), ibex, config)
    const error = await rejectionOf(strict.result.current.signUp.mutateAsync())
    expect(error.code).toBe('wallet/wrong-chain')
    expect(ibex.requests()).toEqual([])

    const switching = renderHookWithWagmi(() => useWalletHooks(421614, true), ibex, config)
    let signedUp: unknown
    await act(async () => {
      signedUp = await switching.result.current.signUp.mutateAsync()
    })
    expect(wallet.chainId()).toBe(421614)
    expect(signedUp).toMatchObject({ delegation: { chainId: 421614 } })

    // A chain the wallet does not know: it cannot switch.
    const unknownChain = renderHookWithWagmi(() => useWalletHooks(8453, true), ibex, config)
    const cannot = await rejectionOf(unknownChain.result.current.signIn.mutateAsync())
    expect(cannot.code).toBe('wallet/wrong-chain')
  })

  it('maps a refusal in the wallet to wallet/rejected and POSTs nothing', async () => {
    const account = randomKey()
    const ibex = await createTestIbex()
    // wagmi's own mock connector, refusing every message.
    const config = createTestWagmiConfig([
      mock({ accounts: [account.address], features: { signMessageError: true } }),
    ])
    await connectFirst(config)
    const { result } = renderHookWithWagmi(() => useWalletHooks(), ibex, config)
    const error = await rejectionOf(result.current.signUp.mutateAsync())
    expect(error.code).toBe('wallet/rejected')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up'])

    // The same from a JSON-RPC wallet answering EIP-1193 4001.
    const wallet = createTestWallet({ account })
    wallet.behaviour.rejectSignatures = true
    const injectedSetUp = await setUp(wallet, 'injected')
    await connectFirst(injectedSetUp.config)
    const injectedHooks = renderHookWithWagmi(
      () => useWalletHooks(),
      injectedSetUp.ibex,
      injectedSetUp.config,
    )
    const refused = await rejectionOf(injectedHooks.result.current.signUp.mutateAsync())
    expect(refused.code).toBe('wallet/rejected')
    expect(injectedSetUp.ibex.requests()).not.toContain('POST /v1.2/auth/sign-up')
  })

  it('fails with wallet/address-mismatch when another key signs, or the account changed', async () => {
    const { ibex, config, wallet } = await setUp()
    await connectFirst(config)
    const { result } = renderHookWithWagmi(() => useWalletHooks(), ibex, config)
    wallet.behaviour.signWith = randomKey()
    const error = await rejectionOf(result.current.signUp.mutateAsync())
    expect(error.code).toBe('wallet/address-mismatch')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up'])

    // The account changes between the challenge and the prompt (a stale signer).
    wallet.behaviour.signWith = undefined
    const signer = renderHookWithWagmi(() => useWagmiSigner(), ibex, config).result.current
    if (!signer) throw new Error('no signer')
    const other = randomKey()
    await act(async () => wallet.useAccount(other))
    const stale = await signer.signMessage('hello').catch((caught: unknown) => caught)
    expect(stale).toMatchObject({ code: 'wallet/address-mismatch' })
  })
})
