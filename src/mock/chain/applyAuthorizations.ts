import { zeroAddress, isAddressEqual } from 'viem'
import { accountOf } from './accountOf.ts'
import { delegationDesignator } from './delegationDesignator.ts'
import type { MockChain, MockChainTransaction } from './MockChain.ts'

/**
 * Applies the authorization list of a mined type-4 transaction as EIP-7702 does: each valid
 * tuple (recovered signer, chain id 0 or this chain, nonce equal to the authority's) sets the
 * authority's code to `0xef0100 ‖ address` (the zero address clears it) and bumps its nonce;
 * invalid tuples are skipped, recorded with the reason, and the transaction still succeeds.
 *
 * @example
 * applyAuthorizations(chain, transaction)
 */
export function applyAuthorizations(chain: MockChain, transaction: MockChainTransaction): void {
  for (const outcome of transaction.authorizations) {
    if (outcome.result !== 'pending') continue
    if (!outcome.authority) {
      outcome.result = 'bad-signature'
      continue
    }
    if (outcome.chainId !== 0 && outcome.chainId !== chain.chainId) {
      outcome.result = 'wrong-chain'
      continue
    }
    const account = accountOf(chain, outcome.authority)
    if (account.nonce !== outcome.nonce) {
      outcome.result = 'wrong-nonce'
      continue
    }
    account.nonce += 1
    account.code = isAddressEqual(outcome.address, zeroAddress)
      ? '0x'
      : delegationDesignator(outcome.address)
    outcome.result = 'applied'
  }
}
