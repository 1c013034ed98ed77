import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'

/** The end-user strings of the recovery and cross-chain route stories, in every shipped language. */
export type StoryFeatureMessages = {
  recovery: {
    title: string
    off: string
    on: string
    pending: string
    firstName: string
    lastName: string
    birthDate: string
    birthCity: string
    birthCountry: string
    enable: string
    disable: string
    alreadyOn: string
    invalid: string
  }
  route: {
    title: string
    amount: string
    from: string
    to: string
    receive: string
    quoting: string
    send: string
    stages: Record<
      | 'CREATED'
      | 'SOURCE_PREPARED'
      | 'SOURCE_SUBMITTED'
      | 'SOURCE_CONFIRMED'
      | 'DEST_PENDING'
      | 'DEST_COMPLETED'
      | 'FAILED',
      string
    >
    unsupported: string
  }
}

const en: StoryFeatureMessages = {
  recovery: {
    title: 'Account recovery',
    off: 'Recovery is off. If you lose your passkey, nobody can give you back this Safe.',
    on: 'Recovery is on: IBEx can help you get this Safe back after a waiting period.',
    pending: 'Turning recovery on… waiting for the network.',
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    birthCity: 'City of birth',
    birthCountry: 'Country of birth',
    enable: 'Turn on recovery',
    disable: 'Turn off recovery',
    alreadyOn: 'Recovery is already on for this Safe.',
    invalid: 'Check this field.',
  },
  route: {
    title: 'Send to another chain',
    amount: 'Amount',
    from: 'From',
    to: 'To',
    receive: 'You receive {amount} {symbol} on {chain}',
    quoting: 'Getting a price…',
    send: 'Send',
    stages: {
      CREATED: 'Ready',
      SOURCE_PREPARED: 'Waiting for your confirmation',
      SOURCE_SUBMITTED: 'Sending',
      SOURCE_CONFIRMED: 'Sent',
      DEST_PENDING: 'On its way',
      DEST_COMPLETED: 'Arrived',
      FAILED: 'Failed',
    },
    unsupported: 'No route between these networks.',
  },
}

const fr: StoryFeatureMessages = {
  recovery: {
    title: 'Récupération du compte',
    off: 'La récupération est désactivée. Si vous perdez votre clé d’accès, personne ne pourra vous rendre ce Safe.',
    on: 'La récupération est activée : IBEx peut vous aider à récupérer ce Safe après un délai d’attente.',
    pending: 'Activation de la récupération… en attente du réseau.',
    firstName: 'Prénom',
    lastName: 'Nom',
    birthDate: 'Date de naissance',
    birthCity: 'Ville de naissance',
    birthCountry: 'Pays de naissance',
    enable: 'Activer la récupération',
    disable: 'Désactiver la récupération',
    alreadyOn: 'La récupération est déjà activée pour ce Safe.',
    invalid: 'Vérifiez ce champ.',
  },
  route: {
    title: 'Envoyer vers un autre réseau',
    amount: 'Montant',
    from: 'De',
    to: 'Vers',
    receive: 'Vous recevez {amount} {symbol} sur {chain}',
    quoting: 'Calcul du prix…',
    send: 'Envoyer',
    stages: {
      CREATED: 'Prêt',
      SOURCE_PREPARED: 'En attente de votre confirmation',
      SOURCE_SUBMITTED: 'Envoi en cours',
      SOURCE_CONFIRMED: 'Envoyé',
      DEST_PENDING: 'En route',
      DEST_COMPLETED: 'Arrivé',
      FAILED: 'Échec',
    },
    unsupported: 'Aucun itinéraire entre ces réseaux.',
  },
}

