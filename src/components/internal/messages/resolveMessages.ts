import type { IbexCatalogue, IbexLocale } from './IbexMessages.ts'

/**
 * The strings of one component in `locale` (English by default), with the app's overrides on
 * top. Overrides set to `undefined` are ignored.
 *
 * @example
 * const messages = resolveMessages(pinPadMessages, props.locale, props.messages)
 */
export function resolveMessages<T extends object>(
  catalogue: IbexCatalogue<T>,
  locale: IbexLocale = 'en',
  overrides?: Partial<T>,
): T {
  const resolved = { ...catalogue[locale] }
  if (overrides) {
    for (const [key, text] of Object.entries(overrides)) {
      if (typeof text === 'string') Object.assign(resolved, { [key]: text })
    }
  }
  return resolved
}
