// `npm run bench:long-tasks`: main-thread long tasks (over 50 ms, PerformanceObserver) while the
// kit derives a PIN key (Argon2id 64 MiB, t=3 + HKDF + secp256k1) in real Chromium, through the
// Worker the kit uses and, as the control, in the page's thread. Same page as
// test/browser/kdf.test.ts, which asserts it; this prints the figures.
import { chromiumPath, launchChromium } from '../test/browser/utils/chromium.ts'
import { serveFixtures } from '../test/browser/utils/serveFixtures.ts'

const RUNS = 5

if (!chromiumPath) {
  console.log('Chromium is not installed (apt-get install -y chromium): no long-task figures.')
  process.exit(0)
}

const [browser, server] = await Promise.all([launchChromium(), serveFixtures()])
try {
  const page = await browser.newPage()
  await page.goto(`${server.url}/kdf.html`)
  await page.waitForFunction(() => typeof window.deriveWithLongTasks === 'function')
  // The first call pays for Vite's transform of the worker module; it is not counted.
  await page.evaluate(() => window.deriveWithLongTasks(true))
  const rows: string[] = []
  for (const worker of [true, false]) {
    const tasks: number[] = []
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate((inWorker) => window.deriveWithLongTasks(inWorker), worker)
      tasks.push(...result.longTasks)
      times.push(result.ms)
    }
    times.sort((a, b) => a - b)
    rows.push(
      `| ${worker ? 'in the kit’s Worker' : 'in the page’s thread (control)'} | ${tasks.length} | ` +
        `${tasks.length ? Math.max(...tasks) : 0} ms | ${Math.round(times[RUNS >> 1] ?? 0)} ms |`,
    )
  }
  console.log(`PIN derivation in Chromium, ${RUNS} runs each after a warm-up`)
  console.log('| where | long tasks (> 50 ms) | longest | derivation, median |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
} finally {
  await browser.close()
  await server.close()
}
