// @vitest-environment node
// A Vite build runs here; jsdom's globals get in its way.
import { describe, expect, it } from 'vitest'
import { measureBundle } from '../../bench/measureBundle.ts'

// What each piece of the kit is made to load on demand, and why (see the modules named).
const LAZY = [
  'valibot', // response schemas: loaded with the requests that need them
  'viem', // signing and unit helpers: PIN, email, wallet and operation code
  '@noble/curves',
  '@noble/hashes',
  '@simplewebauthn/browser', // with the passkey ceremonies
  'src/core/ceremonies/passkeys/signInWithPasskey.ts',
  'src/core/ceremonies/passkeys/signUpWithPasskey.ts',
  'src/core/realtime/createRealtimeClient.ts', // at the first sign-in
  'src/query/syncRealtimeCache.ts',
  'src/core/parse/parseBalances.ts', // with the first balances request
  'src/core/tabs/createBroadcastLock.ts', // only without Web Locks
]

describe('the initial bundle of a minimal app', () => {
  it('holds the provider, hooks and button, and none of what loads on demand', async () => {
    const bundle = await measureBundle(
      'minimal',
      `import { IbexProvider, useSignIn, useBalances } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
export const app = [IbexProvider, useSignIn, useBalances, PasskeyButton]`,
    )
    expect(bundle.initialModules).toContain('src/react/IbexProvider.tsx')
    expect(bundle.initialModules).toContain('src/components/PasskeyButton/PasskeyButton.tsx')
    expect(bundle.initialModules).toContain('@tanstack/query-core')
    expect(bundle.initialModules.filter((module) => LAZY.includes(module))).toEqual([])
    // …and all of it is still reached, through dynamic imports.
    expect(LAZY.filter((module) => !bundle.lazyModules.includes(module))).toEqual([])
  })

  it('keeps the operation pipeline out of an app that shows transfer, swap and batch forms', async () => {
    const bundle = await measureBundle(
      'wallet screen',
      `import { IbexProvider, useTransfer, useSwap, useSwapQuote, useBatch, useOperationStatus, useRequestSigningCode } from 'ibex-react'
export const app = [IbexProvider, useTransfer, useSwap, useSwapQuote, useBatch, useOperationStatus, useRequestSigningCode]`,
    )
    const heavy = ['valibot', 'viem', '@noble/curves', '@noble/hashes', '@simplewebauthn/browser']
    expect(bundle.initialModules.filter((module) => heavy.includes(module))).toEqual([])
    expect(bundle.initialModules).not.toContain('src/core/operations/runOperation.ts')
    expect(bundle.lazyModules).toContain('src/core/operations/runOperation.ts')
    expect(bundle.lazyModules).toContain('viem')
  })
})
