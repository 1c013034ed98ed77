// npm run test:visual [-- --update] [-- --only=<id part>,…]: every Storybook story in real Chromium,
// in light, dark and German, screenshotted and compared with test/visual/__baselines__, and
// checked by the a11y addon's axe run (contrast included) and its play function.
// One static Storybook build, one preview server, a few pages in parallel; a fresh page load per
// story so the in-page mock IBEx (seeded) gives the same addresses and amounts every run, and a
// fixed start time so dates and times do not move.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { preview } from 'vite'
import { chromiumPath, launchChromium } from '../browser/utils/chromium.ts'
import { comparePng } from './comparePng.ts'

const args = process.argv.slice(2)
const update = args.includes('--update')
// --only=a,b: the stories whose id contains one of these.
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const workers = Number(process.env.VISUAL_WORKERS ?? 3)
const baselineDir = 'test/visual/__baselines__'
const artifactDir = '.artifacts/visual'

/** The three renderings of every story. */
const variants = [
  { name: 'light', theme: 'light', locale: 'en' },
  { name: 'dark', theme: 'dark', locale: 'en' },
  { name: 'de', theme: 'light', locale: 'de' },
] as const

// A Chromium point release or a one-pixel anti-aliasing change stays under these; a changed
// colour, spacing or missing element does not (see comparePng).
const tolerance = { threshold: 0.1, maxDiffRatio: 0.0005 }

// Shown by every run differently (a countdown): painted over in both images.
const maskSelectors = ['[data-part="countdown"]']

const FIXED_TIME = new Date('2026-03-14T10:00:00Z')

/** What a finished story reported. */
type FinishedStory = {
  storyId: string
  status: string
  a11y: string[]
  /** `rule: targets` of every axe violation (colour contrast included). */
  violations: string[]
  /** Play-function and render exceptions. */
  errors: string[]
}

type Job = { storyId: string; variant: (typeof variants)[number] }
type Outcome = { job: Job; problems: string[] }

