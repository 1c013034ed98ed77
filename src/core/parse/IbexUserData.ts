import type { IbexJsonValue } from '../schemas/jsonValueSchema.ts'
import type { IbexAddresses } from './IbexAddresses.ts'
import type { IbexBalances } from './IbexBalances.ts'
import type { IbexTransactionsPage } from './IbexTransactions.ts'

/**
 * A section of `/users/me` that IBEx could not build, or that the kit could not read.
 *
 * @example
 * if (userData.errors.balances) showStale()
 */
export type IbexUserDataError = { status: number | undefined; message: string }

/**
 * The user's profile (`useUserData().data`), from `GET /users/me` (docs/protocol.md), the
 * `userdata` of an enriched sign-in, or the WebSocket `user_data`: the user's own key/values,
 * the sections the kit parses (addresses, balances, transactions), the others as sent, and the
 * sections that failed.
 *
 * @example
 * const { data } = useUserData()
 * data?.data.language // what useUpdateUserData stored
 */
export type IbexUserData = {
  /** Key/values written with `POST /users/me` (`private.*` keys are never returned). */
  data: Record<string, IbexJsonValue>
  addresses: IbexAddresses | undefined
  balances: IbexBalances | undefined
  /** The first page, as `/users/me` serves it (default filters). */
  transactions: IbexTransactionsPage | undefined
  /** The other sections (`signers`, `ibans`, `kycStatus`, `addressbook`, `chainid`, `lending`, `pools` …), unwrapped, as sent. */
  sections: Record<string, unknown>
  /** Sections IBEx reported as failed (`errors`), or whose shape the kit could not read. */
  errors: Record<string, IbexUserDataError>
}
