import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'

/** The end-user text of the address book story, in every language the kit ships. */
export type AddressBookStoryMessages = {
  title: string
  nameLabel: string
  addressLabel: string
  save: string
  remove: (name: string) => string
  empty: string
  invalid: string
  failed: string
}

const catalogues: Record<IbexLocale, AddressBookStoryMessages> = {
  en: {
    title: 'Contacts',
    nameLabel: 'Name',
    addressLabel: 'Address (Arbitrum Sepolia)',
    save: 'Save contact',
    remove: (name) => `Remove ${name}`,
    empty: 'No contacts yet.',
    invalid: 'Check this field.',
    failed: 'The contact could not be saved. Try again.',
  },
  fr: {
    title: 'Contacts',
    nameLabel: 'Nom',
    addressLabel: 'Adresse (Arbitrum Sepolia)',
    save: 'Enregistrer le contact',
    remove: (name) => `Supprimer ${name}`,
    empty: 'Aucun contact pour l’instant.',
    invalid: 'Vérifiez ce champ.',
    failed: 'Le contact n’a pas pu être enregistré. Réessayez.',
  },
  de: {
    title: 'Kontakte',
    nameLabel: 'Name',
    addressLabel: 'Adresse (Arbitrum Sepolia)',
    save: 'Kontakt speichern',
    remove: (name) => `${name} entfernen`,
    empty: 'Noch keine Kontakte.',
    invalid: 'Bitte prüfen Sie dieses Feld.',
    failed: 'Der Kontakt konnte nicht gespeichert werden. Bitte erneut versuchen.',
  },
  es: {
    title: 'Contactos',
    nameLabel: 'Nombre',
    addressLabel: 'Dirección (Arbitrum Sepolia)',
    save: 'Guardar contacto',
    remove: (name) => `Eliminar a ${name}`,
    empty: 'Aún no hay contactos.',
    invalid: 'Revise este campo.',
    failed: 'No se pudo guardar el contacto. Inténtelo de nuevo.',
  },
  it: {
    title: 'Contatti',
    nameLabel: 'Nome',
    addressLabel: 'Indirizzo (Arbitrum Sepolia)',
    save: 'Salva contatto',
    remove: (name) => `Rimuovi ${name}`,
    empty: 'Ancora nessun contatto.',
    invalid: 'Controlla questo campo.',
    failed: 'Non è stato possibile salvare il contatto. Riprova.',
  },
}

/**
 * The address book story's text in `locale`, English when it is not one the kit ships.
 *
 * @example
 * const text = addressBookStoryMessages(useIbexLocale())
 */
export function addressBookStoryMessages(locale: string | undefined): AddressBookStoryMessages {
  const tag = ibexLocales.find((candidate) => candidate === locale) ?? 'en'
  return catalogues[tag]
}
