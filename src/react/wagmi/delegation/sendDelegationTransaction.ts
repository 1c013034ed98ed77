import { isAddressEqual, type Address, type Hex, type SignedAuthorization } from 'viem'
import { sendTransaction, signAuthorization } from 'viem/actions'
import { getAction, recoverAuthorizationAddress } from 'viem/utils'
import type { Config } from 'wagmi'
import { getConnection, getConnectorClient } from 'wagmi/actions'
import { toIbexWalletError } from '../../../core/ceremonies/eip7702/toIbexWalletError.ts'
import { IbexWalletError } from '../../../core/errors/IbexWalletError.ts'

/** What the wallet authorises and sends: the EOA, the chain, the contract it delegates to. */
export type DelegationTransactionRequest = {
  address: Address
  chainId: number
  implementation: Address
}

function isUnsupported(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AccountTypeNotSupportedError'
}

async function signerOf(authorization: SignedAuthorization): Promise<Address | undefined> {
  try {
    return await recoverAuthorizationAddress({ authorization })
  } catch {
    return undefined
  }
}

/**
 * Activates an EIP-7702 delegation as IBEx documents it ("the client broadcasts the EIP-7702
 * authorization transaction", IBEx's API reference): the connected wallet of the wagmi config signs
 * the authorization of `address` delegating to `implementation` on `chainId` (viem
 * `signAuthorization`, `executor: 'self'`: the EOA sends it, so it carries its nonce + 1), and
 * the kit sends the type-4 transaction through the same wallet client: to the EOA itself, no
 * value, no data (IBEx documents no arguments for the Safe `setup()` call, §14 #5); returns its
 * hash. Checks first that the wallet is connected (`wallet/not-connected`), on `address`
 * (`wallet/address-mismatch`) and on `chainId` (`wallet/wrong-chain`), and that the signature
 * recovers to `address`. Wallets reached over JSON-RPC (browser extensions, WalletConnect)
 * cannot sign authorizations: `wallet/unsupported`, before any prompt.
 *
 * @example
 * const txHash = await sendDelegationTransaction(wagmiConfig, { address: eoa, chainId: 11155111, implementation })
 */
export async function sendDelegationTransaction(
  config: Config,
  request: DelegationTransactionRequest,
): Promise<Hex> {
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
  let client
  let authorization: SignedAuthorization
  try {
    client = await getConnectorClient(config, {
      account: address,
      chainId,
      connector: connection.connector,
    })
    authorization = await getAction(
      client,
      signAuthorization,
      'signAuthorization',
    )({ account: client.account, contractAddress: implementation, chainId, executor: 'self' })
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
  const signedBy = await signerOf(authorization)
  if (!signedBy || !isAddressEqual(signedBy, address)) {
    throw new IbexWalletError({
      code: 'wallet/address-mismatch',
      message: 'The wallet signed the authorization with another account.',
    })
  }
  try {
    return await getAction(
      client,
      sendTransaction,
      'sendTransaction',
    )({
      account: client.account,
      chain: client.chain,
      authorizationList: [authorization],
      to: address,
      data: '0x',
    })
  } catch (error) {
    throw toIbexWalletError(error)
  }
}
