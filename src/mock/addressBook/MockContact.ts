import type { Address } from 'viem'

/**
 * An address-book entry as the mock keeps it ; `deleted` is IBEx's tombstone.
 *
 * @example
 * const contact: MockContact = { id, name: 'Ada', label: null, userValidated: false, crypto: [], ibans: [], createdAt, updatedAt }
 */
export type MockContact = {
  id: string
  name: string
  label: string | null
  userValidated: boolean
  crypto: { chainId: string; address: Address }[]
  ibans: {
    iban: string
    bic: string
    holderName: string
    vop: true
    vopResult: 'MTCH'
    matchedName: string
    respondingPspBic: string
    verifiedAt: string
    createdAt: string
  }[]
  createdAt: string
  updatedAt: string
  deleted?: boolean
}
