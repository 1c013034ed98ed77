import type { IbexCatalogue, WalletButtonMessages } from './IbexMessages.ts'

/**
 * Strings of WalletButton in every shipped language. One catalogue per component, so an app
 * bundles only the strings of the components it uses.
 */
export const walletButtonMessages: IbexCatalogue<WalletButtonMessages> = {
  en: {
    signUp: 'Sign up with a wallet',
    signIn: 'Sign in with a wallet',
    signUpWith: 'Sign up with {wallet}',
    signInWith: 'Sign in with {wallet}',
    chooseWallet: 'Choose a wallet',
    pending: 'Confirm in your wallet…',
    signUpSuccess: 'Your account was created.',
    signInSuccess: 'You are signed in.',
    rejected: 'You declined the request in your wallet.',
    notConnected: 'No wallet is connected. Connect one and try again.',
    noWallet: 'No wallet was found. Install a wallet app or extension and try again.',
    wrongChain: 'Your wallet is on another network. Switch it and try again.',
    addressMismatch:
      'Your wallet used another account. Select the account you connected and try again.',
    unsupported: 'This wallet cannot sign in to this app.',
    accountExists: 'This wallet already has an account. Sign in instead.',
    accountUnknown: 'No account uses this wallet yet. Sign up first.',
    error: 'The wallet did not work. Please try again.',
  },
  fr: {
    signUp: 'S’inscrire avec un portefeuille',
    signIn: 'Se connecter avec un portefeuille',
    signUpWith: 'S’inscrire avec {wallet}',
    signInWith: 'Se connecter avec {wallet}',
    chooseWallet: 'Choisissez un portefeuille',
    pending: 'Confirmez dans votre portefeuille…',
    signUpSuccess: 'Votre compte a été créé.',
    signInSuccess: 'Connexion réussie.',
    rejected: 'Vous avez refusé la demande dans votre portefeuille.',
    notConnected: 'Aucun portefeuille n’est connecté. Connectez-en un et réessayez.',
    noWallet:
      'Aucun portefeuille n’a été trouvé. Installez une application ou une extension de portefeuille et réessayez.',
    wrongChain: 'Votre portefeuille est sur un autre réseau. Changez de réseau et réessayez.',
    addressMismatch:
      'Votre portefeuille a utilisé un autre compte. Sélectionnez le compte connecté et réessayez.',
    unsupported: 'Ce portefeuille ne permet pas de se connecter à cette application.',
    accountExists: 'Ce portefeuille a déjà un compte. Connectez-vous plutôt.',
    accountUnknown: 'Aucun compte n’utilise encore ce portefeuille. Inscrivez-vous d’abord.',
    error: 'Le portefeuille n’a pas fonctionné. Veuillez réessayer.',
  },
  de: {
    signUp: 'Mit Wallet registrieren',
    signIn: 'Mit Wallet anmelden',
    signUpWith: 'Mit {wallet} registrieren',
    signInWith: 'Mit {wallet} anmelden',
    chooseWallet: 'Wallet auswählen',
    pending: 'Bestätigen Sie in Ihrer Wallet…',
    signUpSuccess: 'Ihr Konto wurde erstellt.',
    signInSuccess: 'Sie sind angemeldet.',
    rejected: 'Sie haben die Anfrage in Ihrer Wallet abgelehnt.',
    notConnected: 'Keine Wallet verbunden. Verbinden Sie eine und versuchen Sie es erneut.',
    noWallet:
      'Keine Wallet gefunden. Installieren Sie eine Wallet-App oder -Erweiterung und versuchen Sie es erneut.',
    wrongChain:
      'Ihre Wallet ist in einem anderen Netzwerk. Wechseln Sie es und versuchen Sie es erneut.',
    addressMismatch:
      'Ihre Wallet hat ein anderes Konto verwendet. Wählen Sie das verbundene Konto und versuchen Sie es erneut.',
    unsupported: 'Mit dieser Wallet ist keine Anmeldung bei dieser App möglich.',
    accountExists: 'Diese Wallet hat bereits ein Konto. Melden Sie sich stattdessen an.',
    accountUnknown: 'Noch kein Konto nutzt diese Wallet. Registrieren Sie sich zuerst.',
    error: 'Die Wallet hat nicht funktioniert. Bitte versuchen Sie es erneut.',
  },
  es: {
    signUp: 'Registrarse con una billetera',
    signIn: 'Iniciar sesión con una billetera',
    signUpWith: 'Registrarse con {wallet}',
    signInWith: 'Iniciar sesión con {wallet}',
    chooseWallet: 'Elige una billetera',
    pending: 'Confirma en tu billetera…',
    signUpSuccess: 'Se ha creado tu cuenta.',
    signInSuccess: 'Has iniciado sesión.',
    rejected: 'Has rechazado la solicitud en tu billetera.',
    notConnected: 'No hay ninguna billetera conectada. Conecta una e inténtalo de nuevo.',
    noWallet:
      'No se ha encontrado ninguna billetera. Instala una aplicación o extensión de billetera e inténtalo de nuevo.',
    wrongChain: 'Tu billetera está en otra red. Cámbiala e inténtalo de nuevo.',
    addressMismatch:
      'Tu billetera ha usado otra cuenta. Selecciona la cuenta conectada e inténtalo de nuevo.',
    unsupported: 'Esta billetera no permite iniciar sesión en esta aplicación.',
    accountExists: 'Esta billetera ya tiene una cuenta. Inicia sesión.',
    accountUnknown: 'Ninguna cuenta usa todavía esta billetera. Regístrate primero.',
    error: 'La billetera no ha funcionado. Inténtalo de nuevo.',
  },
  it: {
    signUp: 'Registrati con un wallet',
    signIn: 'Accedi con un wallet',
    signUpWith: 'Registrati con {wallet}',
    signInWith: 'Accedi con {wallet}',
    chooseWallet: 'Scegli un wallet',
    pending: 'Conferma nel tuo wallet…',
    signUpSuccess: 'Il tuo account è stato creato.',
    signInSuccess: 'Accesso effettuato.',
    rejected: 'Hai rifiutato la richiesta nel tuo wallet.',
    notConnected: 'Nessun wallet collegato. Collegane uno e riprova.',
    noWallet: 'Nessun wallet trovato. Installa un’app o un’estensione wallet e riprova.',
    wrongChain: 'Il tuo wallet è su un’altra rete. Cambiala e riprova.',
    addressMismatch:
      'Il tuo wallet ha usato un altro account. Seleziona l’account collegato e riprova.',
    unsupported: 'Questo wallet non consente di accedere a questa app.',
    accountExists: 'Questo wallet ha già un account. Accedi invece.',
    accountUnknown: 'Nessun account usa ancora questo wallet. Registrati prima.',
    error: 'Il wallet non ha funzionato. Riprova.',
  },
}
