'use client'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'

/**
 * The language of a wallet component: its `locale` prop, else `<IbexProvider locale>`, else
 * English. Also the BCP 47 tag its numbers and dates are formatted with.
 *
 * @example
 * const locale = useWalletLocale(props.locale)
 */
export function useWalletLocale(locale: string | undefined): string {
  const providerLocale = useIbexLocale()
  return locale ?? providerLocale ?? 'en'
}
