'use client'
import { createContext } from 'react'
import type { IbexLocale } from '../components/internal/messages/IbexMessages.ts'

/**
 * The `locale` of `<IbexProvider>`: components use it when they get no `locale` prop. Apart
 * from the client context so that a component can read it without needing a client.
 *
 * @example
 * const locale = props.locale ?? useContext(IbexLocaleContext) ?? 'en'
 */
export const IbexLocaleContext = createContext<IbexLocale | undefined>(undefined)
IbexLocaleContext.displayName = 'IbexLocaleContext'
