'use client'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import type { IbexLocale } from './messages/IbexMessages.ts'

/**
 * The language of a wallet component: its `locale` prop, else `<IbexProvider locale>`, else
 * English. Also the BCP 47 tag its numbers and dates are formatted with.
 *
 * @example
 * const locale = useWalletLocale(props.locale)
 */
export function useWalletLocale(locale: IbexLocale | undefined): IbexLocale {
  const providerLocale = useIbexLocale()
  return locale ?? providerLocale ?? 'en'
}
