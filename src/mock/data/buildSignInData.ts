import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockSignInInclude, MockTenant } from '../state/MockTenant.ts'
import type { MockUser } from '../state/MockUser.ts'

/** What {@link SignInDataBuilder} gets. */
export type SignInDataInput = {
  user: MockUser
  tenant: MockTenant
  chainId: number
  include: MockSignInInclude
  /** Milliseconds since the epoch. */
  now: number
  config: MockIbexConfig
}

/** The enrichment blocks of a sign-in (only those asked for). */
export type SignInData = { balance?: unknown; transactions?: unknown; userdata?: unknown }

/**
 * Builds the `balance` / `transactions` / `userdata` blocks of an enriched sign-in (and of the
 * `asyncData` poll). Replace it with the `buildSignInData` option, or in this module, to serve
 * real wallet data.
 *
 * @example
 * createMockIbex({ buildSignInData: (input) => ({ ...buildSignInData(input), balance: myBalances }) })
 */
export type SignInDataBuilder = (input: SignInDataInput) => SignInData | Promise<SignInData>

function walletsOf(user: MockUser): Map<string, number[]> {
  const wallets = new Map<string, number[]>()
  for (const [chainId, safe] of Object.entries(user.safeAddress)) {
    wallets.set(safe, [...(wallets.get(safe) ?? []), Number(chainId)])
  }
  return wallets
}

function balancesOf(user: MockUser, timestamp: string) {
  const crypto: Record<string, Record<string, { tokens: unknown[]; pending: unknown[] }>> = {}
  for (const [chainId, safe] of Object.entries(user.safeAddress)) {
    crypto[chainId] = { [safe.toLowerCase()]: { tokens: [], pending: [] } }
  }
  const zero = '0.00'
  return {
    timestamp,
    crypto,
    fiat: {},
    totals: {
      crypto_total_value_eur: zero,
      fiat_total_value_eur: zero,
      grand_total_value_eur: zero,
      crypto_total_value_usd: zero,
      fiat_total_value_usd: zero,
      grand_total_value_usd: zero,
      conversion_rate_eur_usd: 1.1797,
    },
    prices_available: true,
  }
}

function transactionsOf(user: MockUser, timestamp: string, now: number) {
  const page = { total: 0, page: 1, limit: 50, totalPages: 0, data: [] as unknown[] }
  const transactions: Record<string, typeof page> = {}
  for (const chainId of Object.keys(user.safeAddress)) transactions[chainId] = { ...page, data: [] }
  const tomorrow = new Date(now + 86_400_000).toISOString().slice(0, 10)
  return {
    type: 'mixed',
    timestamp,
    crypto: { timestamp, prices_available: true, transactions },
    fiat: {
      ibans: [],
      ...page,
      filters: { type: null, status: null, startDate: '2025-01-01', endDate: tomorrow },
    },
  }
}

function signerOf(user: MockUser, createdAt: string, safesCount: number) {
  const type =
    user.wallet === 'passkeys' ? 'PASSKEY' : user.wallet === 'email' ? 'EMAIL_TOKEN' : 'EOA'
  const typeDescription = {
    PASSKEY: 'WebAuthn passkey credential',
    EMAIL_TOKEN: 'Email-recoverable key',
    EOA: 'Externally owned account key',
  }[type]
  return {
    id: user.signerId,
    type,
    typeDescription,
    walletMode: user.wallet === '7702' ? 'EOA_7702' : 'SAFE_4337',
    keyName: user.passkey?.keyName ?? null,
    keyDisplayName: user.passkey?.keyDisplayName ?? null,
    createdAt,
    safesCount,
  }
}

/**
 * The default {@link SignInDataBuilder}: empty but correctly shaped blocks (ibex-api.md §6.1,
 * §6.4, §6.5) over the user's Safes. Part 2 (wallet data) fills them.
 *
 * @example
 * buildSignInData({ user, tenant, chainId: 421614, include: { balance: true, transactions: false, userdata: false }, now: Date.now(), config })
 */
export function buildSignInData(input: SignInDataInput): SignInData {
  const { user, tenant, include, now } = input
  const timestamp = new Date(now).toISOString()
  const createdAt = new Date(user.createdAt).toISOString()
  const wallets = walletsOf(user)
  const balance = balancesOf(user, timestamp)
  const transactions = transactionsOf(user, timestamp, now)
  const out: SignInData = {}
  if (include.balance) out.balance = balance
  if (include.transactions) out.transactions = transactions
  if (include.userdata) {
    out.userdata = {
      addresses: {
        rpId: tenant.rpId,
        externalUserId: user.externalUserId,
        signerId: user.signerId,
        count: wallets.size,
        wallets: [...wallets].map(([safeAddress, chainIds], index) => ({
          safeAddress,
          chainIds,
          threshold: 1,
          chains: chainIds.map((chainId) => ({ chainId })),
          createdAt,
          updatedAt: createdAt,
          primary: index === 0,
          derived: { perSafe: {}, global: { eoaAddresses: user.eoaAddresses } },
        })),
      },
      balances: balance,
      ibans: { count: 0, ibans: [] },
      signers: { count: 1, signers: [signerOf(user, createdAt, wallets.size)] },
      transactions,
      kycStatus: {
        externalUserId: user.externalUserId,
        kycLevel: '0',
        status: 'not_started',
        verified: false,
      },
      addressbook: { success: true, data: [] },
    }
  }
  return out
}
