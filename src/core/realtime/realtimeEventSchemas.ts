import * as v from 'valibot'

const text = v.optional(v.string())
const nullableText = v.nullish(v.string())
/** IBEx amounts arrive as strings (base units or decimals); a number is taken as its string. */
const amount = v.pipe(v.union([v.string(), v.number()]), v.transform(String))
const record = v.record(v.string(), v.unknown())
const connected = v.looseObject({ safeAddress: nullableText, message: text })

/**
 * The `data` of each server → client event of `/ws` (docs/protocol.md), checked only for the
 * fields the kit reads (every other field passes through). An event whose data fails its schema
 * is dropped; a `type` missing from this map is ignored.
 *
 * @example
 * v.safeParse(realtimeEventSchemas.balance_update, envelope.data)
 */
export const realtimeEventSchemas = {
  auth_success: connected,
  /** The legacy copy of `auth_success`. */
  connection_success: connected,
  auth_error: v.looseObject({
    message: text,
    /** `auth_process` or `duplicate_session`. */
    context: text,
    /** `TOKEN_EXPIRED`, `ALREADY_CONNECTED`, … */
    error_code: text,
    existingConnectionId: text,
  }),
  /** `mode: "initial"` carries `balance` (the REST envelope); `mode: "request"` spreads it. */
  balance_data: v.looseObject({
    mode: text,
    safeAddress: nullableText,
    requestId: v.optional(v.unknown()),
    balance: v.optional(record),
  }),
  /** `mode: "initial"` carries `transactions` (the REST envelope); `mode: "request"` spreads it. */
  transaction_data: v.looseObject({
    mode: text,
    safeAddress: nullableText,
    requestId: v.optional(v.unknown()),
    transactions: v.optional(record),
  }),
  chainid_data: v.looseObject({
    defaultChainId: v.optional(v.number()),
    supportedChainIds: v.optional(v.array(v.number())),
  }),
  recovery_data: v.looseObject({
    safeAddress: nullableText,
    recoveryEnabled: v.optional(v.boolean()),
    pendingRecovery: v.optional(v.boolean()),
    canExecute: v.optional(v.boolean()),
  }),
  /** The `/users/me` aggregate with each section wrapped `{ status, data }` (read by `parseUserData`). */
  user_data: record,
  /** `balance` in base units. IBEx sends no token; the mock adds `blockchainId` … `decimals`. */
  balance_update: v.looseObject({
    address: v.string(),
    balance: amount,
    updated_at: text,
    blockchainId: v.optional(amount),
    tokenAddress: text,
    symbol: text,
    decimals: v.optional(v.number()),
  }),
  new_transaction: v.looseObject({
    address: v.string(),
    newTransaction: v.looseObject({
      hash: v.string(),
      blockNumber: v.optional(v.number()),
      timestamp: text,
      from: text,
      to: text,
      tokenAddress: text,
      tokenType: text,
      tokenSymbol: text,
      /** Human units (`"100.0"`). */
      value: v.optional(amount),
      direction: text,
    }),
    recentTransactions: v.optional(v.array(record)),
    transactionCount: v.optional(v.number()),
    historyLimit: v.optional(v.number()),
  }),
  fiat_balance_update: v.looseObject({
    iban: v.string(),
    balance: amount,
    currency: text,
    updated_at: text,
    externalUserId: text,
  }),
  fiat_transaction_update: v.looseObject({
    iban: v.string(),
    transactionId: v.optional(amount),
    event: text,
    status: text,
    previousStatus: nullableText,
    amount: v.optional(amount),
    currency: text,
    externalUserId: text,
  }),
  /** A refresh signal: the user's IBANs changed. */
  user_iban_updated: record,
  /** A refresh signal: the user's KYC/KYB state changed. */
  user_ky_updated: record,
  error: v.looseObject({
    message: text,
    /** `balance`, `transactions`, `message_handler`, `parsing`. */
    context: text,
    error_code: text,
  }),
  /** Flat on the wire (not inside `data`); the kit moves its fields into `data`. */
  maintenance: v.looseObject({
    service: text,
    active: v.boolean(),
    since: nullableText,
    endedAt: nullableText,
    message: nullableText,
  }),
} as const
