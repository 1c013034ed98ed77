import type { IbexCatalogue, WalletButtonMessages } from './IbexMessages.ts'

/**
 * English and French strings of WalletButton. One catalogue per component, so an app bundles
 * only the strings of the components it uses.
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
}
