// npm run test:visual [-- --update] [-- --only=<id part>,…] [-- --build]: every Storybook story
// in real Chromium, screenshotted in light, dark and German and compared with
// test/visual/__baselines__, and played with axe (the a11y addon's run, contrast included) in
// every shipped language.
//
// Speed: one static Storybook build (reused while newer than its sources; always rebuilt under
// CI or with --build), one preview server, one Chromium, a few pages in parallel (each in a
// browser context of its own: clocks and storage are a context's). A page loads
// Storybook once per variant and then switches stories as the manager does; before each story
// the mock IBEx and the software authenticator are reset and the clock is set back to the same
// moment, so a story sees what a fresh page load would show, whatever ran before it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { preview } from 'vite'
import { MOCK_IBEX_RESET_EVENT } from '../../.storybook/mockIbexEvents.ts'
import { chromiumPath, launchChromium } from '../browser/utils/chromium.ts'
import { comparePng } from './comparePng.ts'
import { ensureStorybookBuild } from './ensureStorybookBuild.ts'
import { recordStoryEvents, type FinishedStory } from './recordStoryEvents.ts'
import { visualTolerance } from './visualTolerance.ts'

const args = process.argv.slice(2)
const update = args.includes('--update')
// --only=a,b: the stories whose id contains one of these.
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
// --variants=light,de: only these renderings (see `variants`).
const onlyVariants = args
  .find((arg) => arg.startsWith('--variants='))
  ?.slice('--variants='.length)
  .split(',')
const workers = Number(process.env.VISUAL_WORKERS ?? 3)
const baselineDir = 'test/visual/__baselines__'
const artifactDir = '.artifacts/visual'

/**
 * The renderings of every story: screenshots in light, dark and one other language (the longest
 * strings); the other languages are played and checked with axe only (their layout is the
 * German one with other words; a screenshot each would double the run for little).
 */
const variants = [
  { name: 'light', theme: 'light', locale: 'en', screenshot: true },
  { name: 'dark', theme: 'dark', locale: 'en', screenshot: true },
  { name: 'de', theme: 'light', locale: 'de', screenshot: true },
  { name: 'fr', theme: 'light', locale: 'fr', screenshot: false },
  { name: 'es', theme: 'light', locale: 'es', screenshot: false },
  { name: 'it', theme: 'light', locale: 'it', screenshot: false },
] as const
type Variant = (typeof variants)[number]

// Shown by every run differently: painted over in both images. A countdown everywhere; the
// shuffled keypad's digits (shuffled with crypto randomness, on purpose); the identicon of the
// email and PIN flows' Safes (their keys come from random salts and keys made on the device);
// the mock panel's last email code (random, as a real one); the identicon of the WalletButton
// stories' accounts (a new random wallet key for every mount).
const maskSelectors = ['[data-part="countdown"]', '[data-testid="mock-otp"]']
const storyPrefixMasks: Record<string, string[]> = {
  'components-walletbutton--': ['.ibex-account__identicon'],
}
// Stories whose focus ring would follow the random keypad: shot with nothing focused.
const blurBeforeShot = new Set(['components-pinpad--shuffled'])
const storyMasks: Record<string, string[]> = {
  'components-pinpad--shuffled': ['[data-ibex-pinpad-key="digit"]'],
  'flows-email--sign-up-sign-out-sign-in': ['.ibex-account__identicon'],
  'flows-pin--sign-up-sign-out-sign-in': ['.ibex-account__identicon'],
}

const FIXED_TIME = new Date('2026-03-14T10:00:00Z')

// Motion and the blinking caret off for good (not only while the screenshot is taken): a
// transition half-way when the page is shot, or a caret, is not what a story looks like.
const STILL_CSS = `*, *::before, *::after {
  animation-delay: 0s !important; animation-duration: 0s !important;
  animation-iteration-count: 1 !important;
  transition-delay: 0s !important; transition-duration: 0s !important;
  caret-color: transparent !important;
}`

type Job = { storyId: string; variant: Variant }
type Outcome = { job: Job; problems: string[]; wrote?: boolean }

/** A failed play, an exception or a story that never finished (not a screenshot or axe). */
function isPlayProblem(problem: string): boolean {
  return /^(play:|error:|did not finish)/.test(problem)
}

async function waitForFinished(page: Page, storyId: string): Promise<FinishedStory> {
  const handle = await page.waitForFunction(
    (id) => window.__finishedStories?.find((story) => story.storyId === id),
    storyId,
    // A PIN or passphrase story derives Argon2id keys several times: slow on a busy machine.
    { timeout: 120_000, polling: 50 },
  )
  return (await handle.jsonValue()) as FinishedStory
}

/**
 * Writes every hex string (`0x…`: Safe addresses, hashes, shortened `0x3F99…42e4`) with zeros,
 * in text and in inputs: a guard against any address that still differs between runs.
 */
