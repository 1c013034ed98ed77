import { getAddress, isAddress, isHex, numberToHex, type Hex } from 'viem'
import { blockView } from './blockView.ts'
import { callContract } from './callContract.ts'
import type { MockChain } from './MockChain.ts'
import { mockGasPrices } from './mockGasPrices.ts'
import { MockRpcError } from './MockRpcError.ts'
import { receiptView } from './receiptView.ts'
import { sendRawTransaction } from './sendRawTransaction.ts'
import { settleChain } from './settleChain.ts'
import { transactionView } from './transactionView.ts'

/** What a JSON-RPC call needs from the mock: the clock and how long mining takes. */
export type RpcCallContext = { now: number; confirmDelayMs: number }

function param(params: readonly unknown[], index: number, what: string): unknown {
  if (params.length <= index) throw new MockRpcError(-32602, `Missing parameter ${index}: ${what}`)
  return params[index]
}

function addressParam(params: readonly unknown[], index: number) {
  const value = param(params, index, 'address')
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new MockRpcError(-32602, `Parameter ${index} must be an address`)
  }
  return getAddress(value)
}

function hashParam(params: readonly unknown[], index: number): Hex {
  const value = param(params, index, 'hash')
  if (!isHex(value) || value.length !== 66) {
    throw new MockRpcError(-32602, `Parameter ${index} must be a 32-byte hash`)
  }
  return value.toLowerCase() as Hex
}

function blockNumberParam(chain: MockChain, value: unknown): bigint | undefined {
  if (value === undefined || value === 'latest' || value === 'pending') return chain.blockNumber
  if (value === 'safe' || value === 'finalized') return chain.blockNumber
  if (value === 'earliest') return 0n
  if (isHex(value)) {
    const number = BigInt(value)
    return number <= chain.blockNumber ? number : undefined
  }
  throw new MockRpcError(-32602, 'The block must be a tag or a 0x-hex number')
}

/**
 * Answers one JSON-RPC call on a mock chain (see `rpcRoute`): the chain id, blocks, fees, gas,
 * nonces, code, balances (none: 0), `eth_call` of a Safe's ERC-1271 `isValidSignature` (see
 * `callContract`), and transactions sent raw with their receipts. Due
 * transactions are mined first. Unknown methods are -32601.
 *
 * @example
 * await handleRpcCall(chain, 'eth_getCode', [eoa, 'latest'], { now, confirmDelayMs: 1500 })
 */
export async function handleRpcCall(
  chain: MockChain,
  method: string,
  params: readonly unknown[],
  context: RpcCallContext,
): Promise<unknown> {
  settleChain(chain, context.now)
  const { baseFeePerGas, priorityFeePerGas } = mockGasPrices
  switch (method) {
    case 'eth_chainId':
      return numberToHex(chain.chainId)
    case 'net_version':
      return String(chain.chainId)
    case 'eth_blockNumber':
      return numberToHex(chain.blockNumber)
    case 'eth_getBlockByNumber': {
      const number = blockNumberParam(chain, params[0])
      return number === undefined ? null : blockView(chain, number, context.now)
    }
    case 'eth_gasPrice':
      return numberToHex(baseFeePerGas + priorityFeePerGas)
    case 'eth_maxPriorityFeePerGas':
      return numberToHex(priorityFeePerGas)
    case 'eth_feeHistory': {
      const count = Math.max(1, Math.min(1024, Number(params[0] ?? 1)))
      const percentiles = Array.isArray(params[2]) ? params[2] : []
      return {
        oldestBlock: numberToHex(chain.blockNumber),
        baseFeePerGas: Array.from({ length: count + 1 }, () => numberToHex(baseFeePerGas)),
        gasUsedRatio: Array.from({ length: count }, () => 0.5),
        reward: Array.from({ length: count }, () =>
          percentiles.map(() => numberToHex(priorityFeePerGas)),
        ),
      }
    }
    case 'eth_estimateGas': {
      const request = param(params, 0, 'transaction') as { authorizationList?: unknown }
      const authorizations = Array.isArray(request?.authorizationList)
        ? request.authorizationList.length
        : 0
      return numberToHex(21_000 + 25_000 * authorizations)
    }
    case 'eth_getTransactionCount': {
      const address = addressParam(params, 0)
      return numberToHex(chain.accounts.get(address.toLowerCase())?.nonce ?? 0)
    }
    case 'eth_getCode':
      return chain.accounts.get(addressParam(params, 0).toLowerCase())?.code ?? '0x'
    case 'eth_getBalance':
      addressParam(params, 0)
      return '0x0'
    case 'eth_sendRawTransaction': {
      const serialized = param(params, 0, 'signed transaction')
      if (!isHex(serialized)) throw new MockRpcError(-32602, 'Parameter 0 must be 0x-hex')
      return sendRawTransaction(chain, serialized, context)
    }
    case 'eth_getTransactionReceipt': {
      const transaction = chain.transactions.get(hashParam(params, 0))
      return transaction ? receiptView(chain, transaction) : null
    }
    case 'eth_getTransactionByHash': {
      const transaction = chain.transactions.get(hashParam(params, 0))
      return transaction ? transactionView(chain, transaction) : null
    }
    case 'eth_call':
      return callContract(chain, param(params, 0, 'call'), context.now)
    default:
      throw new MockRpcError(-32601, `The mock chain does not support ${method}`)
  }
}