const de: StoryFeatureMessages = {
  recovery: {
    title: 'Kontowiederherstellung',
    off: 'Die Wiederherstellung ist aus. Wenn Sie Ihren Passkey verlieren, kann Ihnen niemand diesen Safe zurückgeben.',
    on: 'Die Wiederherstellung ist an: IBEx kann Ihnen nach einer Wartezeit helfen, diesen Safe zurückzubekommen.',
    pending: 'Wiederherstellung wird eingeschaltet… warte auf das Netzwerk.',
    firstName: 'Vorname',
    lastName: 'Nachname',
    birthDate: 'Geburtsdatum',
    birthCity: 'Geburtsort',
    birthCountry: 'Geburtsland',
    enable: 'Wiederherstellung einschalten',
    disable: 'Wiederherstellung ausschalten',
    alreadyOn: 'Die Wiederherstellung ist für diesen Safe bereits an.',
    invalid: 'Bitte dieses Feld prüfen.',
  },
  route: {
    title: 'In ein anderes Netzwerk senden',
    amount: 'Betrag',
    from: 'Von',
    to: 'Nach',
    receive: 'Sie erhalten {amount} {symbol} auf {chain}',
    quoting: 'Preis wird ermittelt…',
    send: 'Senden',
    stages: {
      CREATED: 'Bereit',
      SOURCE_PREPARED: 'Wartet auf Ihre Bestätigung',
      SOURCE_SUBMITTED: 'Wird gesendet',
      SOURCE_CONFIRMED: 'Gesendet',
      DEST_PENDING: 'Unterwegs',
      DEST_COMPLETED: 'Angekommen',
      FAILED: 'Fehlgeschlagen',
    },
    unsupported: 'Keine Route zwischen diesen Netzwerken.',
  },
}

const es: StoryFeatureMessages = {
  recovery: {
    title: 'Recuperación de la cuenta',
    off: 'La recuperación está desactivada. Si pierdes tu llave de acceso, nadie podrá devolverte este Safe.',
    on: 'La recuperación está activada: IBEx puede ayudarte a recuperar este Safe tras un periodo de espera.',
    pending: 'Activando la recuperación… esperando a la red.',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    birthDate: 'Fecha de nacimiento',
    birthCity: 'Ciudad de nacimiento',
    birthCountry: 'País de nacimiento',
    enable: 'Activar la recuperación',
    disable: 'Desactivar la recuperación',
    alreadyOn: 'La recuperación ya está activada para este Safe.',
    invalid: 'Revisa este campo.',
  },
  route: {
    title: 'Enviar a otra red',
    amount: 'Importe',
    from: 'Desde',
    to: 'Hacia',
    receive: 'Recibes {amount} {symbol} en {chain}',
    quoting: 'Calculando el precio…',
    send: 'Enviar',
    stages: {
      CREATED: 'Listo',
      SOURCE_PREPARED: 'Esperando tu confirmación',
      SOURCE_SUBMITTED: 'Enviando',
      SOURCE_CONFIRMED: 'Enviado',
      DEST_PENDING: 'En camino',
      DEST_COMPLETED: 'Recibido',
      FAILED: 'Error',
    },
    unsupported: 'No hay ruta entre estas redes.',
  },
}

const it: StoryFeatureMessages = {
  recovery: {
    title: 'Recupero dell’account',
    off: 'Il recupero è disattivato. Se perdi la tua passkey, nessuno potrà restituirti questo Safe.',
    on: 'Il recupero è attivo: IBEx può aiutarti a riavere questo Safe dopo un periodo di attesa.',
    pending: 'Attivazione del recupero… in attesa della rete.',
    firstName: 'Nome',
    lastName: 'Cognome',
    birthDate: 'Data di nascita',
    birthCity: 'Città di nascita',
    birthCountry: 'Paese di nascita',
    enable: 'Attiva il recupero',
    disable: 'Disattiva il recupero',
    alreadyOn: 'Il recupero è già attivo per questo Safe.',
    invalid: 'Controlla questo campo.',
  },
  route: {
    title: 'Invia su un’altra rete',
    amount: 'Importo',
    from: 'Da',
    to: 'A',
    receive: 'Ricevi {amount} {symbol} su {chain}',
    quoting: 'Calcolo del prezzo…',
    send: 'Invia',
    stages: {
      CREATED: 'Pronto',
      SOURCE_PREPARED: 'In attesa della tua conferma',
      SOURCE_SUBMITTED: 'Invio in corso',
      SOURCE_CONFIRMED: 'Inviato',
      DEST_PENDING: 'In viaggio',
      DEST_COMPLETED: 'Arrivato',
      FAILED: 'Non riuscito',
    },
    unsupported: 'Nessun percorso tra queste reti.',
  },
}

const catalogue: Record<IbexLocale, StoryFeatureMessages> = { en, fr, de, es, it }

/**
 * The recovery and route stories' strings in `locale` (English when unset).
 *
 * @example
 * const t = storyFeatureMessages(useIbexLocale())
 */
export function storyFeatureMessages(locale: IbexLocale | undefined): StoryFeatureMessages {
  return catalogue[locale ?? 'en']
}
