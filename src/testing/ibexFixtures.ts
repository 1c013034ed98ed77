import type { MockIbex } from '../mock/createMockIbex.ts'
import type { MockIbexOptions } from '../mock/MockIbexOptions.ts'
import type { IbexMockControls } from './IbexMockControls.ts'
import { inProcessControls } from './inProcessControls.ts'

/** The mock a Playwright test gets from {@link ibexFixtures}: its URL and typed controls. */
export type IbexPlaywrightMock = IbexMockControls & {
  /** e.g. `http://127.0.0.1:49152`: point the app's `baseUrl` at it. */
  url: string
  /** The mock itself (it runs in the Playwright worker's process). */
  mock: MockIbex
}

/** Test-scoped fixtures of {@link ibexFixtures}. */
export type IbexTestFixtures = {
  /** This worker's mock, reset after the test. */
  ibex: IbexPlaywrightMock
}

/** Worker-scoped fixtures of {@link ibexFixtures}. */
export type IbexWorkerFixtures = {
  /** Options of every worker's mock; set with `test.use({ ibexOptions: {…} })` at file level. */
  ibexOptions: MockIbexOptions
  /** The worker's mock server (one per Playwright worker, on a free port). */
  ibexServer: { url: string; mock: MockIbex }
}

type Use<value> = (value: value) => Promise<void>

/**
 * Playwright fixtures (pass them to `test.extend`): each worker starts a Node mock IBEx on a
 * free 127.0.0.1 port, and each test gets `ibex` (its URL and controls) with the mock reset
 * afterwards, so tests never see each other's users. `@playwright/test` is an optional peer.
 *
 * @example
 * import { test as base, expect } from '@playwright/test'
 * import { ibexFixtures, type IbexTestFixtures, type IbexWorkerFixtures } from 'ibex-react/testing'
 *
 * export const test = base.extend<IbexTestFixtures, IbexWorkerFixtures>(ibexFixtures)
 *
 * test('shows the balance', async ({ page, ibex }) => {
 *   await page.goto(`/?api=${encodeURIComponent(ibex.url)}`)
 * })
 */
export const ibexFixtures = {
  ibexOptions: [{}, { scope: 'worker', option: true }] as [
    MockIbexOptions,
    { scope: 'worker'; option: true },
  ],
  ibexServer: [
    // Playwright reads the fixtures a fixture needs from its first parameter's pattern.
    async (
      { ibexOptions }: { ibexOptions: MockIbexOptions },
      provide: Use<{ url: string; mock: MockIbex }>,
    ) => {
      const [{ createMockIbex }, { startMockIbexServer }] = await Promise.all([
        import('../mock/createMockIbex.ts'),
        import('../mock/node/startMockIbexServer.ts'),
      ])
      const server = await startMockIbexServer({ port: 0, mock: createMockIbex(ibexOptions) })
      await provide({ url: server.url, mock: server.mock })
      await server.close()
    },
    { scope: 'worker' },
  ] as [
    (
      fixtures: { ibexOptions: MockIbexOptions },
      provide: Use<{ url: string; mock: MockIbex }>,
    ) => Promise<void>,
    { scope: 'worker' },
  ],
  ibex: async (
    { ibexServer }: { ibexServer: { url: string; mock: MockIbex } },
    provide: Use<IbexPlaywrightMock>,
  ) => {
    const controls = inProcessControls(ibexServer.mock)
    await provide({ ...controls, url: ibexServer.url, mock: ibexServer.mock })
    ibexServer.mock.reset()
  },
}
