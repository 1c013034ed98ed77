import { userSafes } from '../wallet/userSafes.ts'
import { buildAddressBook } from './buildAddressBook.ts'
import { buildAddresses } from './buildAddresses.ts'
import { buildBalances } from './buildBalances.ts'
import { buildChainIdView } from './buildChainIdView.ts'
import { buildKycStatus } from './buildKycStatus.ts'
import { buildLending } from './buildLending.ts'
import { buildPools } from './buildPools.ts'
import { buildSigners } from './buildSigners.ts'
import { buildUserIbans } from './buildUserIbans.ts'
import { buildTransactionsSection } from './buildTransactionsSection.ts'
import { defaultTransactionQuery } from './defaultTransactionQuery.ts'
import type { MockView } from './MockView.ts'

/** A section of the `/users/me` aggregate; it may throw (reported under `errors`). */
export type UserSection = (view: MockView) => unknown

/**
 * The sections of `GET /users/me` and of the WebSocket `user_data` (docs/protocol.md, newest
 * [R] list), each built like its own endpoint with the endpoint's defaults.
 *
 * @example
 * Object.keys(userSections) // ['addresses', 'balances', …]
 */
export const userSections: Readonly<Record<string, UserSection>> = {
  addresses: (view) => buildAddresses(view, { includeDerived: true }),
  balances: (view) =>
    buildBalances(view, {
      safes: userSafes(view.user, view.config),
      includeZero: false,
      includeEmpty: false,
      includePrices: true,
    }),
  ibans: buildUserIbans,
  signers: buildSigners,
  transactions: (view) =>
    buildTransactionsSection(
      view,
      userSafes(view.user, view.config),
      defaultTransactionQuery(view.now),
    ),
  kycStatus: buildKycStatus,
  addressbook: buildAddressBook,
  chainid: buildChainIdView,
  lending: (view) => buildLending(view, { userScoped: true }),
  pools: (view) => buildPools(view, userSafes(view.user, view.config), { includeZero: false }),
}
