import { walletDe } from './de.ts'
import { walletEn } from './en.ts'
import { walletEs } from './es.ts'
import { walletFr } from './fr.ts'
import { walletIt } from './it.ts'
import type { WalletCommonMessages, WalletLocale, WalletMessages } from './WalletMessages.ts'

/** The wallet components' strings in every shipped language. */
export const walletMessages: Record<WalletLocale, WalletMessages> = {
  en: walletEn,
  fr: walletFr,
  de: walletDe,
  es: walletEs,
  it: walletIt,
}

type ComponentKey = Exclude<keyof WalletMessages, 'common'>

/**
 * The strings of one wallet component in `locale` (English for an unknown one): its own and the
 * shared ones, flat, with the app's overrides on top (`undefined` overrides are ignored).
 *
 * @example
 * const messages = resolveWalletMessages('transferForm', 'fr', { submit: 'Payer' })
 */
export function resolveWalletMessages<key extends ComponentKey>(
  component: key,
  locale: string | undefined,
  overrides?: Partial<WalletMessages[key] & WalletCommonMessages>,
): WalletMessages[key] & WalletCommonMessages {
  const catalogue = walletMessages[(locale ?? 'en') as WalletLocale] ?? walletEn
  const resolved = { ...catalogue.common, ...catalogue[component] }
  if (overrides) {
    for (const [name, text] of Object.entries(overrides)) {
      if (typeof text === 'string') Object.assign(resolved, { [name]: text })
    }
  }
  return resolved as WalletMessages[key] & WalletCommonMessages
}
