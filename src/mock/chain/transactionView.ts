import { numberToHex, parseTransaction } from 'viem'
import { blockHashOf } from './blockHashOf.ts'
import type { MockChain, MockChainTransaction } from './MockChain.ts'

/**
 * A transaction as `eth_getTransactionByHash` answers it: the signed fields, and where it was
 * mined (`null` while pending).
 *
 * @example
 * transactionView(chain, transaction).blockNumber // '0x1'
 */
export function transactionView(
  chain: MockChain,
  transaction: MockChainTransaction,
): Record<string, unknown> {
  const parsed = parseTransaction(transaction.serialized) as {
    r?: string
    s?: string
    yParity?: number
    authorizationList?: readonly {
      address: string
      chainId: number
      nonce: number
      r: string
      s: string
      yParity?: number
    }[]
  }
  const mined = transaction.blockNumber
  return {
    hash: transaction.hash,
    type: numberToHex(
      ['legacy', 'eip2930', 'eip1559', 'eip4844', 'eip7702'].indexOf(transaction.type),
    ),
    chainId: numberToHex(chain.chainId),
    from: transaction.from,
    to: transaction.to,
    nonce: numberToHex(transaction.nonce),
    value: numberToHex(transaction.value),
    input: transaction.input,
    gas: numberToHex(transaction.gas),
    maxFeePerGas: numberToHex(transaction.maxFeePerGas),
    maxPriorityFeePerGas: numberToHex(transaction.maxPriorityFeePerGas),
    accessList: [],
    ...(parsed.authorizationList
      ? {
          authorizationList: parsed.authorizationList.map((entry) => ({
            address: entry.address,
            chainId: numberToHex(entry.chainId),
            nonce: numberToHex(entry.nonce),
            r: entry.r,
            s: entry.s,
            yParity: numberToHex(entry.yParity ?? 0),
          })),
        }
      : {}),
    r: parsed.r,
    s: parsed.s,
    yParity: numberToHex(parsed.yParity ?? 0),
    v: numberToHex(parsed.yParity ?? 0),
    blockHash: mined === undefined ? null : blockHashOf(chain.chainId, mined),
    blockNumber: mined === undefined ? null : numberToHex(mined),
    transactionIndex: mined === undefined ? null : '0x0',
  }
}
