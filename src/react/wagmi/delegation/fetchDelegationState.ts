import { isAddressEqual, type Address, type Hex } from 'viem'
import { getCode, getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import type { Config } from 'wagmi'
import { IbexNetworkError } from '../../../core/errors/IbexNetworkError.ts'
import { chainClientOf } from './chainClientOf.ts'
import { delegatedAddressOf } from './delegatedAddressOf.ts'
import type { DelegationState } from './DelegationState.ts'

/** Parameters of {@link fetchDelegationState}. */
export type FetchDelegationStateParameters = {
  /** The EOA. */
  address: Address
  chainId: number
  /** The contract IBEx asks it to delegate to, when known. */
  implementation?: Address | undefined
  /** A type-4 transaction the kit sent and is waiting for. */
  txHash?: Hex | undefined
}

function isNotFound(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TransactionReceiptNotFoundError'
}

/**
 * Reads the EIP-7702 delegation of `address` on `chainId` on chain, through the app's wagmi
 * public client: `eth_getCode` is `0xef0100 ‖ contract` once delegated (IBEx: the client
 * broadcasts the authorization, IBEx's API reference; there is no IBEx endpoint for it). With a
 * `txHash`, the transaction's receipt tells whether it is still on its way (`SUBMITTED`). A
 * chain missing from the wagmi config is `validation/chain-unsupported`; a node that does not
 * answer is `network/failed`.
 *
 * @example
 * const state = await fetchDelegationState(wagmiConfig, { address: eoa, chainId: 11155111, implementation })
 * if (state.status === 'PENDING') askToActivate()
 */
export async function fetchDelegationState(
  config: Config,
  parameters: FetchDelegationStateParameters,
): Promise<DelegationState> {
  const { address, chainId, implementation, txHash } = parameters
  const client = chainClientOf(config, chainId)
  const endpoint = (method: string) => `${method} on chain ${chainId}`
  let code: Hex | undefined
  try {
    code = await getAction(client, getCode, 'getCode')({ address })
  } catch (error) {
    throw new IbexNetworkError({
      code: 'network/failed',
      endpoint: endpoint('eth_getCode'),
      cause: error,
    })
  }
  const delegatedTo = delegatedAddressOf(code)
  const base = {
    address,
    chainId,
    ...(implementation ? { implementation } : {}),
    ...(delegatedTo ? { delegatedTo } : {}),
  }
  if (txHash) {
    let mined = true
    try {
      await getAction(client, getTransactionReceipt, 'getTransactionReceipt')({ hash: txHash })
    } catch (error) {
      if (!isNotFound(error)) {
        throw new IbexNetworkError({
          code: 'network/failed',
          endpoint: endpoint('eth_getTransactionReceipt'),
          cause: error,
        })
      }
      mined = false
    }
    if (!mined) return { ...base, status: 'SUBMITTED', txHash }
  }
  if (!delegatedTo) return { ...base, status: 'PENDING' }
  const ours = !implementation || isAddressEqual(delegatedTo, implementation)
  return { ...base, status: ours ? 'ACTIVE' : 'OTHER' }
}
