import type { MockIbexConfig } from '../../MockIbexOptions.ts'
import type { MockOtp } from '../../state/MockTenant.ts'

/** `emailOtpExpiresAt`, plus `emailOtp` only when the mock plays a test environment. */
export function otpResponseFields(otp: MockOtp, config: MockIbexConfig): Record<string, string> {
  return {
    emailOtpExpiresAt: new Date(otp.expiresAt).toISOString(),
    ...(config.returnOtpInResponse ? { emailOtp: otp.code } : {}),
  }
}