// Runs in the page: no named inner functions (tsx's esbuild would wrap them in a `__name` helper
// that only exists in Node).
function neutraliseHex(): void {
  const hex = /0x[0-9a-fA-F]+(…[0-9a-fA-F]+)?/g
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? ''
    if (hex.test(text))
      node.nodeValue = text.replace(
        hex,
        (match) => `0x${match.slice(2).replace(/[0-9a-fA-F]/g, '0')}`,
      )
    hex.lastIndex = 0
  }
  for (const input of document.querySelectorAll('input')) {
    if (hex.test(input.value))
      input.value = input.value.replace(
        hex,
        (match) => `0x${match.slice(2).replace(/[0-9a-fA-F]/g, '0')}`,
      )
    hex.lastIndex = 0
  }
}

/** Screenshots until two in a row are identical (late data, fonts), at most a few times. */
async function stableScreenshot(page: Page, storyId: string): Promise<Buffer> {
  const masks = [
    ...maskSelectors,
    ...(storyMasks[storyId] ?? []),
    ...Object.entries(storyPrefixMasks)
      .filter(([prefix]) => storyId.startsWith(prefix))
      .flatMap(([, selectors]) => selectors),
  ]
  const shoot = async () => {
    await page.evaluate(neutraliseHex)
    return page.screenshot({
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      mask: masks.map((selector) => page.locator(selector)),
    })
  }
  let previous = await shoot()
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
    )
    const next = await shoot()
    if (next.equals(previous)) return next
    previous = next
  }
  return previous
}

/** Loads Storybook in `page` with the variant's globals, on a page that renders no story. */
async function openVariant(page: Page, baseUrl: string, variant: Variant): Promise<void> {
  const globals = `theme:${variant.theme};locale:${variant.locale}`
  await page.goto(`${baseUrl}/iframe.html?id=welcome--docs&viewMode=docs&globals=${globals}`)
  await page.waitForFunction(recordStoryEvents)
  await page.addStyleTag({ content: STILL_CSS })
}

