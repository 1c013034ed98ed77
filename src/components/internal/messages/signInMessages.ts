import type { IbexCatalogue } from './IbexMessages.ts'

/**
 * Strings of `SignIn` and `SignUp` (one card, two modes). The methods' own strings come from
 * their components (`passkeyButton`, `pinPad`, `emailOtpForm`, `walletButton`).
 *
 * @example
 * <SignIn messages={{ signInTitle: 'Welcome to Acme' } satisfies Partial<SignInMessages>} />
 */
export interface SignInMessages {
  /** Title of the sign-in card. */
  signInTitle: string
  /** Line under the sign-in title. */
  signInSubtitle: string
  /** Title of the sign-up card. */
  signUpTitle: string
  /** Line under the sign-up title. */
  signUpSubtitle: string
  /** Accessible name of the list of methods. */
  methodsLabel: string
  /** Between the passkey and the other methods. */
  divider: string
  /** Button that opens the PIN method. */
  methodPin: string
  /** Button that opens the email method. */
  methodEmail: string
  /** Button that opens the wallet method. */
  methodWallet: string
  /** Badge on the method the returning user used last. */
  lastUsed: string
  /** Button back to the list of methods, sign-in. */
  backSignIn: string
  /** Button back to the list of methods, sign-up. */
  backSignUp: string
  /** Label of the field that offers saved passkeys in autofill. */
  autofillLabel: string
  /** Help under that field. */
  autofillHint: string
  /** Submit of that field (continues with email). */
  autofillSubmit: string
  /** The device has no built-in authenticator (passkeys still work from a phone or a key). */
  noPlatformAuthenticator: string
  /** The browser has no passkey support at all. */
  noPasskeys: string
  /** Heading of the PIN step, sign-in. */
  pinSignInTitle: string
  /** Heading of the PIN step, sign-up. */
  pinSignUpTitle: string
  /** Help of the PIN step, sign-up. */
  pinSignUpHint: string
  /** Shown while a method's code loads. */
  loading: string
  /** Shown (and announced) once signed in. */
  signedIn: string
  /** Shown (and announced) once the account is created. */
  signedUp: string
  /** Footer of the sign-in card, before the link. */
  switchToSignUpPrompt: string
  /** Footer link to the sign-up. */
  switchToSignUp: string
  /** Footer of the sign-up card, before the link. */
  switchToSignInPrompt: string
  /** Footer link to the sign-in. */
  switchToSignIn: string
  /** `validation/pin-wrong`. */
  errorPinWrong: string
  /** PIN sign-in on a device where nobody signed in with a PIN (`validation/user-unknown`). */
  errorPinNoAccount: string
  /** `http/not-found` at sign-in. */
  errorAccountUnknown: string
  /** `http/conflict` at sign-up. */
  errorAccountExists: string
  /** `http/rate-limited`. */
  errorRateLimited: string
  /** `http/maintenance`. */
  errorMaintenance: string
  /** `network/failed`, `network/timeout`. */
  errorNetwork: string
  /** Any other failure. */
  errorGeneric: string
}

