import type { Address } from 'viem'

/**
 * An IBAN of the user's Safe (`useIbans().data` items), from `GET /v1.2/sepa/iban`
 * (docs/protocol.md "SEPA and IBANs"): the account a Safe receives and sends SEPA payments with.
 *
 * @example
 * const main = ibans.find((iban) => iban.status === 'active')?.iban
 */
export type IbexIban = {
  id: string | undefined
  /** Compact and upper case: `FR7630006000011234567890189`. */
  iban: string
  /** Grouped by four for display, as IBEx formats it. */
  formatted: string | undefined
  bic: string | undefined
  holderName: string | undefined
  label: string | undefined
  /** `active` once usable. */
  status: string | undefined
  safeAddress: Address | undefined
  chainId: number | undefined
}
