'use client'
import { useMemo } from 'react'
import { useConfig, useConnection, type Config } from 'wagmi'
import type { WagmiSigner } from './signer/WagmiSigner.ts'
import { wagmiSignerOf } from './signer/wagmiSignerOf.ts'

/** Parameters of {@link useWagmiSigner}. */
export type UseWagmiSignerParameters = {
  /** The wagmi config; default the one of `<WagmiProvider>`. */
  config?: Config | undefined
}

/**
 * The connected wallet of the app's wagmi config as the `signer` of `useSignUp` /
 * `useSignIn` in `7702` mode and of an EIP-7702 user's operations (`useTransfer`,
 * `<TransferForm signer>`…): its address and chain, and `personal_sign` through its
 * connector. `undefined` while no wallet is connected (the ceremony then fails with
 * `wallet/not-connected` before any request). The signer re-checks the account and chain
 * before the wallet prompt (`wallet/address-mismatch`, `wallet/wrong-chain`).
 *
 * @example
 * import { useSignIn } from 'ibex-react'
 * import { useWagmiSigner } from 'ibex-react/wagmi'
 *
 * const signer = useWagmiSigner()
 * const { mutate: signIn } = useSignIn()
 * <button type="button" onClick={() => signer && signIn({ wallet: '7702', signer })}>Sign in</button>
 * // Once signed in, the same signer approves operations in the wallet's prompt:
 * <TransferForm signer={signer} />
 */
export function useWagmiSigner(parameters: UseWagmiSignerParameters = {}): WagmiSigner | undefined {
  const config = useConfig(parameters)
  const connection = useConnection({ config })
  const { status, address, chainId, connector } = connection
  return useMemo(
    () =>
      status === 'connected' && address && chainId !== undefined && connector
        ? wagmiSignerOf(config, { address, chainId, connector })
        : undefined,
    [config, status, address, chainId, connector],
  )
}
