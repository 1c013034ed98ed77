'use client'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import type { EmailOtpFormMessages, IbexLocale } from '../internal/messages/IbexMessages.ts'
import { emailOtpFormMessages } from '../internal/messages/emailOtpFormMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'

/**
 * The strings of `EmailOtpForm` and its steps: the `locale` prop, else `<IbexProvider locale>`,
 * else English, with the app's overrides on top. Also returns the locale chosen, for the parts
 * (`OtpInput`) that resolve their own strings.
 *
 * @example
 * const { locale, messages } = useEmailOtpFormMessages(props.locale, props.messages)
 */
export function useEmailOtpFormMessages(
  locale: IbexLocale | undefined,
  overrides: Partial<EmailOtpFormMessages> | undefined,
): { locale: IbexLocale | undefined; messages: EmailOtpFormMessages } {
  const providerLocale = useIbexLocale()
  const resolved = locale ?? providerLocale
  return { locale: resolved, messages: resolveMessages(emailOtpFormMessages, resolved, overrides) }
}
