import type { IbexCatalogue, PasskeyButtonMessages } from './IbexMessages.ts'

/**
 * Strings of PasskeyButton in every shipped language. One catalogue per component, so an app
 * bundles only the strings of the components it uses. One word per language for "passkey":
 * fr « clé d’accès », de „Passkey“, es «llave de acceso», it «passkey».
 */
export const passkeyButtonMessages: IbexCatalogue<PasskeyButtonMessages> = {
  en: {
    signUp: 'Create a passkey',
    signIn: 'Sign in with a passkey',
    signUpPending: 'Creating your passkey…',
    signInPending: 'Waiting for your passkey…',
    signUpSuccess: 'Your passkey was created.',
    signInSuccess: 'You are signed in.',
    signUpDone: 'Passkey created',
    signInDone: 'Signed in',
    error: 'The passkey did not work. Please try again.',
    cancelled: 'The passkey request was cancelled.',
    unsupported: 'This browser does not support passkeys.',
    alreadyRegistered: 'This device already has a passkey for this account. Sign in instead.',
  },
  fr: {
    signUp: 'Créer une clé d’accès',
    signIn: 'Se connecter avec une clé d’accès',
    signUpPending: 'Création de votre clé d’accès…',
    signInPending: 'En attente de votre clé d’accès…',
    signUpSuccess: 'Votre clé d’accès a été créée.',
    signInSuccess: 'Connexion réussie.',
    signUpDone: 'Clé d’accès créée',
    signInDone: 'Connecté',
    error: 'La clé d’accès n’a pas fonctionné. Veuillez réessayer.',
    cancelled: 'La demande de clé d’accès a été annulée.',
    unsupported: 'Ce navigateur ne prend pas en charge les clés d’accès.',
    alreadyRegistered: 'Cet appareil a déjà une clé d’accès pour ce compte. Connectez-vous plutôt.',
  },
  de: {
    signUp: 'Passkey erstellen',
    signIn: 'Mit Passkey anmelden',
    signUpPending: 'Ihr Passkey wird erstellt…',
    signInPending: 'Warten auf Ihren Passkey…',
    signUpSuccess: 'Ihr Passkey wurde erstellt.',
    signInSuccess: 'Sie sind angemeldet.',
    signUpDone: 'Passkey erstellt',
    signInDone: 'Angemeldet',
    error: 'Der Passkey hat nicht funktioniert. Bitte versuchen Sie es erneut.',
    cancelled: 'Die Passkey-Anfrage wurde abgebrochen.',
    unsupported: 'Dieser Browser unterstützt keine Passkeys.',
    alreadyRegistered:
      'Dieses Gerät hat bereits einen Passkey für dieses Konto. Melden Sie sich stattdessen an.',
  },
  es: {
    signUp: 'Crear una llave de acceso',
    signIn: 'Iniciar sesión con una llave de acceso',
    signUpPending: 'Creando tu llave de acceso…',
    signInPending: 'Esperando tu llave de acceso…',
    signUpSuccess: 'Se ha creado tu llave de acceso.',
    signInSuccess: 'Has iniciado sesión.',
    signUpDone: 'Llave de acceso creada',
    signInDone: 'Sesión iniciada',
    error: 'La llave de acceso no ha funcionado. Inténtalo de nuevo.',
    cancelled: 'Se ha cancelado la solicitud de llave de acceso.',
    unsupported: 'Este navegador no admite llaves de acceso.',
    alreadyRegistered:
      'Este dispositivo ya tiene una llave de acceso para esta cuenta. Inicia sesión.',
  },
  it: {
    signUp: 'Crea una passkey',
    signIn: 'Accedi con una passkey',
    signUpPending: 'Creazione della passkey…',
    signInPending: 'In attesa della passkey…',
    signUpSuccess: 'La passkey è stata creata.',
    signInSuccess: 'Accesso effettuato.',
    signUpDone: 'Passkey creata',
    signInDone: 'Accesso effettuato',
    error: 'La passkey non ha funzionato. Riprova.',
    cancelled: 'La richiesta della passkey è stata annullata.',
    unsupported: 'Questo browser non supporta le passkey.',
    alreadyRegistered: 'Questo dispositivo ha già una passkey per questo account. Accedi invece.',
  },
}
