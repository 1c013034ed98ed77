import type { IbexCatalogue } from './IbexMessages.ts'

/**
 * Strings of `AccountMenu`.
 *
 * @example
 * <AccountMenu messages={{ signOut: 'Log out' } satisfies Partial<AccountMenuMessages>} />
 */
export interface AccountMenuMessages {
  /** Accessible name of the trigger; `{address}` is the short address. */
  trigger: string
  /** Accessible name of the menu. */
  menuLabel: string
  /** Menu item that copies the Safe address. */
  copyAddress: string
  /** Announced (and shown briefly on the item) once copied. */
  copied: string
  /** Announced when the clipboard refused. */
  copyFailed: string
  /** Line with the network; `{chain}`. */
  chain: string
  /** Name of a chain the catalogue does not list; `{id}`. */
  unknownChain: string
  /** Label of the total value. */
  totalValue: string
  /** Shown instead of the total while it loads or without prices. */
  totalUnavailable: string
  /** Menu item that opens the Safe on the chain's explorer (new tab). */
  viewOnExplorer: string
  /** Menu item that signs out. */
  signOut: string
  /** Announced while signing out. */
  signingOut: string
  /** Announced when the sign-out failed. */
  signOutFailed: string
}

/** `AccountMenu` strings in every shipped language. */
export const accountMenuMessages: IbexCatalogue<AccountMenuMessages> = {
  en: {
    trigger: 'Account {address}',
    menuLabel: 'Account',
    copyAddress: 'Copy address',
    copied: 'Address copied',
    copyFailed: 'The address could not be copied. Select it and copy it by hand.',
    chain: 'Network: {chain}',
    unknownChain: 'Chain {id}',
    totalValue: 'Total value',
    totalUnavailable: 'Not available',
    viewOnExplorer: 'View on explorer',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Sign-out did not finish. Try again.',
  },
  fr: {
    trigger: 'Compte {address}',
    menuLabel: 'Compte',
    copyAddress: 'Copier l’adresse',
    copied: 'Adresse copiée',
    copyFailed: 'Impossible de copier l’adresse. Sélectionnez-la et copiez-la à la main.',
    chain: 'Réseau : {chain}',
    unknownChain: 'Réseau {id}',
    totalValue: 'Valeur totale',
    totalUnavailable: 'Indisponible',
    viewOnExplorer: 'Voir dans l’explorateur',
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    signOutFailed: 'La déconnexion n’a pas abouti. Réessayez.',
  },
  de: {
    trigger: 'Konto {address}',
    menuLabel: 'Konto',
    copyAddress: 'Adresse kopieren',
    copied: 'Adresse kopiert',
    copyFailed: 'Die Adresse konnte nicht kopiert werden. Markieren und kopieren Sie sie von Hand.',
    chain: 'Netzwerk: {chain}',
    unknownChain: 'Netzwerk {id}',
    totalValue: 'Gesamtwert',
    totalUnavailable: 'Nicht verfügbar',
    viewOnExplorer: 'Im Explorer ansehen',
    signOut: 'Abmelden',
    signingOut: 'Abmeldung läuft…',
    signOutFailed: 'Die Abmeldung wurde nicht abgeschlossen. Versuchen Sie es erneut.',
  },
  es: {
    trigger: 'Cuenta {address}',
    menuLabel: 'Cuenta',
    copyAddress: 'Copiar la dirección',
    copied: 'Dirección copiada',
    copyFailed: 'No se ha podido copiar la dirección. Selecciónala y cópiala a mano.',
    chain: 'Red: {chain}',
    unknownChain: 'Red {id}',
    totalValue: 'Valor total',
    totalUnavailable: 'No disponible',
    viewOnExplorer: 'Ver en el explorador',
    signOut: 'Cerrar sesión',
    signingOut: 'Cerrando sesión…',
    signOutFailed: 'No se ha podido cerrar la sesión. Inténtalo de nuevo.',
  },
  it: {
    trigger: 'Account {address}',
    menuLabel: 'Account',
    copyAddress: 'Copia l’indirizzo',
    copied: 'Indirizzo copiato',
    copyFailed: 'Impossibile copiare l’indirizzo. Selezionalo e copialo a mano.',
    chain: 'Rete: {chain}',
    unknownChain: 'Rete {id}',
    totalValue: 'Valore totale',
    totalUnavailable: 'Non disponibile',
    viewOnExplorer: 'Vedi nell’explorer',
    signOut: 'Esci',
    signingOut: 'Uscita in corso…',
    signOutFailed: 'L’uscita non è riuscita. Riprova.',
  },
}
