import { numberToHex, type Hex } from 'viem'
import { blockHashOf } from './blockHashOf.ts'
import type { MockChain, MockChainTransaction } from './MockChain.ts'
import { mockGasPrices } from './mockGasPrices.ts'

const typeCodes: Record<MockChainTransaction['type'], Hex> = {
  legacy: '0x0',
  eip2930: '0x1',
  eip1559: '0x2',
  eip4844: '0x3',
  eip7702: '0x4',
}

/**
 * The receipt of a mined transaction (`eth_getTransactionReceipt`), or `null` while it is
 * pending. Every mock transaction succeeds; gas used is 21 000 plus 25 000 per authorization.
 *
 * @example
 * receiptView(chain, transaction) // { status: '0x1', … }
 */
export function receiptView(
  chain: MockChain,
  transaction: MockChainTransaction,
): Record<string, unknown> | null {
  if (transaction.blockNumber === undefined) return null
  const gasUsed = numberToHex(21_000 + 25_000 * transaction.authorizations.length)
  const tip = transaction.maxPriorityFeePerGas
  const price = mockGasPrices.baseFeePerGas + tip
  return {
    transactionHash: transaction.hash,
    transactionIndex: '0x0',
    blockHash: blockHashOf(chain.chainId, transaction.blockNumber),
    blockNumber: numberToHex(transaction.blockNumber),
    from: transaction.from,
    to: transaction.to,
    cumulativeGasUsed: gasUsed,
    gasUsed,
    effectiveGasPrice: numberToHex(
      transaction.maxFeePerGas > 0n && transaction.maxFeePerGas < price
        ? transaction.maxFeePerGas
        : price,
    ),
    contractAddress: null,
    logs: [],
    logsBloom: `0x${'00'.repeat(256)}`,
    status: '0x1',
    type: typeCodes[transaction.type],
  }
}
