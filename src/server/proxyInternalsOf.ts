import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import { proxyInternals, type IbexProxy, type IbexProxyInternals } from './createIbexProxy.ts'

/**
 * The cookie reader behind a proxy made by `createIbexProxy`.
 *
 * @example
 * const session = await proxyInternalsOf(ibex).read(request)
 */
export function proxyInternalsOf(proxy: IbexProxy): IbexProxyInternals {
  const internals = proxyInternals.get(proxy)
  if (!internals) {
    throw new IbexValidationError({
      code: 'validation/proxy-invalid',
      field: 'proxy',
      message: 'Pass the object createIbexProxy returned (it holds the cookie key).',
    })
  }
  return internals
}
