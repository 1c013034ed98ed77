import type { IbexMessages } from './IbexMessages.ts'

/** French strings of every component. */
export const fr: IbexMessages = {
  pinPad: {
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
  },
  otpInput: {
    label: 'Code de vérification',
    error: 'Code incorrect.',
  },
  passkeyButton: {
    signUp: 'Créer une clé d’accès',
    signIn: 'Se connecter avec une clé d’accès',
    signUpPending: 'Création de votre clé d’accès…',
    signInPending: 'En attente de votre clé d’accès…',
    signUpSuccess: 'Votre clé d’accès a été créée.',
    signInSuccess: 'Connexion réussie.',
    error: 'La clé d’accès n’a pas fonctionné. Veuillez réessayer.',
    cancelled: 'La demande de clé d’accès a été annulée.',
    unsupported: 'Ce navigateur ne prend pas en charge les clés d’accès.',
  },
}
