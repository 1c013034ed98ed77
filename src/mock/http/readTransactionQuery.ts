import { isAddress, isHex } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { queryEnum, queryFlag, queryInteger } from './queryParams.ts'
import { defaultTransactionQuery } from '../views/defaultTransactionQuery.ts'
import type { TransactionQuery } from '../views/TransactionQuery.ts'

function date(url: URL, key: string, fallback: string): string {
  const value = url.searchParams.get(key)
  if (value === null || value === '') return fallback
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new MockHttpError('VALIDATION', `${key} must be a date YYYY-MM-DD`)
  }
  return value
}

/**
 * The documented filters of a transactions read (HTTP query, or the WebSocket's `params`), with IBEx's
 * defaults; a malformed one is 400 VALIDATION.
 *
 * @example
 * const query = readTransactionQuery(ctx.url, ctx.now())
 */
export function readTransactionQuery(url: URL, now: number): TransactionQuery {
  const defaults = defaultTransactionQuery(now)
  const tokenAddress = url.searchParams.get('tokenAddress') || undefined
  if (tokenAddress !== undefined && !isAddress(tokenAddress, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'tokenAddress must be an address')
  }
  const hash = url.searchParams.get('hash') || undefined
  if (hash !== undefined && !isHex(hash))
    throw new MockHttpError('VALIDATION', 'hash must be 0x-hex')
  const query: TransactionQuery = {
    startDate: date(url, 'startDate', defaults.startDate),
    endDate: date(url, 'endDate', defaults.endDate),
    direction: queryEnum(url, 'direction', ['IN', 'OUT']),
    tokenType: queryEnum(url, 'tokenType', ['ERC20', 'ERC721', 'ERC1155', 'NATIVE']),
    tokenAddress,
    hash,
    page: queryInteger(url, 'page', { min: 1, max: 1_000_000, fallback: defaults.page }),
    limit: queryInteger(url, 'limit', { min: 1, max: 500, fallback: defaults.limit }),
    includePrices: queryFlag(url, 'includePrices', defaults.includePrices),
  }
  if (query.endDate < query.startDate) {
    throw new MockHttpError('VALIDATION', 'endDate is before startDate')
  }
  return query
}
