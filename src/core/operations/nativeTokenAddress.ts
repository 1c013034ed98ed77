import type { Address } from 'viem'

/**
 * The address `TRANSFER_TOKEN` takes for a chain's native coin (docs/protocol.md; IBEx also
 * accepts the zero address). Transfers with `token: 'native'` send it.
 *
 * @example
 * runOperation(client, { kind: 'transfer', token: NATIVE_TOKEN_ADDRESS, to, amount: '0.01' })
 */
export const NATIVE_TOKEN_ADDRESS: Address = '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE'
