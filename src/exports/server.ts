// Public API of `ibex-react/server`: the same-origin IBEx proxy and the server-side session
// (Web Request → Response, no framework). Named re-exports only.
export {
  createIbexProxy,
  type CreateIbexProxyOptions,
  type IbexProxy,
  type IbexProxyCookieOptions,
} from '../server/createIbexProxy.ts'
export { getIbexSession } from '../server/getIbexSession.ts'
export {
  createIbexServerClient,
  type CreateIbexServerClientOptions,
} from '../server/createIbexServerClient.ts'
export { prefetchIbexBalances } from '../server/prefetchIbexBalances.ts'
export type { IbexSessionSource } from '../server/IbexSessionSource.ts'
export type { IbexInitialState, IbexProxySession } from '../core/session/IbexInitialState.ts'