/** `SignIn` and `SignUp` strings in every shipped language. */
export const signInMessages: IbexCatalogue<SignInMessages> = {
  en: {
    signInTitle: 'Sign in',
    signInSubtitle: 'Welcome back. Choose how to continue.',
    signUpTitle: 'Create your account',
    signUpSubtitle: 'Your wallet is created in seconds, with no recovery phrase to write down.',
    methodsLabel: 'Ways to continue',
    divider: 'or',
    methodPin: 'Continue with a PIN',
    methodEmail: 'Continue with email',
    methodWallet: 'Continue with a wallet',
    lastUsed: 'Last used',
    backSignIn: 'Other ways to sign in',
    backSignUp: 'Other ways to sign up',
    autofillLabel: 'Email address',
    autofillHint: 'Your saved passkeys appear as suggestions in this field.',
    autofillSubmit: 'Continue',
    noPlatformAuthenticator:
      'This device has no built-in passkey support. You can still use a passkey on your phone or a security key.',
    noPasskeys: 'This browser does not support passkeys. Choose another way below.',
    pinSignInTitle: 'Enter your PIN',
    pinSignUpTitle: 'Choose a PIN',
    pinSignUpHint: 'You will type it twice. It unlocks your wallet on this device.',
    loading: 'Loading…',
    signedIn: 'You are signed in.',
    signedUp: 'Your account is ready.',
    switchToSignUpPrompt: 'No account yet?',
    switchToSignUp: 'Sign up',
    switchToSignInPrompt: 'Already have an account?',
    switchToSignIn: 'Sign in',
    errorPinWrong: 'Incorrect PIN. Try again.',
    errorPinNoAccount:
      'Nobody has used a PIN on this device yet. Sign up, or choose another way to sign in.',
    errorAccountUnknown: 'No account was found. Check the method you chose, or sign up.',
    errorAccountExists: 'This account already exists. Sign in instead.',
    errorRateLimited: 'Too many attempts. Wait a moment, then try again.',
    errorMaintenance: 'The service is under maintenance. Try again in a few minutes.',
    errorNetwork: 'The service could not be reached. Check your connection and try again.',
    errorGeneric: 'Something went wrong. Please try again.',
  },
  fr: {
    signInTitle: 'Connexion',
    signInSubtitle: 'Bon retour parmi nous. Choisissez comment continuer.',
    signUpTitle: 'Créer votre compte',
    signUpSubtitle:
      'Votre portefeuille est créé en quelques secondes, sans phrase de récupération à noter.',
    methodsLabel: 'Façons de continuer',
    divider: 'ou',
    methodPin: 'Continuer avec un code PIN',
    methodEmail: 'Continuer par e-mail',
    methodWallet: 'Continuer avec un portefeuille',
    lastUsed: 'Dernière utilisée',
    backSignIn: 'Autres moyens de connexion',
    backSignUp: 'Autres moyens d’inscription',
    autofillLabel: 'Adresse e-mail',
    autofillHint: 'Vos clés d’accès enregistrées apparaissent en suggestion dans ce champ.',
    autofillSubmit: 'Continuer',
    noPlatformAuthenticator:
      'Cet appareil ne gère pas les clés d’accès. Vous pouvez utiliser celle de votre téléphone ou une clé de sécurité.',
    noPasskeys:
      'Ce navigateur ne prend pas en charge les clés d’accès. Choisissez un autre moyen ci-dessous.',
    pinSignInTitle: 'Saisissez votre code PIN',
    pinSignUpTitle: 'Choisissez un code PIN',
    pinSignUpHint:
      'Vous le saisirez deux fois. Il déverrouille votre portefeuille sur cet appareil.',
    loading: 'Chargement…',
    signedIn: 'Connexion réussie.',
    signedUp: 'Votre compte est prêt.',
    switchToSignUpPrompt: 'Pas encore de compte ?',
    switchToSignUp: 'S’inscrire',
    switchToSignInPrompt: 'Vous avez déjà un compte ?',
    switchToSignIn: 'Se connecter',
    errorPinWrong: 'Code PIN incorrect. Réessayez.',
    errorPinNoAccount:
      'Aucun code PIN n’a encore été utilisé sur cet appareil. Inscrivez-vous ou choisissez un autre moyen de connexion.',
    errorAccountUnknown: 'Aucun compte trouvé. Vérifiez le moyen choisi ou inscrivez-vous.',
    errorAccountExists: 'Ce compte existe déjà. Connectez-vous plutôt.',
    errorRateLimited: 'Trop de tentatives. Patientez un instant, puis réessayez.',
    errorMaintenance: 'Le service est en maintenance. Réessayez dans quelques minutes.',
    errorNetwork: 'Impossible de joindre le service. Vérifiez votre connexion et réessayez.',
    errorGeneric: 'Une erreur est survenue. Veuillez réessayer.',
  },
  de: {
    signInTitle: 'Anmelden',
    signInSubtitle: 'Willkommen zurück. Wählen Sie, wie Sie fortfahren möchten.',
    signUpTitle: 'Konto erstellen',
    signUpSubtitle:
      'Ihre Wallet ist in Sekunden erstellt – ohne Wiederherstellungsphrase zum Aufschreiben.',
    methodsLabel: 'Möglichkeiten zum Fortfahren',
    divider: 'oder',
    methodPin: 'Weiter mit PIN',
    methodEmail: 'Weiter mit E-Mail',
    methodWallet: 'Weiter mit Wallet',
    lastUsed: 'Zuletzt verwendet',
    backSignIn: 'Andere Anmeldemöglichkeiten',
    backSignUp: 'Andere Registrierungsmöglichkeiten',
    autofillLabel: 'E-Mail-Adresse',
    autofillHint: 'Ihre gespeicherten Passkeys erscheinen in diesem Feld als Vorschläge.',
    autofillSubmit: 'Weiter',
    noPlatformAuthenticator:
      'Dieses Gerät unterstützt keine integrierten Passkeys. Sie können einen Passkey auf Ihrem Smartphone oder einen Sicherheitsschlüssel verwenden.',
    noPasskeys:
      'Dieser Browser unterstützt keine Passkeys. Wählen Sie unten eine andere Möglichkeit.',
    pinSignInTitle: 'PIN eingeben',
    pinSignUpTitle: 'PIN wählen',
    pinSignUpHint: 'Sie geben sie zweimal ein. Sie entsperrt Ihre Wallet auf diesem Gerät.',
    loading: 'Wird geladen…',
    signedIn: 'Sie sind angemeldet.',
    signedUp: 'Ihr Konto ist bereit.',
    switchToSignUpPrompt: 'Noch kein Konto?',
    switchToSignUp: 'Registrieren',
    switchToSignInPrompt: 'Sie haben bereits ein Konto?',
    switchToSignIn: 'Anmelden',
    errorPinWrong: 'Falsche PIN. Versuchen Sie es erneut.',
    errorPinNoAccount:
      'Auf diesem Gerät wurde noch keine PIN verwendet. Registrieren Sie sich oder wählen Sie eine andere Anmeldemöglichkeit.',
    errorAccountUnknown:
      'Kein Konto gefunden. Prüfen Sie die gewählte Methode oder registrieren Sie sich.',
    errorAccountExists: 'Dieses Konto existiert bereits. Melden Sie sich stattdessen an.',
    errorRateLimited:
      'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    errorMaintenance: 'Der Dienst wird gewartet. Versuchen Sie es in einigen Minuten erneut.',
    errorNetwork:
      'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    errorGeneric: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  },
  es: {
    signInTitle: 'Iniciar sesión',
    signInSubtitle: 'Hola de nuevo. Elige cómo continuar.',
    signUpTitle: 'Crea tu cuenta',
    signUpSubtitle: 'Tu billetera se crea en segundos, sin frase de recuperación que apuntar.',
    methodsLabel: 'Formas de continuar',
    divider: 'o',
    methodPin: 'Continuar con un PIN',
    methodEmail: 'Continuar con correo',
    methodWallet: 'Continuar con una billetera',
    lastUsed: 'Último usado',
    backSignIn: 'Otras formas de iniciar sesión',
    backSignUp: 'Otras formas de registrarse',
    autofillLabel: 'Correo electrónico',
    autofillHint: 'Tus llaves de acceso guardadas aparecen como sugerencias en este campo.',
    autofillSubmit: 'Continuar',
    noPlatformAuthenticator:
      'Este dispositivo no admite llaves de acceso integradas. Puedes usar una llave de acceso de tu teléfono o una llave de seguridad.',
    noPasskeys: 'Este navegador no admite llaves de acceso. Elige otra forma más abajo.',
    pinSignInTitle: 'Introduce tu PIN',
    pinSignUpTitle: 'Elige un PIN',
    pinSignUpHint: 'Lo escribirás dos veces. Desbloquea tu billetera en este dispositivo.',
    loading: 'Cargando…',
    signedIn: 'Has iniciado sesión.',
    signedUp: 'Tu cuenta está lista.',
    switchToSignUpPrompt: '¿Aún no tienes cuenta?',
    switchToSignUp: 'Regístrate',
    switchToSignInPrompt: '¿Ya tienes una cuenta?',
    switchToSignIn: 'Inicia sesión',
    errorPinWrong: 'PIN incorrecto. Inténtalo de nuevo.',
    errorPinNoAccount:
      'Nadie ha usado todavía un PIN en este dispositivo. Regístrate o elige otra forma de iniciar sesión.',
    errorAccountUnknown:
      'No se ha encontrado ninguna cuenta. Revisa la forma elegida o regístrate.',
    errorAccountExists: 'Esta cuenta ya existe. Inicia sesión.',
    errorRateLimited: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
    errorMaintenance: 'El servicio está en mantenimiento. Inténtalo de nuevo en unos minutos.',
    errorNetwork:
      'No se puede conectar con el servicio. Comprueba tu conexión e inténtalo de nuevo.',
    errorGeneric: 'Algo ha salido mal. Inténtalo de nuevo.',
  },
  it: {
    signInTitle: 'Accedi',
    signInSubtitle: 'Bentornato. Scegli come continuare.',
    signUpTitle: 'Crea il tuo account',
    signUpSubtitle:
      'Il tuo wallet viene creato in pochi secondi, senza frase di recupero da annotare.',
    methodsLabel: 'Modi per continuare',
    divider: 'oppure',
    methodPin: 'Continua con un PIN',
    methodEmail: 'Continua con l’email',
    methodWallet: 'Continua con un wallet',
    lastUsed: 'Usato di recente',
    backSignIn: 'Altri modi per accedere',
    backSignUp: 'Altri modi per registrarti',
    autofillLabel: 'Indirizzo email',
    autofillHint: 'Le passkey salvate compaiono come suggerimenti in questo campo.',
    autofillSubmit: 'Continua',
    noPlatformAuthenticator:
      'Questo dispositivo non supporta le passkey integrate. Puoi usare una passkey sul telefono o una chiave di sicurezza.',
    noPasskeys: 'Questo browser non supporta le passkey. Scegli un altro modo qui sotto.',
    pinSignInTitle: 'Inserisci il PIN',
    pinSignUpTitle: 'Scegli un PIN',
    pinSignUpHint: 'Lo digiterai due volte. Sblocca il tuo wallet su questo dispositivo.',
    loading: 'Caricamento…',
    signedIn: 'Accesso effettuato.',
    signedUp: 'Il tuo account è pronto.',
    switchToSignUpPrompt: 'Non hai ancora un account?',
    switchToSignUp: 'Registrati',
    switchToSignInPrompt: 'Hai già un account?',
    switchToSignIn: 'Accedi',
    errorPinWrong: 'PIN errato. Riprova.',
    errorPinNoAccount:
      'Nessuno ha ancora usato un PIN su questo dispositivo. Registrati o scegli un altro modo per accedere.',
    errorAccountUnknown: 'Nessun account trovato. Controlla il metodo scelto o registrati.',
    errorAccountExists: 'Questo account esiste già. Accedi invece.',
    errorRateLimited: 'Troppi tentativi. Attendi un momento, poi riprova.',
    errorMaintenance: 'Il servizio è in manutenzione. Riprova tra qualche minuto.',
    errorNetwork: 'Impossibile raggiungere il servizio. Controlla la connessione e riprova.',
    errorGeneric: 'Si è verificato un errore. Riprova.',
  },
}
