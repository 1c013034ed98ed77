import { getAddress, type Address } from 'viem'
import { faucetAddress } from './faucetAddress.ts'
import type { MockToken, MockTokenType } from './MockToken.ts'

/** The sentinel IBEx accepts (with the zero address) for a chain's native coin. */
export const nativeTokenAddress: Address = '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE'

/** EUR → USD rate of every mock price (the `conversion_rate_eur_usd` of docs/protocol.md). */
export const eurUsdRate = 1.1797

type Row = [
  address: Address,
  symbol: string,
  name: string,
  decimals: number,
  type: MockTokenType,
  priceEur: number,
]

const faucet = (
  prefix: string,
  suffix: string,
  symbol: string,
  decimals: number,
  type: MockTokenType,
  priceEur: number,
): Row => [
  faucetAddress(prefix, suffix, symbol),
  symbol,
  `${symbol} faucet token`,
  decimals,
  type,
  priceEur,
]

// Testnet faucet tokens of docs/protocol.md (prefix/suffix as documented, middle filled in).
const arbitrumSepolia: Row[] = [
  faucet('0x18e632ae', '58cc', 'EUR-IBEX', 18, 'STABLECOIN_EUR', 1),
  faucet('0x5a0fc8a0', '8f4d', 'USD-IBEX', 18, 'STABLECOIN_USD', 1 / eurUsdRate),
  faucet('0xcef99a37', '592d', 'GBP-IBEX', 18, 'STABLECOIN_GBP', 1.17),
  faucet('0x69ebf051', '7a40', 'CHF-IBEX', 18, 'STABLECOIN_CHF', 1.06),
  faucet('0xb21ef114', '7637', 'BTC-IBEX', 8, 'TEST', 90_000),
  faucet('0x12bfd5e8', 'c12d', 'ETH-IBEX', 18, 'TEST', 3_000),
  faucet('0xd04041a2', 'c6f7', 'XAU-IBEX', 18, 'TEST', 3_500),
  faucet('0x9f52564b', 'de86', 'JPY-IBEX', 18, 'TEST', 0.0058),
  faucet('0x551acb89', '4ac3', 'CAD-IBEX', 18, 'TEST', 0.62),
  faucet('0x878fc558', 'f791', 'AUD-IBEX', 18, 'TEST', 0.57),
  [nativeTokenAddress, 'ETH', 'Ether', 18, 'GAS', 3_000],
]

const gnosis: Row[] = [
  [
    getAddress('0x420ca0f9b9b604ce0fd9c18ef134c705e5fa3430'),
    'EURe',
    'Monerium EURe',
    18,
    'STABLECOIN_EUR',
    1,
  ],
  [nativeTokenAddress, 'XDAI', 'xDai', 18, 'GAS', 1 / eurUsdRate],
]

const base: Row[] = [
  [
    getAddress('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'),
    'USDC',
    'USD Coin',
    6,
    'STABLECOIN_USD',
    1 / eurUsdRate,
  ],
  [nativeTokenAddress, 'ETH', 'Ether', 18, 'GAS', 3_000],
]

/** Prices as a price feed shows them: 6 significant decimals at most. */
const round = (price: number) => Number(price.toFixed(6))

const secondaryAddresses: Record<string, Address> = {
  '100:EURe': getAddress('0xcb444e90d8198415266c6a2724b7900fb12fc56e'),
}

const rows: [number, Row[]][] = [
  [421614, arbitrumSepolia],
  [100, gnosis],
  [8453, base],
]

/**
 * Every token the mock monitors: IBEx's testnet faucet tokens and ETH on 421614, EURe and xDai on
 * Gnosis, USDC and ETH on Base. Prices are fixed (`FAUCET_PRICE` on the testnet).
 *
 * @example
 * mockTokens.filter((token) => token.chainId === 421614).map((token) => token.symbol)
 */
export const mockTokens: readonly MockToken[] = rows.flatMap(([chainId, list]) =>
  list.map(([address, symbol, name, decimals, type, priceEur], index): MockToken => {
    const stableUsd = type === 'STABLECOIN_USD'
    return {
      id: chainId * 100 + index + 1,
      chainId,
      address,
      secondaryAddress: secondaryAddresses[`${chainId}:${symbol}`] ?? null,
      symbol,
      name,
      decimals,
      type,
      tokenType: address === nativeTokenAddress ? 'NATIVE' : 'ERC20',
      priceEur: round(priceEur),
      priceUsd: stableUsd ? 1 : round(priceEur * eurUsdRate),
      priceSource: chainId === 421614 ? 'FAUCET_PRICE' : 'coinbase',
    }
  }),
)
