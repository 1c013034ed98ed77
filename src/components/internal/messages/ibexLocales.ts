/**
 * The languages whose strings ship with the components, English first (the fallback). Adding
 * one here makes the compiler list every catalogue that lacks it, and the catalogue test fail
 * on any missing key.
 *
 * @example
 * ibexLocales.includes(navigator.language.slice(0, 2) as IbexLocale)
 */
export const ibexLocales = ['en', 'fr', 'de', 'es', 'it'] as const
