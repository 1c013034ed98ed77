/**
 * A verification code on its way (`useVerifyEmail` / `useVerifyPhone` first step).
 *
 * @example
 * if (sent.devCode) console.info('Dry-run code:', sent.devCode)
 */
export type IbexVerificationCodeSent = {
  step: 'code-sent'
  /** The email address or phone number the code went to, as sent. */
  target: string
  /** When the code expires, ms since the epoch (IBEx: 1 h). */
  expiresAt: number
  /**
   * The code itself, only where IBEx runs in dry-run mode (outside production, and the mock by
   * default): nothing was really sent. Never present in production.
   */
  devCode: string | undefined
}

/** A confirmed email address or phone number (`useVerifyEmail` / `useVerifyPhone` second step). */
export type IbexVerificationConfirmed = {
  step: 'verified'
  target: string
}
