// A wallet for the wagmi tests: an EIP-1193 provider backed by a viem local account, reached
// either as a JSON-RPC wallet (wagmi's `injected` connector, like a browser extension) or as an
// embedded wallet whose client holds the key (a `createConnector` connector with `getClient`,
// the kind that can sign EIP-7702 authorizations). Behaviour flags simulate the user refusing,
// signing with another key, or switching account.
import { createClient, custom, http, numberToHex, type Address, type Hex } from 'viem'
import { generatePrivateKey, privateKeyToAccount, toAccount } from 'viem/accounts'
import type { PrivateKeyAccount } from 'viem/accounts'
import { createConnector, type CreateConnectorFn } from 'wagmi'
import { injected } from 'wagmi/connectors'

type Listener = (...args: unknown[]) => void

/** The EIP-1193 surface wagmi's connectors use. */
export type TestWalletProvider = {
  request(args: { method: string; params?: unknown }): Promise<unknown>
  on(event: string, listener: Listener): void
  removeListener(event: string, listener: Listener): void
}

/** What the user does in the wallet. */
export type TestWalletBehaviour = {
  /** Refuse `personal_sign` (EIP-1193 4001). */
  rejectSignatures: boolean
  /** Refuse EIP-7702 authorizations (embedded wallet only). */
  rejectAuthorizations: boolean
  /** Sign with this key instead of the account's own. */
  signWith: PrivateKeyAccount | undefined
}

/** A test wallet: its key, provider, chain, and a log of what it was asked. */
export type TestWallet = {
  account: PrivateKeyAccount
  provider: TestWalletProvider
  behaviour: TestWalletBehaviour
  chainId(): number
  /** Every RPC method asked of the provider, plus `signAuthorization`, in order. */
  calls: string[]
  /** Authorizations the embedded wallet signed. */
  authorizations: unknown[]
  /** The user picks another account in the wallet (emits `accountsChanged`). */
  useAccount(account: PrivateKeyAccount): void
  /** The user switches network in the wallet (emits `chainChanged`). */
  useChain(chainId: number): void
}

/** A fresh key. */
export function randomKey(): PrivateKeyAccount {
  return privateKeyToAccount(generatePrivateKey())
}

function rejection(): Error {
  return Object.assign(new Error('User rejected the request.'), { code: 4001 })
}

/**
 * A wallet holding `account`, on `chainId` (default 421614), that knows `chains` (default
 * 421614 and 100).
 */
export function createTestWallet(
  options: { account?: PrivateKeyAccount; chainId?: number; chains?: readonly number[] } = {},
): TestWallet {
  let account = options.account ?? randomKey()
  let chainId = options.chainId ?? 421614
  const chains = options.chains ?? [421614, 100]
  let connected = false
  const listeners = new Map<string, Set<Listener>>()
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args)
  }
  const behaviour: TestWalletBehaviour = {
    rejectSignatures: false,
    rejectAuthorizations: false,
    signWith: undefined,
  }
  const calls: string[] = []

  const provider: TestWalletProvider = {
    async request({ method, params }) {
      calls.push(method)
      switch (method) {
        case 'eth_requestAccounts':
          connected = true
          return [account.address]
        case 'eth_accounts':
          return connected ? [account.address] : []
        case 'eth_chainId':
          return numberToHex(chainId)
        case 'eth_getTransactionCount':
          return '0x0'
        case 'wallet_switchEthereumChain': {
          const [{ chainId: wanted }] = params as [{ chainId: Hex }]
          if (!chains.includes(Number(wanted))) {
            throw Object.assign(new Error('Unrecognized chain.'), { code: 4902 })
          }
          chainId = Number(wanted)
          emit('chainChanged', wanted)
          return null
        }
        case 'personal_sign': {
          if (behaviour.rejectSignatures) throw rejection()
          const [data] = params as [Hex, Address]
          return (behaviour.signWith ?? account).signMessage({ message: { raw: data } })
        }
        default:
          throw Object.assign(new Error(`The wallet does not support ${method}.`), {
            code: 4200,
          })
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener)
    },
  }

  return {
    get account() {
      return account
    },
    provider,
    behaviour,
    chainId: () => chainId,
    calls,
    authorizations: [],
    useAccount(next) {
      account = next
      emit('accountsChanged', [next.address])
    },
    useChain(next) {
      chainId = next
      emit('chainChanged', numberToHex(next))
    },
  }
}

