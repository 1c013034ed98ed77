import type { StandardSchema } from '../core/parse/StandardSchema.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'

/** A section of `/users/me` (and of the socket's `user_data`) that one data query also serves. */
export type UserDataSectionTarget = {
  /** The section's name in the aggregate. */
  section: string
  /** The resource whose default-parameters query (`params` `{}`) reads it. */
  resource: IbexUserResource
  /** The schema of that query's endpoint, loaded on demand (the section has its body's shape). */
  schema: () => Promise<StandardSchema>
}

/**
 * The sections of the `user_data` push (docs/protocol.md) that a data hook also reads from its own
 * endpoint, each built like that endpoint (§6.1): `addressbook` → `addressBook`
 * (`useAddressBook`), `signers` → `signers` (`useSigners`), `chainid` → `userChains`
 * (`useUserChains`). Balances and transactions have their own events (`balance_data`,
 * `transaction_data`), `addresses` is served with other defaults than `useAddresses()`.
 *
 * @example
 * const target = userDataSectionTargets.find((t) => t.section === 'addressbook')
 */
export const userDataSectionTargets: readonly UserDataSectionTarget[] = [
  {
    section: 'addressbook',
    resource: 'addressBook',
    schema: () =>
      loadOnDemand(
        'The address book reader',
        () => import('../core/schemas/addressBookResponseSchema.ts'),
      ).then((module) => module.addressBookResponseSchema),
  },
  {
    section: 'signers',
    resource: 'signers',
    schema: () =>
      loadOnDemand(
        'The signers reader',
        () => import('../core/schemas/signersResponseSchema.ts'),
      ).then((module) => module.signersResponseSchema),
  },
  {
    section: 'chainid',
    resource: 'userChains',
    schema: () =>
      loadOnDemand(
        'The user chains reader',
        () => import('../core/schemas/userChainsResponseSchema.ts'),
      ).then((module) => module.userChainsResponseSchema),
  },
]
