import { en } from './en.ts'
import { fr } from './fr.ts'
import type { IbexLocale, IbexMessages } from './IbexMessages.ts'

const CATALOGUES: Record<IbexLocale, IbexMessages> = { en, fr }

/**
 * The strings of one component in `locale` (English by default), with the app's overrides on
 * top. Overrides set to `undefined` are ignored.
 *
 * @example
 * const messages = resolveMessages('pinPad', props.locale, props.messages)
 */
export function resolveMessages<component extends keyof IbexMessages>(
  component: component,
  locale: IbexLocale = 'en',
  overrides?: Partial<IbexMessages[component]>,
): IbexMessages[component] {
  const resolved = { ...CATALOGUES[locale][component] }
  if (overrides) {
    for (const [key, text] of Object.entries(overrides)) {
      if (typeof text === 'string') Object.assign(resolved, { [key]: text })
    }
  }
  return resolved
}
