import { isAddressEqual, type Address, type SignedAuthorization } from 'viem'
import { signAuthorization } from 'viem/actions'
import { getAction, recoverAuthorizationAddress } from 'viem/utils'
import type { Config } from 'wagmi'
import { getConnection, getConnectorClient } from 'wagmi/actions'
import { toIbexWalletError } from '../../../core/ceremonies/eip7702/toIbexWalletError.ts'
import { IbexWalletError } from '../../../core/errors/IbexWalletError.ts'

/** What the wallet authorises: the EOA, the chain and the implementation it delegates to. */
export type DelegationAuthorizationRequest = {
  address: Address
  chainId: number
  implementation: Address
}

function isUnsupported(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AccountTypeNotSupportedError'
}

/**
 * Has the connected wallet of the wagmi config sign the EIP-7702 authorization of `address`
 * delegating to `implementation` on `chainId` (viem `signAuthorization`; the nonce is the
 * account's, read through the wallet). Checks first that the wallet is connected
 * (`wallet/not-connected`), on `address` (`wallet/address-mismatch`) and on `chainId`
 * (`wallet/wrong-chain`), and afterwards that the signature recovers to `address`. Wallets
 * reached over JSON-RPC (browser extensions, WalletConnect) cannot sign authorizations for
 * another app's contract: that is `wallet/unsupported`, before any prompt.
 *
 * @example
 * const authorization = await signDelegationAuthorization(config, { address, chainId: 421614, implementation })
 */
export async function signDelegationAuthorization(
  config: Config,
  request: DelegationAuthorizationRequest,
): Promise<SignedAuthorization> {
  const { address, chainId, implementation } = request
  const connection = getConnection(config)
  if (connection.status !== 'connected') {
    throw new IbexWalletError({
      code: 'wallet/not-connected',
      message: 'Connect the wallet of this account to activate its delegation.',
    })
  }
  if (!isAddressEqual(connection.address, address)) {
    throw new IbexWalletError({
      code: 'wallet/address-mismatch',
      message: `The connected account ${connection.address} is not the signed-in one (${address}).`,
    })
  }
  if (connection.chainId !== chainId) {
    throw new IbexWalletError({
      code: 'wallet/wrong-chain',
      message: `The wallet is on chain ${connection.chainId}; the delegation is on chain ${chainId}.`,
    })
  }
  let authorization: SignedAuthorization
  try {
    const client = await getConnectorClient(config, {
      account: address,
      chainId,
      connector: connection.connector,
    })
    authorization = await getAction(
      client,
      signAuthorization,
      'signAuthorization',
    )({ account: client.account, contractAddress: implementation, chainId })
  } catch (error) {
    if (isUnsupported(error)) {
      throw new IbexWalletError({
        code: 'wallet/unsupported',
        message: `The wallet "${connection.connector.name}" cannot sign EIP-7702 authorizations (wallets reached over JSON-RPC, such as browser extensions and WalletConnect, do not expose it).`,
        cause: error,
      })
    }
    throw toIbexWalletError(error)
  }
  let signedBy: Address | undefined
  try {
    signedBy = await recoverAuthorizationAddress({ authorization })
  } catch {
    signedBy = undefined
  }
  if (!signedBy || !isAddressEqual(signedBy, address)) {
    throw new IbexWalletError({
      code: 'wallet/address-mismatch',
      message: 'The wallet signed the authorization with another account.',
    })
  }
  return authorization
}
