import { numberToHex, zeroAddress, zeroHash, type Hex } from 'viem'
import { blockHashOf } from './blockHashOf.ts'
import type { MockChain } from './MockChain.ts'
import { mockGasPrices } from './mockGasPrices.ts'

const emptyBloom = `0x${'00'.repeat(256)}` as Hex

/**
 * Block `number` of `chain` as `eth_getBlockByNumber` answers it (transaction hashes only), with
 * the constant base fee viem reads to estimate EIP-1559 fees. Block times are 12 s apart.
 *
 * @example
 * blockView(chain, chain.blockNumber, ctx.now())
 */
export function blockView(chain: MockChain, number: bigint, now: number): Record<string, unknown> {
  const transactions = [...chain.transactions.values()]
    .filter((transaction) => transaction.blockNumber === number)
    .map((transaction) => transaction.hash)
  const age = Number(chain.blockNumber - number) * 12
  return {
    number: numberToHex(number),
    hash: blockHashOf(chain.chainId, number),
    parentHash: number === 0n ? zeroHash : blockHashOf(chain.chainId, number - 1n),
    timestamp: numberToHex(Math.floor(now / 1000) - age),
    baseFeePerGas: numberToHex(mockGasPrices.baseFeePerGas),
    gasLimit: numberToHex(30_000_000),
    gasUsed: numberToHex(transactions.length * 21_000),
    miner: zeroAddress,
    difficulty: '0x0',
    totalDifficulty: '0x0',
    extraData: '0x',
    logsBloom: emptyBloom,
    mixHash: zeroHash,
    nonce: '0x0000000000000000',
    receiptsRoot: zeroHash,
    sha3Uncles: zeroHash,
    size: numberToHex(1_000),
    stateRoot: zeroHash,
    transactionsRoot: zeroHash,
    transactions,
    uncles: [],
  }
}
