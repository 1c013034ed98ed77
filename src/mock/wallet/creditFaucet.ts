import { formatUnits, getAddress, isAddress, type Address } from 'viem'
import { randomHash } from '../crypto/randomHash.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import { parseAmount } from '../operations/parseAmount.ts'
import type { MockState } from '../state/MockState.ts'
import { balanceOf } from './balanceOf.ts'
import { commitLedgerDraft } from './commitLedgerDraft.ts'
import { findToken } from './findToken.ts'
import { openLedgerDraft } from './openLedgerDraft.ts'
import { mockFaucetAddress } from './systemAddresses.ts'
import { mockTokens } from './tokenCatalog.ts'

/**
 * A faucet credit: `address` (any Safe or address), `amount` (human), `token` (symbol or
 * address; default the chain's first catalogue token, EUR-IBEX on 421614), `chainId` (default
 * the default chain).
 *
 * @example
 * const request: MockFaucetRequest = { address: safe, token: 'USD-IBEX', amount: '50' }
 */
export type MockFaucetRequest = {
  address: string
  amount: string
  token?: string | undefined
  chainId?: number | undefined
}

/** What a faucet credit did. */
export type MockFaucetResult = {
  address: Address
  chainId: number
  tokenAddress: Address
  symbol: string
  /** Human units. */
  amount: string
  /** The new balance, human units. */
  balance: string
}

/**
 * Credits funds from the mock faucet (`POST /__mock/faucet`, `mock.faucet()`), as a faucet
 * transfer the WebSocket reports like any other; 400 VALIDATION on bad input.
 *
 * @example
 * creditFaucet(mock.state, mock.config, { address: safe, amount: '25' }, mock.now())
 */
export function creditFaucet(
  state: MockState,
  config: MockIbexConfig,
  request: MockFaucetRequest,
  now: number,
): MockFaucetResult {
  const chainId = request.chainId ?? config.defaultChainId
  if (!config.chainIds.includes(chainId)) {
    throw new MockHttpError('VALIDATION', `chainId ${chainId} is not served by this mock`)
  }
  if (typeof request.address !== 'string' || !isAddress(request.address, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'address must be an address (0x + 40 hex)')
  }
  const address = getAddress(request.address)
  const token =
    request.token === undefined
      ? mockTokens.find((candidate) => candidate.chainId === chainId)
      : findToken(chainId, request.token)
  if (!token) {
    throw new MockHttpError('VALIDATION', `No token ${String(request.token)} on chain ${chainId}`)
  }
  const amount = parseAmount(request.amount, token.decimals, 'amount')
  const draft = openLedgerDraft(state.ledger)
  draft.move({ token, from: mockFaucetAddress, to: address, amount }, 'faucet')
  commitLedgerDraft(state, draft, { now, hash: randomHash(state.random) })
  return {
    address,
    chainId,
    tokenAddress: token.address,
    symbol: token.symbol,
    amount: formatUnits(amount, token.decimals),
    balance: formatUnits(balanceOf(state.ledger, address, token), token.decimals),
  }
}
