import type { CreateIbexClientOptions } from '../../src/core/client/IbexClient.ts'

// The page's own host: `localhost` in `npm run storybook` and in Vitest's jsdom. Opening
// Storybook on another host (127.0.0.1, a deployed build) keeps working: the mock registers it.
const here = new URL(globalThis.location?.href ?? 'http://localhost/')

/**
 * THE IBEx configuration of every story: pass it to `<IbexProvider config>` (or use the
 * {@link withIbexProvider} decorator, which does), never a URL of your own, so that every story
 * talks to the one mock IBEx of the Storybook session.
 *
 * - `baseUrl: '/ibex-mock'`: a same-origin path, as an app behind a proxy would use. The kit
 *   resolves it against the page (`http://localhost:6006/ibex-mock/v1.2/…`); in the browser the
 *   MSW Service Worker answers it, in the Vitest story run MSW's Node interceptor does, with the
 *   same handlers (`storyMockHandlers`).
 * - `rpId`: the page's host, sent as `X-RpId`. A Service Worker does not see `Origin` on
 *   same-origin GETs, and jsdom sends none, so the tenant is named explicitly.
 * - `storage: 'memory'` and `crossTab: false`: each story starts signed out and keeps its session
 *   to itself (a docs page renders several stories side by side).
 *
 * @example
 * <IbexProvider config={storyIbexConfig}><MyFlow /></IbexProvider>
 * // or, in a meta: decorators: [withIbexProvider]
 */
export const storyIbexConfig = {
  baseUrl: '/ibex-mock',
  rpId: here.hostname,
  storage: 'memory',
  crossTab: false,
} as const satisfies CreateIbexClientOptions

/**
 * The mock's WebSocket (`/ws` under {@link storyIbexConfig}'s base URL), on the page's host.
 *
 * @example
 * new WebSocket(`${storyIbexSocketUrl}?blockchainId=421614`)
 */
export const storyIbexSocketUrl = `${here.protocol === 'https:' ? 'wss' : 'ws'}://${here.host}${storyIbexConfig.baseUrl}/ws`
