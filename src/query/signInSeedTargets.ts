import type { SignInEnrichment } from '../core/actions/signIn.ts'
import type { CeremonyEnrichment } from '../core/actions/signUp.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'

/** One block of an enriched sign-in and the query it fills. */
export type SignInSeedTarget = {
  /** The block of the sign-in answer. */
  block: keyof CeremonyEnrichment
  /** The sign-in flag that asks for it. */
  flag: keyof Pick<SignInEnrichment, 'includeBalance' | 'includeTransactions' | 'includeUserdata'>
  /** The resource whose default-parameters query (`params` `{}`) it becomes. */
  resource: IbexUserResource
}

/**
 * Where each block of an enriched sign-in lands in the cache (docs/protocol.md): `balance` →
 * `balances`, `transactions` → `transactions`, `userdata` → `userData`, each under the
 * parameters `{}` (what `useBalances()` & co. read without arguments).
 *
 * @example
 * const target = signInSeedTargets.find((t) => t.resource === 'balances') // flag includeBalance
 */
export const signInSeedTargets: readonly SignInSeedTarget[] = [
  { block: 'balance', flag: 'includeBalance', resource: 'balances' },
  { block: 'transactions', flag: 'includeTransactions', resource: 'transactions' },
  { block: 'userdata', flag: 'includeUserdata', resource: 'userData' },
]
