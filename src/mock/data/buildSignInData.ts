import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'
import type { MockSignInInclude, MockTenant } from '../state/MockTenant.ts'
import type { MockUser } from '../state/MockUser.ts'
import { buildBalances } from '../views/buildBalances.ts'
import { buildTransactions } from '../views/buildTransactions.ts'
import { buildUserAggregate } from '../views/buildUserAggregate.ts'
import { createView } from '../views/createView.ts'
import { defaultTransactionQuery } from '../views/defaultTransactionQuery.ts'
import { userSafes } from '../wallet/userSafes.ts'

/** What {@link SignInDataBuilder} gets. */
export type SignInDataInput = {
  user: MockUser
  tenant: MockTenant
  chainId: number
  include: MockSignInInclude
  /** Milliseconds since the epoch. */
  now: number
  config: MockIbexConfig
  /** The whole mock state (ledger included). */
  state: MockState
}

/** The enrichment blocks of a sign-in (only those asked for). */
export type SignInData = { balance?: unknown; transactions?: unknown; userdata?: unknown }

/**
 * Builds the `balance` / `transactions` / `userdata` blocks of an enriched sign-in (and of the
 * `asyncData` poll). Replace it with the `buildSignInData` option to serve other data.
 *
 * @example
 * createMockIbex({ buildSignInData: (input) => ({ ...buildSignInData(input), balance: myBalances }) })
 */
export type SignInDataBuilder = (input: SignInDataInput) => SignInData | Promise<SignInData>

/**
 * The default {@link SignInDataBuilder}, over the mock's ledger: `balance` = every monitored
 * token (zeros included) of the session chain's Safe, `transactions` = that chain's transactions
 * envelope, `userdata` = the `GET /users/me` aggregate (docs/protocol.md).
 *
 * @example
 * buildSignInData({ user, tenant, chainId: 421614, include: { balance: true, transactions: false, userdata: false }, now: Date.now(), config, state })
 */
export function buildSignInData(input: SignInDataInput): SignInData {
  const { include, chainId } = input
  const view = createView(input)
  const safes = userSafes(view.user, view.config).filter((safe) => safe.chainId === chainId)
  const out: SignInData = {}
  if (include.balance) {
    out.balance = buildBalances(view, {
      safes,
      includeZero: true,
      includeEmpty: true,
      includePrices: true,
    })
  }
  if (include.transactions) {
    out.transactions = buildTransactions(view, safes, defaultTransactionQuery(view.now), 'mixed')
  }
  if (include.userdata) out.userdata = buildUserAggregate(view)
  return out
}
