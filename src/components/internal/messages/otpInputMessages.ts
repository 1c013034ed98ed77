import type { IbexCatalogue, OtpInputMessages } from './IbexMessages.ts'

/**
 * English and French strings of OtpInput. One catalogue per component, so an app bundles
 * only the strings of the components it uses.
 */
export const otpInputMessages: IbexCatalogue<OtpInputMessages> = {
  en: {
    label: 'Verification code',
    error: 'Incorrect code.',
  },
  fr: {
    label: 'Code de vérification',
    error: 'Code incorrect.',
  },
}
