import type { Address } from 'viem'
import type { IbexDefiProvider } from './IbexVault.ts'

/**
 * One DeFi position of a wallet: an Aave supply, a Morpho vault deposit, Hyperliquid funds.
 *
 * @example
 * positions.map((p) => `${p.balance} ${p.token.symbol} in ${p.name ?? p.provider}`)
 */
export type IbexPosition = {
  chainId: number
  wallet: Address
  provider: IbexDefiProvider
  /** The pool or vault (`vaultAddress`/`poolAddress` of a withdrawal), when known. */
  poolAddress: Address | undefined
  vaultId: string | undefined
  name: string | undefined
  token: { address: Address | undefined; symbol: string | undefined; decimals: number | undefined }
  /** What the position is worth now, human decimal string. */
  balance: string
  /** What was supplied (pools data only). */
  baseBalance: string | undefined
  gain: string | undefined
  gainPct: number | undefined
  apy: number | undefined
  /** `SUPPLY`, `VAULT`, `WALLET` … (pools data only). */
  method: string | undefined
}

/**
 * The user's DeFi positions (`usePositions().data`) and where they came from:
 * `GET /users/me/lending?userScoped=true` (newer IBEx) or `GET /users/me/pools` (the fallback).
 *
 * @example
 * const { data } = usePositions()
 * data?.positions.filter((position) => position.provider === 'MORPHO')
 */
export type IbexPositions = { source: 'lending' | 'pools'; positions: IbexPosition[] }
