/**
 * The limits of email and SMS verification (docs/protocol.md #16): a code lasts
 * 1 h and takes at most 5 tries; outside dry-run mode a phone gets at most 10 SMS a day.
 */
export const verificationLimits = {
  codeTtlMs: 3_600_000,
  maxAttempts: 5,
  smsPerPhonePerDay: 10,
} as const
