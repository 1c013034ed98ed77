import type { CreateIbexClientOptions } from '../core/client/IbexClient.ts'
import {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
} from '../mock/authenticator/createSoftwareAuthenticator.ts'
import { createMockIbex, type MockIbex } from '../mock/createMockIbex.ts'
import type { MockIbexOptions } from '../mock/MockIbexOptions.ts'
import type { IbexMockControls } from './IbexMockControls.ts'
import { inProcessControls } from './inProcessControls.ts'

/** The part of an MSW server (`setupServer()`) that {@link createIbexTestMock} uses. */
export type IbexTestMswServer = {
  use(...handlers: never[]): void
}

/** Options of {@link createIbexTestMock}. */
export type CreateIbexTestMockOptions = {
  /** Options of the mock (`createMockIbex`). Default seed `'ibex-test'`. */
  mock?: MockIbexOptions | undefined
  /** Where the client sends its requests (intercepted, never reached). Default `https://ibex.test`. */
  baseUrl?: string | undefined
  /** The tenant. Default `localhost`, which the mock and jsdom's origin both accept. */
  rpId?: string | undefined
  /**
   * Your MSW server, when the test file already has one (the mock's handlers are added with
   * `server.use`, so `resetHandlers()` removes them). Default: one of its own, started here and
   * stopped by `close()`.
   */
  server?: IbexTestMswServer | undefined
  /** Install a software passkey authenticator as `navigator.credentials`. Default true. */
  authenticator?: boolean | undefined
  /**
   * Serve the `/ws` WebSocket (live updates) through MSW. Default true; `false` also turns the
   * provider's realtime off.
   */
  realtime?: boolean | undefined
}

/** Props for `<IbexProvider>` wired to the test mock. */
export type IbexTestProviderProps = {
  config: CreateIbexClientOptions
  /** `false` when the mock serves no WebSocket (`realtime: false`). */
  realtime?: false
}

/** What {@link createIbexTestMock} returns: the mock, provider props and typed controls. */
export type IbexTestMock = IbexMockControls & {
  /** The mock itself, to read its state (`mock.state`) or drive it directly. */
  mock: MockIbex
  /** The base URL the provider's client calls. */
  url: string
  /** Spread on `<IbexProvider>`: `<IbexProvider {...ibex.providerProps}>`. */
  providerProps: IbexTestProviderProps
  /** The software passkey authenticator standing in for the platform's. */
  authenticator: SoftwareAuthenticator
  /** Removes the authenticator and stops the MSW server it started. Call it after each test. */
  close(): Promise<void>
}

/**
 * A mock IBEx in the test's process for Vitest/Jest with jsdom: HTTP and the `/ws` WebSocket
 * intercepted by MSW (an optional peer: install `msw`), a software passkey authenticator
 * installed, and provider props pointing the kit at it. Each call gets a fresh mock.
 *
 * @example
 * const ibex = await createIbexTestMock()
 * onTestFinished(() => ibex.close())
 * render(<IbexProvider {...ibex.providerProps}><SignIn /></IbexProvider>)
 */
export async function createIbexTestMock(
  options: CreateIbexTestMockOptions = {},
): Promise<IbexTestMock> {
  const baseUrl = (options.baseUrl ?? 'https://ibex.test').replace(/\/+$/, '')
  const rpId = options.rpId ?? 'localhost'
  const mock = createMockIbex({ seed: 'ibex-test', ...options.mock })
  // Loaded here, not at import: msw is an optional peer, needed only by this helper.
  const [{ mockIbexHandlers }, { mockIbexSocketHandler }] = await Promise.all([
    import('../mock/msw/mockIbexHandlers.ts'),
    import('../mock/msw/mockIbexSocketHandler.ts'),
  ])
  const realtime = options.realtime !== false
  const handlers = [
    ...mockIbexHandlers(mock, { baseUrl }),
    ...(realtime
      ? [mockIbexSocketHandler(mock, { url: `${baseUrl.replace(/^http/, 'ws')}/ws`, rpId })]
      : []),
  ]
  let stop: (() => void) | undefined
  if (options.server) {
    options.server.use(...(handlers as never[]))
  } else {
    const { setupServer } = await import('msw/node')
    const server = setupServer(...handlers)
    server.listen({ onUnhandledRequest: 'warn' })
    stop = () => server.close()
  }
  const origin = globalThis.location?.origin ?? `http://${rpId}`
  const authenticator = createSoftwareAuthenticator({ origin })
  if (options.authenticator !== false) authenticator.install()

  return {
    ...inProcessControls(mock),
    mock,
    url: baseUrl,
    providerProps: {
      config: { baseUrl, rpId, storage: 'memory', crossTab: false },
      ...(realtime ? {} : { realtime: false as const }),
    },
    authenticator,
    async close() {
      authenticator.uninstall()
      stop?.()
      stop = undefined
    },
  }
}
