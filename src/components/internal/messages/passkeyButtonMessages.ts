import type { IbexCatalogue, PasskeyButtonMessages } from './IbexMessages.ts'

/**
 * English and French strings of PasskeyButton. One catalogue per component, so an app bundles
 * only the strings of the components it uses.
 */
export const passkeyButtonMessages: IbexCatalogue<PasskeyButtonMessages> = {
  en: {
    signUp: 'Create a passkey',
    signIn: 'Sign in with a passkey',
    signUpPending: 'Creating your passkey…',
    signInPending: 'Waiting for your passkey…',
    signUpSuccess: 'Your passkey was created.',
    signInSuccess: 'You are signed in.',
    error: 'The passkey did not work. Please try again.',
    cancelled: 'The passkey request was cancelled.',
    unsupported: 'This browser does not support passkeys.',
  },
  fr: {
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