/** The wallet as a browser-extension wallet: wagmi's `injected` connector (JSON-RPC account). */
export function injectedTestWallet(
  wallet: TestWallet,
  target: { id: string; name: string } = { id: 'testWallet', name: 'Test Wallet' },
): CreateConnectorFn {
  return injected({
    target: { ...target, provider: wallet.provider as never },
    shimDisconnect: false,
  })
}

const walletMethods = new Set([
  'eth_requestAccounts',
  'eth_accounts',
  'personal_sign',
  'eth_sendTransaction',
  'eth_signTypedData_v4',
  'wallet_switchEthereumChain',
])

/**
 * The wallet as an embedded wallet: its wagmi client holds the key (a local account), so viem's
 * `signAuthorization` works, as with wallets that keep the key in the page. With `rpcUrl`, the
 * client reaches the chain over an `http` transport (the mock's JSON-RPC), so it can send
 * transactions; without, only the test provider answers.
 */
export function embeddedTestWallet(
  wallet: TestWallet,
  target: { id: string; name: string } = { id: 'embeddedWallet', name: 'Embedded Wallet' },
  rpcUrl?: (chainId: number) => string,
): CreateConnectorFn {
  const { provider } = wallet
  const localAccount = () => {
    const { account, behaviour } = wallet
    return toAccount({
      address: account.address,
      async signMessage({ message }) {
        wallet.calls.push('personal_sign')
        if (behaviour.rejectSignatures) throw rejection()
        return (behaviour.signWith ?? account).signMessage({ message })
      },
      async signTransaction(transaction, options) {
        wallet.calls.push('signTransaction')
        return account.signTransaction(transaction, options)
      },
      signTypedData: (typedData) => account.signTypedData(typedData),
      async signAuthorization(authorization) {
        wallet.calls.push('signAuthorization')
        if (behaviour.rejectAuthorizations) throw rejection()
        const signed = await (behaviour.signWith ?? account).signAuthorization(authorization)
        wallet.authorizations.push(signed)
        return signed
      },
    })
  }
  return createConnector<TestWalletProvider>((config) => ({
    ...target,
    type: 'embeddedTest',
    async connect(parameters = {}) {
      const accounts = (await provider.request({ method: 'eth_requestAccounts' })) as Address[]
      provider.on('accountsChanged', (next) => this.onAccountsChanged(next as Address[]))
      provider.on('chainChanged', (next) => this.onChainChanged(String(next)))
      if (parameters.chainId && parameters.chainId !== wallet.chainId()) {
        await provider.request({
          method: 'wallet_switchEthereumChain',
          params: [{ chainId: numberToHex(parameters.chainId) }],
        })
      }
      return { accounts, chainId: wallet.chainId() } as never
    },
    async disconnect() {},
    async getAccounts() {
      return (await provider.request({ method: 'eth_accounts' })) as Address[]
    },
    async getChainId() {
      return wallet.chainId()
    },
    async getProvider() {
      return provider
    },
    async getClient(parameters = {}) {
      const chainId = parameters.chainId ?? wallet.chainId()
      const chain = config.chains.find((candidate) => candidate.id === chainId)
      // What only the wallet can answer goes to its provider; chain reads and raw
      // transactions go to the node, as an embedded wallet's client does.
      const node = rpcUrl ? http(rpcUrl(chainId), { retryCount: 0 })({ chain }) : undefined
      const transport = custom({
        request: (args: { method: string; params?: unknown }) =>
          node && !walletMethods.has(args.method)
            ? node.request(args as never)
            : provider.request(args),
      })
      return createClient({ account: localAccount(), chain, transport })
    },
    async isAuthorized() {
      return false
    },
    async switchChain({ chainId }) {
      const chain = config.chains.find((candidate) => candidate.id === chainId)
      if (!chain) throw new Error(`Chain ${chainId} is not configured.`)
      await provider.request({
        method: 'wallet_switchEthereumChain',
        params: [{ chainId: numberToHex(chainId) }],
      })
      return chain
    },
    onAccountsChanged(accounts) {
      config.emitter.emit('change', { accounts: accounts as Address[] })
    },
    onChainChanged(chain) {
      config.emitter.emit('change', { chainId: Number(chain) })
    },
    onDisconnect() {
      config.emitter.emit('disconnect')
    },
  }))
}
