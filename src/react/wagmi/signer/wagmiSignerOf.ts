import { isAddressEqual, type Address } from 'viem'
import type { Config, Connector } from 'wagmi'
import { getConnection, signMessage } from 'wagmi/actions'
import { IbexWalletError } from '../../../core/errors/IbexWalletError.ts'
import type { WagmiSigner } from './WagmiSigner.ts'

/** A wagmi connection: the account, chain and connector the signer is bound to. */
export type WagmiConnection = { address: Address; chainId: number; connector: Connector }

/**
 * The {@link WagmiSigner} of a wagmi connection, for sign-up, sign-in and operations. Before each prompt it checks that the wallet
 * is still connected (`wallet/not-connected`), on the same account (`wallet/address-mismatch`)
 * and chain (`wallet/wrong-chain`), so a wallet changed between the challenge and the signature
 * is caught before it signs; then `personal_sign` goes through the connection's connector.
 *
 * @example
 * const connection = getConnection(config)
 * if (connection.status === 'connected') await signUp(client, { wallet: '7702', signer: wagmiSignerOf(config, connection) })
 */
export function wagmiSignerOf(config: Config, connection: WagmiConnection): WagmiSigner {
  const { address, chainId, connector } = connection
  return {
    address,
    chainId,
    async signMessage(message) {
      const current = getConnection(config)
      if (current.status !== 'connected' || current.connector.uid !== connector.uid) {
        throw new IbexWalletError({
          code: 'wallet/not-connected',
          message: 'The wallet was disconnected before it could sign.',
        })
      }
      if (!isAddressEqual(current.address, address)) {
        throw new IbexWalletError({
          code: 'wallet/address-mismatch',
          message: `The wallet switched from ${address} to ${current.address} before signing.`,
        })
      }
      if (current.chainId !== chainId) {
        throw new IbexWalletError({
          code: 'wallet/wrong-chain',
          message: `The wallet switched from chain ${chainId} to ${current.chainId} before signing.`,
        })
      }
      return signMessage(config, { account: address, connector, message })
    },
  }
}
