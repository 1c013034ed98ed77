import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startMockIbexServer, type MockIbexServer } from '../../src/exports/mock-node.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'
import { addVirtualAuthenticator } from './utils/virtualAuthenticator.ts'

describe.runIf(chromiumPath)('passkeys in real Chromium', () => {
  let browser: Browser
  let fixtures: FixtureServer
  let mock: MockIbexServer

  beforeAll(async () => {
    ;[browser, fixtures, mock] = await Promise.all([
      launchChromium(),
      serveFixtures(),
      startMockIbexServer({ port: 0 }),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await fixtures?.close()
    await mock?.close()
  })

  async function open(storage: 'localStorage' | 'memory') {
    const context = await browser.newContext()
    const page = await context.newPage()
    const authenticator = await addVirtualAuthenticator(page)
    const bodies: string[] = []
    page.on('request', (request) => {
      const body = request.postData()
      if (body) bodies.push(body)
    })
    await page.goto(
      `${fixtures.url}/passkey.html?api=${encodeURIComponent(mock.url)}&storage=${storage}`,
    )
    return { context, page, bodies, authenticator }
  }

  test('sign up, sign out, sign in again with the same credential; the session survives a reload with localStorage', async () => {
    const { context, page, bodies } = await open('localStorage')
    await page.getByRole('button', { name: /create/i }).click()
    const who = page.getByTestId('who')
    await who.waitFor()
    const externalUserId = await who.textContent()
    expect(externalUserId).toBeTruthy()
    expect(await page.getByTestId('safe').textContent()).toMatch(/^0x[0-9a-fA-F]{40}$/)

    await page.reload()
    await who.waitFor()
    expect(await who.textContent()).toBe(externalUserId)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: /sign in/i }).click()
    await who.waitFor()
    expect(await who.textContent()).toBe(externalUserId)

    // PRF output is a secret: the authenticator produced it, it must not have been sent.
    expect(bodies.some((body) => body.includes('"prf"'))).toBe(true)
    expect(bodies.every((body) => !body.includes('"results"'))).toBe(true)
    mkdirSync('.artifacts/browser', { recursive: true })
    await page.screenshot({ path: '.artifacts/browser/passkey-journey.png' })
    await context.close()
  })

  test('with memory storage the session does not survive a reload', async () => {
    const { context, page, authenticator } = await open('memory')
    await page.getByRole('button', { name: /create/i }).click()
    await page.getByTestId('who').waitFor()
    // The kit's authenticator handle (ibex-react/testing) sees the new passkey, and forgets it.
    const [credential, ...others] = await authenticator.credentials()
    expect(others).toEqual([])
    expect(credential).toMatchObject({ rpId: 'localhost', isResidentCredential: true })
    await authenticator.removeCredential(credential?.credentialId ?? '')
    expect(await authenticator.credentials()).toEqual([])
    await page.reload()
    await page.getByRole('button', { name: /sign in/i }).waitFor()
    expect(await page.getByTestId('who').count()).toBe(0)
    await context.close()
  })
})
