import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { MockFaultsPatch, MockIbex } from '../../../src/exports/mock.ts'
import { startMockIbexServer, type MockIbexServer } from '../../../src/exports/mock-node.ts'
import { connectIbexMock, type IbexMockControls } from '../../../src/exports/testing.ts'
import { launchChromium } from './chromium.ts'
import { demoWallet } from './demoWallet.ts'
import { recordRequests, type RecordedRequest } from './recordRequests.ts'
import { serveDemo } from './serveDemo.ts'
import type { FixtureServer } from './serveFixtures.ts'
import { addVirtualAuthenticator, type VirtualAuthenticator } from './virtualAuthenticator.ts'

/** One person at the demo: a browser context of their own, with its passkey authenticator. */
export type DemoVisit = {
  context: BrowserContext
  page: Page
  /** Every request the page sends, as it runs. */
  sent: RecordedRequest[]
  authenticator: VirtualAuthenticator
  /** The demo's screens, by role and label. */
  wallet: ReturnType<typeof demoWallet>
}

/** What a demo journey runs against: Chromium, the demo app and a mock IBEx of its own. */
export type Journey = {
  browser: Browser
  demo: FixtureServer
  mock: MockIbexServer
  /** The demo's address, pointed at this journey's mock. */
  appUrl: string
  /** Opens the demo in a new browser context (its own storage and virtual authenticator). */
  visit(): Promise<DemoVisit>
  /** The mock's controls over HTTP (`connectIbexMock` of `ibex-react/testing`). */
  controls: IbexMockControls
  /** `POST /__mock/faults`, as a developer would call it. */
  setFaults(patch: MockFaultsPatch): Promise<void>
  /** Saves `page` as `.artifacts/browser/journey-<name>.png` (a CI artifact). */
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

/**
 * Launches Chromium, serves the demo and starts a mock IBEx on a free port (or `mock`, served).
 *
 * @example
 * const journey = await startJourney()
 * await page.goto(journey.appUrl)
 */
export async function startJourney(options: { mock?: MockIbex } = {}): Promise<Journey> {
  const [browser, demo, mock] = await Promise.all([
    launchChromium(),
    serveDemo(),
    startMockIbexServer({ port: 0, mock: options.mock }),
  ])
  const appUrl = `${demo.url}/?api=${encodeURIComponent(mock.url)}`
  const controls = connectIbexMock(mock.url)
  return {
    browser,
    demo,
    mock,
    appUrl,
    async visit() {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
      const page = await context.newPage()
      const authenticator = await addVirtualAuthenticator(page)
      const sent = recordRequests(page)
      await page.goto(appUrl)
      return { context, page, sent, authenticator, wallet: demoWallet(page) }
    },
    controls,
    async setFaults(patch) {
      await controls.setFaults(patch)
    },
    async screenshot(page, name) {
      mkdirSync('.artifacts/browser', { recursive: true })
      await page.screenshot({
        path: `.artifacts/browser/journey-${name}.png`,
        fullPage: true,
        animations: 'disabled',
      })
    },
    async close() {
      await browser.close()
      await demo.close()
      await mock.close()
    },
  }
}
