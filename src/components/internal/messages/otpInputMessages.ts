import type { IbexCatalogue, OtpInputMessages } from './IbexMessages.ts'

/**
 * Strings of OtpInput in every shipped language. One catalogue per component, so an app bundles
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
  de: {
    label: 'Bestätigungscode',
    error: 'Falscher Code.',
  },
  es: {
    label: 'Código de verificación',
    error: 'Código incorrecto.',
  },
  it: {
    label: 'Codice di verifica',
    error: 'Codice errato.',
  },
}