async function runJob(page: Page, job: Job): Promise<Outcome> {
  const { storyId, variant } = job
  const problems: string[] = []
  // What a fresh page would have: the mock and the authenticator empty (the event is the
  // toolbar's "Reset mock IBEx"), storage empty, the clock at the same moment, the previous
  // story's focus gone.
  await page.clock.setSystemTime(FIXED_TIME)
  await page.evaluate(
    ([reset, id]) => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.__storyErrors?.splice(0)
      // The device's "last user" (SignIn's remembered method) and any session a story left.
      localStorage.clear()
      sessionStorage.clear()
      window.__STORYBOOK_ADDONS_CHANNEL__?.emit(reset, undefined)
      window.__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', {
        storyId: id,
        viewMode: 'story',
      })
    },
    [MOCK_IBEX_RESET_EVENT, storyId] as const,
  )
  const finished = await waitForFinished(page, storyId).catch((error: Error) => {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`)
    return undefined
  })
  if (finished) {
    if (finished.status !== 'success') problems.push(`play: ${finished.status}`)
    // The message and the first lines of the DOM testing library's report, colours stripped.
    problems.push(
      ...finished.errors.map(
        (error) =>
          `error: ${stripVTControlCharacters(error).split('\n').slice(0, 6).join('\n      ')}`,
      ),
    )
    problems.push(...finished.violations.map((violation) => `axe: ${violation}`))
  }
  if (!variant.screenshot) return { job, problems }
  if (blurBeforeShot.has(storyId))
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const screenshot = await stableScreenshot(page, storyId)
  const file = join(baselineDir, variant.name, `${storyId}.png`)
  const baseline = existsSync(file) ? readFileSync(file) : undefined
  const result = baseline ? comparePng(baseline, screenshot, visualTolerance) : undefined
  if (update) {
    // Only what changed beyond the tolerance is rewritten: an update after a no-op run leaves
    // the baselines (and git) untouched.
    if (result?.pass) return { job, problems }
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, screenshot)
    return { job, problems, wrote: true }
  }
  if (!result) {
    problems.push(`no baseline ${file} (npm run test:visual -- --update)`)
  } else if (!result.pass) {
    problems.push(
      result.sameSize
        ? `screenshot differs: ${result.diffPixels} px (${(result.diffRatio * 100).toFixed(3)} %)`
        : 'screenshot size differs',
    )
    const out = join(artifactDir, variant.name)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, `${storyId}.actual.png`), screenshot)
    if (result.diffPng) writeFileSync(join(out, `${storyId}.diff.png`), result.diffPng)
  }
  return { job, problems }
}

/**
 * A browser context of its own for one worker: its own clock (`setSystemTime` is the
 * context's, for every page in it), its own localStorage, BroadcastChannel and Web Locks (the
 * kit coordinates tabs of one origin: sessions, sign-out and the live socket would cross from
 * one worker's story into another's).
 */
async function newWorkerContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 720, height: 560 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  // Dates start at the same moment for every story, then flow (countdowns and re-quotes
  // work). Once, for the context, before any page exists.
  await context.clock.install({ time: FIXED_TIME })
  await context.clock.resume()
  return context
}

async function main(): Promise<void> {
  if (!chromiumPath) {
    console.log('[visual] Chromium not found (apt-get install -y chromium): not run.')
    process.exit(1)
  }
  const started = Date.now()
  const prebuilt = process.env.VISUAL_STORYBOOK_DIR
  const outDir = prebuilt ?? 'storybook-static'
  if (!prebuilt) {
    const force = args.includes('--build') || !!process.env.CI
    const built = await ensureStorybookBuild(outDir, { force })
    console.log(
      built
        ? `[visual] Storybook built in ${Math.round((Date.now() - started) / 1000)} s`
        : `[visual] ${outDir} is newer than its sources: not rebuilt (--build to force)`,
    )
  }
  const [server, browser]: [Awaited<ReturnType<typeof preview>>, Browser] = await Promise.all([
    preview({
      configFile: false,
      logLevel: 'error',
      build: { outDir },
      preview: { host: 'localhost', port: 0, strictPort: false },
    }),
    launchChromium(),
  ])
  try {
    const address = server.httpServer.address()
    if (!address || typeof address === 'string') throw new Error('preview server has no port')
    // localhost: a secure context, as Service Workers and WebAuthn need.
    const baseUrl = `http://localhost:${address.port}`
    const index = (await (await fetch(`${baseUrl}/index.json`)).json()) as {
      entries: Record<string, { id: string; type: string }>
    }
    const storyIds = Object.values(index.entries)
      .filter(
        (entry) =>
          entry.type === 'story' && (!only || only.some((part) => entry.id.includes(part))),
      )
      .map((entry) => entry.id)
      .sort()
    // Variant by variant, so that a page reloads only when its variant changes.
    const jobs: Job[] = variants
      .filter((variant) => !onlyVariants || onlyVariants.includes(variant.name))
      .flatMap((variant) => storyIds.map((storyId) => ({ storyId, variant })))
    // A full update starts afresh, so baselines of removed stories go too.
    if (update && !only) {
      const keep = new Set(storyIds)
      for (const variant of variants.filter((v) => v.screenshot)) {
        const dir = join(baselineDir, variant.name)
        if (!existsSync(dir)) continue
        for (const file of readdirSync(dir)) {
          if (!keep.has(file.replace(/\.png$/, ''))) rmSync(join(dir, file))
        }
      }
    }
    rmSync(artifactDir, { recursive: true, force: true })

    const outcomes: Outcome[] = []
    const retried: string[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(workers, jobs.length) }, async () => {
        const context = await newWorkerContext(browser)
        let page = await context.newPage()
        let current: Variant | undefined
        for (let job = jobs[next++]; job; job = jobs[next++]) {
          const jobStarted = Date.now()
          try {
            if (job.variant !== current) {
              await openVariant(page, baseUrl, job.variant)
              current = job.variant
            }
            let outcome = await runJob(page, job)
            // A play that timed out on a busy machine (a 5 s wait in a story) gets one more
            // go on a freshly loaded page; it is reported, so a story that needs it is seen.
            if (outcome.problems.some(isPlayProblem)) {
              retried.push(`${job.variant.name} ${job.storyId}`)
              await openVariant(page, baseUrl, job.variant)
              outcome = await runJob(page, job)
            }
            outcomes.push(outcome)
            // A story that did not finish may still run: the next one gets a clean page.
            if (outcome.problems.some((problem) => problem.startsWith('did not finish')))
              current = undefined
          } catch (error) {
            outcomes.push({ job, problems: [`failed: ${(error as Error).message.split('\n')[0]}`] })
            await page.close().catch(() => undefined)
            page = await context.newPage()
            current = undefined
          }
          if (process.env.VISUAL_TIMINGS)
            console.log(`${Date.now() - jobStarted} ms ${job.variant.name} ${job.storyId}`)
        }
        await context.close()
      }),
    )
    const failures = outcomes.filter((outcome) => outcome.problems.length > 0)
    for (const { job, problems } of failures) {
      console.log(`✗ ${job.variant.name} ${job.storyId}\n    ${problems.join('\n    ')}`)
    }
    if (retried.length > 0)
      console.log(`[visual] played twice (the first play failed): ${retried.join(', ')}`)
    const written = outcomes.filter((outcome) => outcome.wrote).length
    const shots = outcomes.filter((outcome) => outcome.job.variant.screenshot).length
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(
      `[visual] ${storyIds.length} stories × ${new Set(jobs.map((job) => job.variant)).size} languages/themes: ` +
        `${shots} screenshots, ${outcomes.length} axe runs, ${failures.length} failing, ` +
        (update ? `${written} baselines written, ` : '') +
        `${seconds} s` +
        (failures.length && !update ? `; actual and diff images in ${artifactDir}` : ''),
    )
    process.exitCode = failures.length > 0 ? 1 : 0
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
