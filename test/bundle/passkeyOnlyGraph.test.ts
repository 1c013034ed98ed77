// @vitest-environment node
// A passkey-only app (PasskeyButton, useSignIn, useBalances, useTransfer under IbexProvider)
// must download no PIN, email or EIP-7702 code or schemas, at load or on any passkey path, and a
// sign-in-only PasskeyButton must not preload the sign-up ceremony. Checked on the import graph of
// the built modules: what these import statically, plus every dynamic import a passkey user's
// run follows. Each dynamic import reachable from that graph must be classified below, so a new
// lazy boundary cannot slip a PIN/email/7702 module into a passkey app unnoticed.
import { describe, expect, it } from 'vitest'
import { readModuleGraph } from './moduleGraph.ts'

const APP = [
  'react/IbexProvider',
  'react/hooks/useSignIn',
  'react/hooks/useBalances',
  'react/hooks/useTransfer',
  'components/PasskeyButton/PasskeyButton',
]

// Dynamic imports a passkey user's run follows (sign-in, balances, a transfer, realtime).
const PASSKEY_PATH = new Set([
  'core/ceremonies/passkeys/signInWithPasskey',
  'core/ceremonies/passkeys/signUpWithPasskey',
  'query/signInSeedBalances',
  'query/signInSeedTransactions',
  'query/signInSeedUserData',
  'core/parse/parseBalances',
  'core/operations/runOperation',
  'core/operations/runBatch',
  'core/realtime/createRealtimeClient',
  'query/syncRealtimeCache',
  'core/tabs/createBroadcastLock',
  'core/schemas/authSessionResponseSchema', // token refresh
  'core/schemas/operationStatusSchema', // operation tracking
  'core/parse/parseVaults', // the token book's vault lookups
  'core/schemas/batchStatusSchema', // batch tracking through the batch route
  // The checks of each operation kind but a transfer, loaded with its first use.
  'core/operations/swapDraft',
  'core/operations/vaultDraft',
  'core/operations/hyperliquidDraft',
  'core/operations/recoveryDraft',
  'core/operations/routeDraft',
  'core/operations/signMessageDraft',
  // The realtime `user_data` push rewrites these entries when a hook holds them.
  'core/schemas/addressBookResponseSchema',
  'core/schemas/signersResponseSchema',
  'core/schemas/userChainsResponseSchema',
])

// Dynamic imports only the other sign-in methods follow (the kit's dispatchers name them).
const OTHER_METHODS =
  /^core\/(ceremonies\/(kdf|email|eip7702)\/|operations\/(pin|email|wallet)OperationSigner$)/

// What a passkey-only app must never download.
const FORBIDDEN =
  /(^core\/ceremonies\/(kdf|email|eip7702)\/|^core\/(kdf|email)\/|^core\/schemas\/(kdf|email|eip7702)|^core\/operations\/(pin|email|wallet)OperationSigner$|^react\/wagmi\/)/

function passkeyGraph() {
  const graph = readModuleGraph()
  const reached = graph.staticClosure(APP)
  const unclassified: string[] = []
  for (let grew = true; grew;) {
    grew = false
    for (const id of [...reached]) {
      for (const target of graph.dynamicImports(id)) {
        if (reached.has(target) || OTHER_METHODS.test(target)) continue
        if (!PASSKEY_PATH.has(target)) {
          const edge = `${id} → ${target}`
          if (!unclassified.includes(edge)) unclassified.push(edge)
          continue
        }
        for (const module of graph.staticClosure([target])) reached.add(module)
        grew = true
      }
    }
  }
  return { graph, reached, unclassified }
}

describe(`the passkey-only module graph`, () => {
  it('holds no PIN, email or 7702 module', () => {
    const { reached } = passkeyGraph()
    expect(reached.has('core/ceremonies/passkeys/signInWithPasskey')).toBe(true)
    expect(reached.has('core/operations/runOperation')).toBe(true)
    expect([...reached].filter((id) => FORBIDDEN.test(id)).sort()).toEqual([])
  })

  it('follows only dynamic imports it knows (new ones must be classified here)', () => {
    expect(passkeyGraph().unclassified).toEqual([])
  })

  it('loads the other methods through their dispatchers only', () => {
    const { graph } = passkeyGraph()
    expect(graph.dynamicImports('core/actions/signIn')).toEqual(
      expect.arrayContaining([
        'core/ceremonies/kdf/signInWithPin',
        'core/ceremonies/email/runEmailStep',
        'core/ceremonies/eip7702/signInWithWallet',
      ]),
    )
    expect(graph.dynamicImports('core/operations/createOperationSigner')).toEqual(
      expect.arrayContaining([
        'core/operations/pinOperationSigner',
        'core/operations/emailOperationSigner',
        'core/operations/walletOperationSigner',
      ]),
    )
  })

  it('keeps the sign-up ceremony out of what a sign-in button preloads', () => {
    const { graph } = passkeyGraph()
    const signIn = graph.staticClosure(['core/ceremonies/passkeys/signInWithPasskey'])
    expect(
      [...signIn].filter((id) => /signUp|createPasskeyCredential|SignUpChallenge/.test(id)),
    ).toEqual([])
    // PasskeyButton preloads the ceremony of its mode only.
    expect(graph.dynamicImports('core/ceremonies/passkeys/preloadPasskeyCeremonies')).toEqual([
      'core/ceremonies/passkeys/signInWithPasskey',
      'core/ceremonies/passkeys/signUpWithPasskey',
    ])
  })
})
