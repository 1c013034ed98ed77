import * as v from 'valibot'
import type { Address } from 'viem'
import { addressSchema } from '../../schemas/addressSchema.ts'
import { chainIdSchema } from '../../schemas/chainIdSchema.ts'

const delegationSchema = v.looseObject({ implementation: addressSchema, chainId: chainIdSchema })

/**
 * The `delegation` of a 7702 sign-up or sign-in answer (what the wallet must authorise next),
 * or `undefined` when the answer has none (the sign-in answer is undocumented).
 *
 * @example
 * const delegation = delegationOf(response) // { implementation: '0x…', chainId: 11155111 }
 */
export function delegationOf(response: {
  readonly [key: string]: unknown
}): { implementation: Address; chainId: number } | undefined {
  const result = v.safeParse(delegationSchema, response.delegation)
  if (!result.success) return undefined
  return { implementation: result.output.implementation, chainId: result.output.chainId }
}
