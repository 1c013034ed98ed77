import { emailOtpFormMessages } from './emailOtpFormMessages.ts'
import { otpInputMessages } from './otpInputMessages.ts'
import { passkeyButtonMessages } from './passkeyButtonMessages.ts'
import { pinPadMessages } from './pinPadMessages.ts'
import { walletButtonMessages } from './walletButtonMessages.ts'
import { walletCatalogues } from './walletCatalogues.ts'

/**
 * Every component's catalogue, by namespace: the list the completeness test walks (every
 * locale has every key, same placeholders) and the source of the `IbexMessages` type.
 * Components import their own catalogue, never this list, so an app bundles only the strings
 * it renders.
 *
 * A new component adds `src/components/internal/messages/<name>Messages.ts` (its
 * `<Name>Messages` interface and an `IbexCatalogue<<Name>Messages>` with all five locales)
 * and one line here (auth components) or in `walletCatalogues.ts` (wallet components).
 *
 * @example
 * for (const [namespace, catalogue] of Object.entries(ibexCatalogues)) check(namespace, catalogue)
 */
export const ibexCatalogues = {
  pinPad: pinPadMessages,
  otpInput: otpInputMessages,
  passkeyButton: passkeyButtonMessages,
  walletButton: walletButtonMessages,
  emailOtpForm: emailOtpFormMessages,
  ...walletCatalogues,
}
