import type { Address } from 'viem'
import type { MockChain, MockChainAccount } from './MockChain.ts'

/**
 * The account of `address` on `chain`, created (nonce 0, no code) at first use.
 *
 * @example
 * accountOf(chain, eoa).nonce // 0
 */
export function accountOf(chain: MockChain, address: Address): MockChainAccount {
  const key = address.toLowerCase()
  let account = chain.accounts.get(key)
  if (!account) {
    account = { nonce: 0, code: '0x' }
    chain.accounts.set(key, account)
  }
  return account
}
