import {
  decodeFunctionData,
  encodeFunctionResult,
  getAddress,
  isAddress,
  isHex,
  type Hex,
} from 'viem'
import { erc1271 } from '../../core/operations/erc1271.ts'
import type { MockChain } from './MockChain.ts'
import { MockRpcError } from './MockRpcError.ts'
import { safeMessagesOf } from './safeMessagesOf.ts'

/**
 * `eth_call` on a mock chain. The one contract call it knows is a Safe's ERC-1271
 * `isValidSignature(bytes32 hash, bytes signature)`, answered as Safe's fallback handler does
 * for messages signed with `SignMessageLib`: the magic value `0x1626ba7e` when the Safe signed
 * `hash` (a `SIGN_MESSAGE` operation that has confirmed) and `signature` is empty; otherwise it
 * reverts (code 3), as the Safe does for a hash it did not approve or owner signatures that do
 * not check out (the mock produces none). Any other call answers empty, like an account without
 * code.
 *
 * @example
 * callContract(chain, { to: safe, data }, Date.now()) // '0x1626ba7e000…' or a revert
 */
export function callContract(chain: MockChain, request: unknown, now: number): Hex {
  const { to, data, input } = (typeof request === 'object' && request !== null ? request : {}) as {
    to?: unknown
    data?: unknown
    input?: unknown
  }
  if (typeof to !== 'string' || !isAddress(to, { strict: false })) {
    throw new MockRpcError(-32602, 'eth_call needs a `to` address')
  }
  const calldata = data ?? input
  if (!isHex(calldata) || !calldata.toLowerCase().startsWith(erc1271.magicValue)) return '0x'
  let hash: Hex
  let signature: Hex
  try {
    ;({
      args: [hash, signature],
    } = decodeFunctionData({ abi: erc1271.abi, data: calldata }))
  } catch {
    throw new MockRpcError(3, 'execution reverted: malformed isValidSignature call')
  }
  const confirmedAt = safeMessagesOf(chain)
    .get(getAddress(to).toLowerCase())
    ?.get(hash.toLowerCase() as Hex)
  if (signature !== '0x') {
    throw new MockRpcError(3, 'execution reverted: GS026 (invalid owner signature)')
  }
  if (confirmedAt === undefined || confirmedAt > now) {
    throw new MockRpcError(3, 'execution reverted: Hash not approved')
  }
  return encodeFunctionResult({
    abi: erc1271.abi,
    functionName: 'isValidSignature',
    result: erc1271.magicValue,
  })
}