async function waitForFinished(page: Page, storyId: string): Promise<FinishedStory> {
  // The preview's channel keeps the last payload of every event it sent (`data`): the story's
  // `storyFinished` (play status and the a11y addon's axe report) and any exception.
  const handle = await page.waitForFunction(
    (id) => {
      type Report = { type: string; status: string; result?: { violations?: AxeViolation[] } }
      type AxeViolation = { id: string; nodes: { target: string[] }[] }
      type Finished = { storyId: string; status: string; reporters: Report[] }
      const preview = (
        window as unknown as {
          __STORYBOOK_PREVIEW__?: { channel?: { data?: Record<string, unknown[] | undefined> } }
        }
      ).__STORYBOOK_PREVIEW__
      const data = preview?.channel?.data ?? {}
      const finished = (data.storyFinished as Finished[] | undefined)?.find(
        (payload) => payload.storyId === id,
      )
      if (!finished) return undefined
      const a11y = finished.reporters.filter((report) => report.type === 'a11y')
      const errors = ['playFunctionThrewException', 'storyThrewException', 'storyErrored']
        .flatMap((name) => data[name] ?? [])
        .map((error) => String((error as { message?: string } | undefined)?.message ?? error))
      return {
        storyId: finished.storyId,
        status: finished.status,
        a11y: a11y.map((report) => report.status),
        violations: a11y.flatMap((report) =>
          (report.result?.violations ?? []).map(
            (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ),
        errors,
      }
    },
    storyId,
    { timeout: 45_000, polling: 100 },
  )
  return (await handle.jsonValue()) as FinishedStory
}

/**
 * Writes every hex string (`0x…`: Safe addresses, hashes, shortened `0x3F99…42e4`) with zeros,
 * in text and in inputs: passkey sign-ups make new keys, hence new addresses, at every run.
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
async function stableScreenshot(page: Page): Promise<Buffer> {
  const shoot = async () => {
    await page.evaluate(neutraliseHex)
    return page.screenshot({
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      mask: maskSelectors.map((selector) => page.locator(selector)),
    })
  }
  let previous = await shoot()
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
    )
    const next = await shoot()
    if (next.equals(previous)) return next
    previous = next
  }
  return previous
}

async function runJob(page: Page, baseUrl: string, job: Job): Promise<Outcome> {
  const { storyId, variant } = job
  const problems: string[] = []
  const globals = `theme:${variant.theme};locale:${variant.locale}`
  await page.goto(`${baseUrl}/iframe.html?id=${storyId}&viewMode=story&globals=${globals}`)
  const finished = await waitForFinished(page, storyId).catch((error: Error) => {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`)
    return undefined
  })
  if (finished) {
    if (finished.status !== 'success') problems.push(`play: ${finished.status}`)
    problems.push(...finished.errors.map((error) => `error: ${error}`))
    problems.push(...finished.violations.map((violation) => `axe: ${violation}`))
  }
  const screenshot = await stableScreenshot(page)
  const file = join(baselineDir, variant.name, `${storyId}.png`)
  if (update) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, screenshot)
    return { job, problems }
  }
  if (!existsSync(file)) {
    problems.push(`no baseline ${file} (npm run test:visual -- --update)`)
  } else {
    const result = comparePng(readFileSync(file), screenshot, tolerance)
    if (!result.pass) {
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
  }
  return { job, problems }
}

async function main(): Promise<void> {
  if (!chromiumPath) {
    console.log('[visual] Chromium not found (apt-get install -y chromium): not run.')
    process.exit(1)
  }
  const started = Date.now()
  const prebuilt = process.env.VISUAL_STORYBOOK_DIR
  const outDir = prebuilt ?? mkdtempSync(join(tmpdir(), 'ibex-visual-'))
  if (!prebuilt) {
    await promisify(execFile)('npm', ['run', 'build-storybook', '--', '-o', outDir, '--quiet'], {
      maxBuffer: 64 * 1024 * 1024,
    })
    console.log(`[visual] Storybook built in ${Math.round((Date.now() - started) / 1000)} s`)
  }
  const server = await preview({
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { host: 'localhost', port: 0, strictPort: false },
  })
  let browser: Browser | undefined
  try {
    const address = server.httpServer.address()
    if (!address || typeof address === 'string') throw new Error('preview server has no port')
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
    const jobs: Job[] = variants.flatMap((variant) =>
      storyIds.map((storyId) => ({ storyId, variant })),
    )
    browser = await launchChromium()
    const context = await browser.newContext({
      viewport: { width: 720, height: 560 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'UTC',
    })
    // Dates start at the same moment every run, then flow (countdowns and re-quotes work). Once,
    // for the context, before any page exists.
    await context.clock.install({ time: FIXED_TIME })
    await context.clock.resume()
    // A full update starts afresh, so baselines of removed stories go too.
    if (update && !only) rmSync(baselineDir, { recursive: true, force: true })
    rmSync(artifactDir, { recursive: true, force: true })

    const outcomes: Outcome[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(workers, jobs.length) }, async () => {
        const page = await context.newPage()
        for (let job = jobs[next++]; job; job = jobs[next++]) {
          outcomes.push(
            await runJob(page, baseUrl, job).catch((error: Error) => ({
              job,
              problems: [`failed: ${error.message.split('\n')[0]}`],
            })),
          )
        }
        await page.close()
      }),
    )
    const failures = outcomes.filter((outcome) => outcome.problems.length > 0)
    for (const { job, problems } of failures) {
      console.log(`✗ ${job.variant.name} ${job.storyId}\n    ${problems.join('\n    ')}`)
    }
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(
      `[visual] ${outcomes.length} screenshots (${storyIds.length} stories × ${variants.length}), ` +
        `${failures.length} failing, ${update ? 'baselines written, ' : ''}${seconds} s` +
        (failures.length && !update ? `; actual and diff images in ${artifactDir}` : ''),
    )
    process.exitCode = failures.length > 0 ? 1 : 0
  } finally {
    await browser?.close()
    await server.close()
    if (!prebuilt) rmSync(outDir, { recursive: true, force: true })
  }
}

await main()
