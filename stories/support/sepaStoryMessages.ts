import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'

/** The end-user text of the SEPA story, in every language the kit ships. */
export type SepaStoryMessages = {
  title: string
  holderLabel: string
  addIban: string
  addingIban: string
  yourIban: string
  creditorNameLabel: string
  creditorIbanLabel: string
  amountLabel: string
  referenceLabel: string
  pay: string
  paying: string
  paid: string
  history: string
  empty: string
  errors: Record<'invalid' | 'cancelled' | 'expired' | 'forbidden' | 'failed', string>
}

const catalogues: Record<IbexLocale, SepaStoryMessages> = {
  en: {
    title: 'SEPA',
    holderLabel: 'Account holder',
    addIban: 'Get an IBAN',
    addingIban: 'Confirm with your passkey…',
    yourIban: 'Your IBAN',
    creditorNameLabel: 'Recipient name',
    creditorIbanLabel: 'Recipient IBAN',
    amountLabel: 'Amount (EUR)',
    referenceLabel: 'Reference',
    pay: 'Pay with passkey',
    paying: 'Confirm the payment with your passkey…',
    paid: 'Payment sent',
    history: 'SEPA payments',
    empty: 'No SEPA payments yet.',
    errors: {
      invalid: 'Check this field.',
      cancelled: 'The passkey prompt was closed; nothing was sent.',
      expired: 'The approval expired or was already used. Try again.',
      forbidden: 'This IBAN is not yours.',
      failed: 'Something went wrong. Try again.',
    },
  },
  fr: {
    title: 'SEPA',
    holderLabel: 'Titulaire du compte',
    addIban: 'Obtenir un IBAN',
    addingIban: 'Confirmez avec votre clé d’accès…',
    yourIban: 'Votre IBAN',
    creditorNameLabel: 'Nom du bénéficiaire',
    creditorIbanLabel: 'IBAN du bénéficiaire',
    amountLabel: 'Montant (EUR)',
    referenceLabel: 'Référence',
    pay: 'Payer avec la clé d’accès',
    paying: 'Confirmez le paiement avec votre clé d’accès…',
    paid: 'Paiement envoyé',
    history: 'Paiements SEPA',
    empty: 'Aucun paiement SEPA pour l’instant.',
    errors: {
      invalid: 'Vérifiez ce champ.',
      cancelled: 'La demande de clé d’accès a été fermée ; rien n’a été envoyé.',
      expired: 'L’approbation a expiré ou a déjà servi. Réessayez.',
      forbidden: 'Cet IBAN n’est pas le vôtre.',
      failed: 'Une erreur est survenue. Réessayez.',
    },
  },
  de: {
    title: 'SEPA',
    holderLabel: 'Kontoinhaber',
    addIban: 'IBAN erhalten',
    addingIban: 'Mit Ihrem Passkey bestätigen…',
    yourIban: 'Ihre IBAN',
    creditorNameLabel: 'Name des Empfängers',
    creditorIbanLabel: 'IBAN des Empfängers',
    amountLabel: 'Betrag (EUR)',
    referenceLabel: 'Verwendungszweck',
    pay: 'Mit Passkey bezahlen',
    paying: 'Zahlung mit Ihrem Passkey bestätigen…',
    paid: 'Zahlung gesendet',
    history: 'SEPA-Zahlungen',
    empty: 'Noch keine SEPA-Zahlungen.',
    errors: {
      invalid: 'Bitte prüfen Sie dieses Feld.',
      cancelled: 'Die Passkey-Abfrage wurde geschlossen; nichts wurde gesendet.',
      expired: 'Die Freigabe ist abgelaufen oder wurde schon verwendet. Bitte erneut versuchen.',
      forbidden: 'Diese IBAN gehört nicht Ihnen.',
      failed: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
    },
  },
  es: {
    title: 'SEPA',
    holderLabel: 'Titular de la cuenta',
    addIban: 'Obtener un IBAN',
    addingIban: 'Confirme con su llave de acceso…',
    yourIban: 'Su IBAN',
    creditorNameLabel: 'Nombre del beneficiario',
    creditorIbanLabel: 'IBAN del beneficiario',
    amountLabel: 'Importe (EUR)',
    referenceLabel: 'Referencia',
    pay: 'Pagar con llave de acceso',
    paying: 'Confirme el pago con su llave de acceso…',
    paid: 'Pago enviado',
    history: 'Pagos SEPA',
    empty: 'Aún no hay pagos SEPA.',
    errors: {
      invalid: 'Revise este campo.',
      cancelled: 'Se cerró la solicitud de la llave de acceso; no se envió nada.',
      expired: 'La aprobación caducó o ya se usó. Inténtelo de nuevo.',
      forbidden: 'Este IBAN no es suyo.',
      failed: 'Algo salió mal. Inténtelo de nuevo.',
    },
  },
  it: {
    title: 'SEPA',
    holderLabel: 'Intestatario del conto',
    addIban: 'Ottieni un IBAN',
    addingIban: 'Conferma con la tua passkey…',
    yourIban: 'Il tuo IBAN',
    creditorNameLabel: 'Nome del beneficiario',
    creditorIbanLabel: 'IBAN del beneficiario',
    amountLabel: 'Importo (EUR)',
    referenceLabel: 'Causale',
    pay: 'Paga con la passkey',
    paying: 'Conferma il pagamento con la tua passkey…',
    paid: 'Pagamento inviato',
    history: 'Pagamenti SEPA',
    empty: 'Ancora nessun pagamento SEPA.',
    errors: {
      invalid: 'Controlla questo campo.',
      cancelled: 'La richiesta della passkey è stata chiusa; non è stato inviato nulla.',
      expired: 'L’approvazione è scaduta o è già stata usata. Riprova.',
      forbidden: 'Questo IBAN non è tuo.',
      failed: 'Qualcosa è andato storto. Riprova.',
    },
  },
}

/**
 * The SEPA story's text in `locale` (the toolbar's), English when it is not one the kit ships.
 *
 * @example
 * const text = sepaStoryMessages(useIbexLocale())
 */
export function sepaStoryMessages(locale: string | undefined): SepaStoryMessages {
  const tag = ibexLocales.find((candidate) => candidate === locale) ?? 'en'
  return catalogues[tag]
}
