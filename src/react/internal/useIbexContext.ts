'use client'
import { useContext } from 'react'
import { IbexSessionError } from '../../core/errors/IbexSessionError.ts'
import { IbexContext, type IbexContextValue } from '../IbexContext.ts'

/**
 * The provider's client and QueryClient; throws `IbexSessionError('session/provider-missing')`
 * naming `caller` outside `<IbexProvider>`.
 *
 * @example
 * const { client, queryClient } = useIbexContext('useSignIn')
 */
export function useIbexContext(caller: string): IbexContextValue {
  const value = useContext(IbexContext)
  if (!value) {
    throw new IbexSessionError({
      code: 'session/provider-missing',
      message: `\`${caller}\` must be used inside <IbexProvider>. Wrap your app (or the component tree using it) in <IbexProvider config={{ baseUrl: … }}> from 'ibex-react'.`,
    })
  }
  return value
}
