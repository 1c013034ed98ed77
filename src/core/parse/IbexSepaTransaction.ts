/**
 * A SEPA transfer in or out of one of the user's IBANs, from `GET /v1.2/sepa/transactions`
 * (docs/protocol.md "SEPA and IBANs").
 *
 * @example
 * const incoming = transactions.filter((transaction) => transaction.type === 'SEPA_IN')
 */
export type IbexSepaTransaction = {
  id: string
  /** The user's IBAN it touches. */
  iban: string | undefined
  type: 'SEPA_IN' | 'SEPA_OUT' | (string & {})
  /** `ask`, `pending`, `completed`, `cancelled`, `failed`, `rejected`. */
  status: string | undefined
  statusCode: string | undefined
  /** Decimal string in `currency`, e.g. `"150.00"`. */
  amount: string
  currency: string
  senderIban: string | undefined
  beneficiaryIban: string | undefined
  reference: string | undefined
  createdAt: string | undefined
}

/** One page of SEPA transactions and IBEx's `pagination`. */
export type IbexSepaTransactionsPage = {
  transactions: IbexSepaTransaction[]
  pagination: { total: number; page: number; limit: number; pages: number }
}
