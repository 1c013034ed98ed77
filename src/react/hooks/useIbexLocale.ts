'use client'
import { useContext } from 'react'
import type { IbexLocale } from '../../components/internal/messages/IbexMessages.ts'
import { IbexLocaleContext } from '../IbexLocaleContext.ts'

/**
 * The `locale` given to `<IbexProvider>`, or `undefined` (also outside a provider): components
 * fall back to it when they get no `locale` prop.
 *
 * @example
 * const messages = resolveMessages(passkeyButtonMessages, props.locale ?? useIbexLocale(), props.messages)
 */
export function useIbexLocale(): IbexLocale | undefined {
  return useContext(IbexLocaleContext)
}
