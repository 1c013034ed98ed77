import { getAddress, keccak256, parseTransaction, recoverTransactionAddress, type Hex } from 'viem'
import { recoverAuthorizationAddress } from 'viem/utils'
import { accountOf } from './accountOf.ts'
import type { MockAuthorizationOutcome, MockChain, MockChainTransaction } from './MockChain.ts'
import { MockRpcError } from './MockRpcError.ts'

async function authorityOf(
  authorization: Parameters<typeof recoverAuthorizationAddress>[0]['authorization'],
) {
  try {
    return getAddress(await recoverAuthorizationAddress({ authorization }))
  } catch {
    return undefined
  }
}

/**
 * `eth_sendRawTransaction` on a mock chain: parses the signed transaction (viem), recovers its
 * sender, checks the chain id and the sender's nonce (-32000 otherwise, as nodes answer), and
 * queues it to be mined `confirmDelayMs` later. A type-4 (EIP-7702) transaction needs a
 * recipient and a non-empty authorization list; each authorization's signer is recovered now
 * (viem `recoverAuthorizationAddress`) and the delegation applied when the block is mined. Gas
 * is not charged: the mock keeps no ether balances.
 *
 * @example
 * const hash = await sendRawTransaction(chain, serialized, { now: ctx.now(), confirmDelayMs: 1500 })
 */
export async function sendRawTransaction(
  chain: MockChain,
  serialized: Hex,
  timing: { now: number; confirmDelayMs: number },
): Promise<Hex> {
  let parsed: ReturnType<typeof parseTransaction>
  let from
  try {
    parsed = parseTransaction(serialized)
    from = getAddress(
      await recoverTransactionAddress({ serializedTransaction: serialized as never }),
    )
  } catch (error) {
    throw new MockRpcError(-32602, `Invalid signed transaction: ${(error as Error).message}`)
  }
  if (parsed.chainId !== undefined && parsed.chainId !== chain.chainId) {
    throw new MockRpcError(
      -32000,
      `invalid chain id: the transaction is for chain ${parsed.chainId}, this is ${chain.chainId}`,
    )
  }
  const hash = keccak256(serialized)
  if (chain.transactions.has(hash)) throw new MockRpcError(-32000, 'already known')
  const account = accountOf(chain, from)
  const nonce = parsed.nonce ?? 0
  if (nonce !== account.nonce) {
    throw new MockRpcError(
      -32000,
      `nonce too ${nonce < account.nonce ? 'low' : 'high'}: address ${from}, tx: ${nonce} state: ${account.nonce}`,
    )
  }
  let authorizations: MockAuthorizationOutcome[] = []
  if (parsed.type === 'eip7702') {
    const list = parsed.authorizationList ?? []
    if (!parsed.to || list.length === 0) {
      throw new MockRpcError(
        -32000,
        'invalid EIP-7702 transaction: it needs a recipient and a non-empty authorization list',
      )
    }
    authorizations = await Promise.all(
      list.map(async (authorization) => ({
        authority: await authorityOf(authorization),
        address: getAddress(authorization.address),
        chainId: authorization.chainId,
        nonce: authorization.nonce,
        result: 'pending' as const,
      })),
    )
  }
  // The sender's nonce moves at once, so the next `pending` count is right before mining.
  account.nonce += 1
  const fees = parsed as { maxFeePerGas?: bigint; maxPriorityFeePerGas?: bigint; gasPrice?: bigint }
  const transaction: MockChainTransaction = {
    hash,
    serialized,
    type: parsed.type ?? 'legacy',
    from,
    to: parsed.to ? getAddress(parsed.to) : null,
    nonce,
    value: parsed.value ?? 0n,
    input: parsed.data ?? '0x',
    gas: parsed.gas ?? 21_000n,
    maxFeePerGas: fees.maxFeePerGas ?? fees.gasPrice ?? 0n,
    maxPriorityFeePerGas: fees.maxPriorityFeePerGas ?? 0n,
    authorizations,
    minesAt: timing.now + timing.confirmDelayMs,
  }
  chain.transactions.set(hash, transaction)
  chain.pending.push(transaction)
  return hash
}
