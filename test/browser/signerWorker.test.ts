import type { Browser, Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

const vectorAddress = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'
// Argon2's m' blocks of a 64 MiB derivation, after the kernel's four scratch blocks.
const DERIVATION_BYTES = 4096 + 65536 * 1024

type Residue = { bytes: number; firstNonZero: number; hasherStates: number } | null

/**
 * What the worker's Argon2id engine keeps between jobs, read inside the worker: the size of its
 * memory and the offset of the first non-zero byte in it (-1: all zero). The engine module is
 * imported by the URL the worker itself loaded it from, so this is the worker's own instance.
 */
async function residueIn(worker: Worker): Promise<Residue> {
  const moduleUrl = worker.url().replace(/signerWorker\.ts\?.*$/, 'argon2idEngine.ts')
  // A string, not a function: the test runner would rewrite a function's `import()`.
  return worker.evaluate(`(async () => {
    const { argon2idEngine } = await import(${JSON.stringify(moduleUrl)})
    const residue = await argon2idEngine.residue()
    if (!residue) return null
    const words = new Uint32Array(residue.memory.buffer, 0, residue.memory.byteLength >> 2)
    let firstNonZero = -1
    for (let i = 0; i < words.length; i++) if (words[i] !== 0) { firstNonZero = 4 * i; break }
    return { bytes: residue.memory.byteLength, firstNonZero, hasherStates: residue.hasherStates.length }
  })()`)
}

function workersOf(page: Page): Worker[] {
  const started: Worker[] = []
  page.on('worker', (worker) => started.push(worker))
  return started
}

describe.runIf(chromiumPath)('the signer worker in real Chromium', () => {
  let browser: Browser
  let server: FixtureServer

  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), serveFixtures()])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('one worker runs two PIN jobs, and holds no secret after them', async () => {
    const page = await browser.newPage()
    const started = workersOf(page)
    await page.goto(`${server.url}/kdf.html`)
    await page.waitForFunction(() => typeof window.deriveWithLongTasks === 'function')
    for (let job = 0; job < 2; job++) {
      const result = await page.evaluate(() => window.deriveWithLongTasks(true))
      expect(result.address).toBe(vectorAddress)
    }
    expect(started).toHaveLength(1)
    const [worker] = started
    if (!worker) throw new Error('no signer worker started')
    expect(page.workers()).toContain(worker)
    // Kept: the memory the derivations ran in (64 MiB of blocks), zeroed; the hashers, scrubbed.
    const residue = await residueIn(worker)
    expect(residue).toMatchObject({ firstNonZero: -1, hasherStates: 2 })
    expect(residue?.bytes).toBeGreaterThanOrEqual(DERIVATION_BYTES)
    await page.close()
  })

  test('a PinPad starts and prewarms the worker when it mounts, and again on focus once it went', async () => {
    const page = await browser.newPage()
    const started = workersOf(page)
    await page.goto(`${server.url}/prewarm.html`)
    const show = page.getByRole('button', { name: 'Enter your PIN' })
    await show.waitFor()
    expect(started).toHaveLength(0)

    const mounted = page.waitForEvent('worker')
    await show.click()
    const worker = await mounted
    // Prewarmed before any PIN: kernel compiled and instantiated, memory grown to 64 MiB and
    // written (zeros), hashers made; nothing secret in it.
    await expect
      .poll(() => residueIn(worker), { timeout: 60_000, interval: 250 })
      .toMatchObject({ firstNonZero: -1, hasherStates: 2 })
    expect((await residueIn(worker))?.bytes).toBeGreaterThanOrEqual(DERIVATION_BYTES)

    // What the idle timeout does; the pad still shows.
    const closed = new Promise((resolve) => worker.once('close', resolve))
    await page.evaluate(() => window.terminateIdleSigner())
    await closed
    expect(page.workers()).toHaveLength(0)

    const focused = page.waitForEvent('worker')
    await page.locator('[data-ibex-pinpad-key="digit"]').first().focus()
    await focused
    expect(started).toHaveLength(2)
    // More focus moves while it runs start nothing new.
    await page.locator('[data-ibex-pinpad-key="delete"]').focus()
    await page.locator('[data-ibex-pinpad-key="digit"]').last().focus()
    await expect.poll(() => residueIn(started[1] as Worker), { timeout: 60_000 }).not.toBeNull()
    expect(started).toHaveLength(2)
    await page.close()
  })
})
