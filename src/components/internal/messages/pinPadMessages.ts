import type { IbexCatalogue, PinPadMessages } from './IbexMessages.ts'

/**
 * English and French strings of PinPad. One catalogue per component, so an app bundles
 * only the strings of the components it uses.
 */
export const pinPadMessages: IbexCatalogue<PinPadMessages> = {
  en: {
    label: 'PIN',
    confirmLabel: 'Confirm PIN',
    digit: 'Digit {digit}',
    delete: 'Delete',
    submit: 'Submit',
    reveal: 'Show PIN',
    digitsEntered: '{count} of {length} digits entered',
    confirmPrompt: 'Enter the same PIN again to confirm it.',
    mismatch: 'The PINs do not match. Please start again.',
    error: 'Incorrect PIN.',
    pending: 'Checking the PIN…',
    throttled: 'Too many attempts. Try again in {seconds} s.',
    retryReady: 'You can try again now.',
  },
  fr: {
    label: 'Code PIN',
    confirmLabel: 'Confirmez le code PIN',
    digit: 'Chiffre {digit}',
    delete: 'Effacer',
    submit: 'Valider',
    reveal: 'Afficher le code PIN',
    digitsEntered: 'Chiffres saisis : {count} sur {length}',
    confirmPrompt: 'Saisissez à nouveau le même code PIN pour le confirmer.',
    mismatch: 'Les codes PIN ne correspondent pas. Veuillez recommencer.',
    error: 'Code PIN incorrect.',
    pending: 'Vérification du code PIN…',
    throttled: 'Trop de tentatives. Réessayez dans {seconds} s.',
    retryReady: 'Vous pouvez réessayer.',
  },
}
