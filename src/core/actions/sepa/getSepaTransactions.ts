import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../../errors/IbexValidationError.ts'
import type { IbexSepaTransactionsPage } from '../../parse/IbexSepaTransaction.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { parseIbanInput } from '../addressBook/parseIbanInput.ts'

/** Filters and page of `GET /v1.2/sepa/transactions` (all optional). */
export type SepaTransactionFilters = {
  /** One of the user's IBANs (another is IBEx's 403). */
  iban?: string | undefined
  type?: 'SEPA_IN' | 'SEPA_OUT' | undefined
  status?: 'ask' | 'pending' | 'completed' | 'cancelled' | 'failed' | 'rejected' | undefined
  statusCode?: string | undefined
  /** Free text over references and names. */
  search?: string | undefined
  /** From 1. */
  page?: number | undefined
  /** 1–200; IBEx's default 20. */
  limit?: number | undefined
}

export type GetSepaTransactionsReturnType = IbexSepaTransactionsPage

const TYPES = ['SEPA_IN', 'SEPA_OUT']
const STATUSES = ['ask', 'pending', 'completed', 'cancelled', 'failed', 'rejected']

function refuse(code: IbexValidationErrorCode, field: string, message: string): never {
  throw new IbexValidationError({ code, field, message })
}

/**
 * `GET /v1.2/sepa/transactions` (docs/protocol.md "SEPA and IBANs"): one page of the SEPA transfers
 * in and out of the user's IBANs, newest first, with IBEx's `pagination`. Filters are checked
 * before any request: the IBAN (mod-97), `type`, `status`, `page` ≥ 1 and `limit` 1–200.
 *
 * @endpoint GET /v1.2/sepa/transactions
 * @example
 * const { transactions, pagination } = await getSepaTransactions(client, { type: 'SEPA_OUT', page: 1 })
 */
export function getSepaTransactions(
  client: IbexClient,
  filters: SepaTransactionFilters = {},
  options: IbexActionOptions = {},
): Promise<GetSepaTransactionsReturnType> {
  const { type, status, statusCode, search, page, limit } = filters
  const iban = filters.iban === undefined ? undefined : parseIbanInput(filters.iban, 'iban')
  if (type !== undefined && !TYPES.includes(type)) {
    refuse('validation/type-invalid', 'type', '`type` must be `SEPA_IN` or `SEPA_OUT`.')
  }
  if (status !== undefined && !STATUSES.includes(status)) {
    refuse(
      'validation/status-invalid',
      'status',
      `\`status\` must be one of ${STATUSES.join(', ')}.`,
    )
  }
  if (page !== undefined && !(Number.isSafeInteger(page) && page >= 1)) {
    refuse('validation/page-invalid', 'page', '`page` must be a whole number from 1.')
  }
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1 && limit <= 200)) {
    refuse('validation/limit-invalid', 'limit', '`limit` must be a whole number from 1 to 200.')
  }
  return client.request({
    path: '/v1.2/sepa/transactions',
    query: { iban, type, status, statusCode, search: search?.trim() || undefined, page, limit },
    schema: () =>
      loadOnDemand(
        'The SEPA transactions reader',
        () => import('../../schemas/sepaTransactionsResponseSchema.ts'),
      ).then((module) => module.sepaTransactionsResponseSchema),
    signal: options.signal,
  })
}
