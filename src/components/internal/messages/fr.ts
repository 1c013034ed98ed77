import type { IbexMessages } from './IbexMessages.ts'
import { pinPadMessages } from './pinPadMessages.ts'
import { otpInputMessages } from './otpInputMessages.ts'
import { passkeyButtonMessages } from './passkeyButtonMessages.ts'
import { walletButtonMessages } from './walletButtonMessages.ts'
import { emailOtpFormMessages } from './emailOtpFormMessages.ts'

/** French strings of every component (for docs and tests; components import their own catalogue). */
export const fr: IbexMessages = {
  pinPad: pinPadMessages.fr,
  otpInput: otpInputMessages.fr,
  passkeyButton: passkeyButtonMessages.fr,
  walletButton: walletButtonMessages.fr,
  emailOtpForm: emailOtpFormMessages.fr,
}
