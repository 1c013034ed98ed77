import { custom, numberToHex, type Hex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { createConfig, injected, type Config } from 'wagmi'
import { arbitrumSepolia } from 'wagmi/chains'

/** How the story's wallets behave, as `parameters.storyWallet` of a WalletButton story. */
export type StoryWalletParameters = {
  /** Names of the wallets offered (one connector each). Default one, "Story Wallet". */
  wallets?: readonly string[] | undefined
  /** The user declines every signature request (EIP-1193 4001). */
  reject?: boolean | undefined
  /** How long the user takes to approve a signature, in ms. Default 0. */
  signDelayMs?: number | undefined
}

type Listener = (...args: unknown[]) => void

function userRejection(): Error {
  return Object.assign(new Error('User rejected the request.'), { code: 4001 })
}

/** A browser-extension-like wallet (EIP-1193) holding a fresh key, on Arbitrum Sepolia. */
function storyWalletProvider({ reject = false, signDelayMs = 0 }: StoryWalletParameters) {
  const account = privateKeyToAccount(generatePrivateKey())
  let connected = false
  return {
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      if (method === 'eth_requestAccounts') connected = true
      if (method === 'eth_requestAccounts' || method === 'eth_accounts')
        return connected ? [account.address] : []
      if (method === 'eth_chainId') return numberToHex(arbitrumSepolia.id)
      if (method === 'personal_sign') {
        await new Promise((resolve) => setTimeout(resolve, signDelayMs))
        if (reject) throw userRejection()
        const [message] = params as [Hex]
        return account.signMessage({ message: { raw: message } })
      }
      throw Object.assign(new Error(`The story wallet does not support ${method}.`), {
        code: 4200,
      })
    },
    // The story's wallet never changes account or chain by itself.
    on: (_event: string, _listener: Listener) => {},
    removeListener: (_event: string, _listener: Listener) => {},
  }
}

/**
 * A wagmi config for a WalletButton story: Arbitrum Sepolia (the mock's default chain), one
 * injected connector per wallet name, each an EIP-1193 wallet with a fresh viem local account
 * (a new address per config, so every mount can sign up), that signs `personal_sign` after
 * `signDelayMs`, or declines with `reject`. No storage, no discovery of real extensions, and no
 * chain node: nothing leaves the page but the requests to the mock IBEx.
 *
 * @example
 * const [config] = useState(() => createStoryWagmiConfig({ reject: true }))
 */
export function createStoryWagmiConfig(parameters: StoryWalletParameters = {}): Config {
  const names = parameters.wallets ?? ['Story Wallet']
  const connectors = names.map((name, index) =>
    injected({
      target: {
        id: `storyWallet${index}`,
        name,
        provider: storyWalletProvider(parameters) as never,
      },
      shimDisconnect: false,
    }),
  )
  return createConfig({
    chains: [arbitrumSepolia],
    connectors,
    transports: {
      [arbitrumSepolia.id]: custom({
        request: async ({ method }) => {
          throw new Error(`No chain node in Storybook (asked for ${method}).`)
        },
      }),
    },
    storage: null,
    multiInjectedProviderDiscovery: false,
  })
}
