import { http, type HttpHandler } from 'msw'
import type { MockIbex } from '../createMockIbex.ts'

/** Options of {@link mockIbexHandlers}. */
export type MockIbexHandlersOptions = {
  /** Where the kit sends its IBEx requests, e.g. `https://ibex.test` or `/ibex` (browser). */
  baseUrl: string
}

/**
 * MSW 2 handlers that route every request under `baseUrl` to the mock IBEx, for Vitest
 * (`setupServer`) and Storybook / the browser (`setupWorker`).
 *
 * @example
 * const mock = createMockIbex({ seed: 'stories' })
 * const worker = setupWorker(...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test' }))
 */
export function mockIbexHandlers(mock: MockIbex, options: MockIbexHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '')
  const basePath = new URL(base, 'http://relative.invalid').pathname
  return [http.all(`${base}/*`, ({ request }) => mock.handle(request, { basePath }))]
}
