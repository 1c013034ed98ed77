import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { accountMenuMessages } from '../../src/components/internal/messages/accountMenuMessages.ts'
import { emailOtpFormMessages } from '../../src/components/internal/messages/emailOtpFormMessages.ts'
import { formatMessage } from '../../src/components/internal/messages/formatMessage.ts'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'
import { otpInputMessages } from '../../src/components/internal/messages/otpInputMessages.ts'
import { passkeyButtonMessages } from '../../src/components/internal/messages/passkeyButtonMessages.ts'
import { pinPadMessages } from '../../src/components/internal/messages/pinPadMessages.ts'
import { walletButtonMessages } from '../../src/components/internal/messages/walletButtonMessages.ts'
import { signInMessages } from '../../src/components/internal/messages/signInMessages.ts'

/**
 * The locale of the Locale toolbar (English when unset or unknown).
 *
 * @example
 * const locale = storyLocale(context.globals)
 */
export function storyLocale(globals: Record<string, unknown>): IbexLocale {
  return ibexLocales.find((locale) => locale === globals.locale) ?? 'en'
}

/**
 * The active catalogue, for play functions that find elements by role and the name the user
 * sees in any language: `t.passkey.signIn`, `t.digit('7')`…
 *
 * @example
 * play: async ({ canvasElement, globals }) => {
 *   const t = storyMessages(globals)
 *   await userEvent.click(within(canvasElement).getByRole('button', { name: t.passkey.signUp }))
 * }
 */
export function storyMessages(globals: Record<string, unknown>) {
  const locale = storyLocale(globals)
  return {
    locale,
    signIn: signInMessages[locale],
    passkey: passkeyButtonMessages[locale],
    pin: pinPadMessages[locale],
    otp: otpInputMessages[locale],
    email: emailOtpFormMessages[locale],
    account: accountMenuMessages[locale],
    wallet: walletButtonMessages[locale],
    /** Name of a PinPad digit key. */
    digit: (digit: string) => formatMessage(pinPadMessages[locale].digit, { digit }),
    /** PinPad's progress announcement. */
    digitsEntered: (count: number, length = 6) =>
      formatMessage(pinPadMessages[locale].digitsEntered, { count, length }),
    /** Name of the AccountMenu trigger, as a pattern (the address varies). */
    accountTrigger: new RegExp(
      `^${accountMenuMessages[locale].trigger.replace('{address}', '0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}')}$`,
    ),
  }
}

/**
 * A message with placeholders as an exact pattern: each `{name}` matches `values[name]` (a
 * regular-expression source), the rest literally.
 *
 * @example
 * messagePattern(t.pin.throttled, { seconds: '[1-3]' }) // /^Too many attempts\. Try again in [1-3] s\.$/
 */
export function messagePattern(template: string, values: Record<string, string>): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      return name !== undefined && values[name] !== undefined
        ? values[name]
        : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`)
}
