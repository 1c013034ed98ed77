import type { IbexMessages } from './IbexMessages.ts'
import { pinPadMessages } from './pinPadMessages.ts'
import { otpInputMessages } from './otpInputMessages.ts'
import { passkeyButtonMessages } from './passkeyButtonMessages.ts'
import { walletButtonMessages } from './walletButtonMessages.ts'
import { emailOtpFormMessages } from './emailOtpFormMessages.ts'

/** English strings of every component (for docs and tests; components import their own catalogue). */
export const en: IbexMessages = {
  pinPad: pinPadMessages.en,
  otpInput: otpInputMessages.en,
  passkeyButton: passkeyButtonMessages.en,
  walletButton: walletButtonMessages.en,
  emailOtpForm: emailOtpFormMessages.en,
}
