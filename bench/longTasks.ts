// `npm run bench:long-tasks`: the PIN latency in real Chromium, from the PIN's last digit to the
// proof ready (Argon2id 64 MiB, t=3 + HKDF + secp256k1), in the kit's Worker (prewarmed, as a
// PinPad does on mount and focus) against the same job in the page's thread, interleaved run by
// run; and the main-thread long tasks (over 50 ms, PerformanceObserver) meanwhile. Same page as
// test/browser/kdf.test.ts, which asserts the long tasks; this prints the figures. RUNS=<n>.
import os from 'node:os'
import { chromiumPath, launchChromium } from '../test/browser/utils/chromium.ts'
import { serveFixtures } from '../test/browser/utils/serveFixtures.ts'

const RUNS = Number(process.env.RUNS ?? 11)
const COLD_RUNS = 3
const TARGET = 1.15

if (!chromiumPath) {
  console.log('Chromium is not installed (apt-get install -y chromium): no long-task figures.')
  process.exit(0)
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')

console.log(
  `PIN derivation in Chromium (Argon2id m=64 MiB t=3 p=1 + HKDF + secp256k1): ${RUNS} interleaved ` +
    `runs after a warm-up; ${os.availableParallelism()} cores, load average ${load()}`,
)
const [browser, server] = await Promise.all([launchChromium(), serveFixtures()])
try {
  const page = await browser.newPage()
  await page.goto(`${server.url}/kdf.html`)
  await page.waitForFunction(() => typeof window.deriveWithLongTasks === 'function')
  // Warm-up, not counted: Vite transforms the worker's modules on first load, and the page's
  // thread compiles its own kernel on its first in-thread job.
  await page.evaluate(() => window.prewarmSigner())
  await page.evaluate(() => window.deriveWithLongTasks(true))
  await page.evaluate(() => window.deriveWithLongTasks(false))

  type Row = { tasks: number[]; times: number[] }
  const rows = { worker: { tasks: [], times: [] } as Row, thread: { tasks: [], times: [] } as Row }
  const record = (row: Row, result: { longTasks: number[]; ms: number }) => {
    row.tasks.push(...result.longTasks)
    row.times.push(result.ms)
  }
  for (let run = 0; run < RUNS; run++) {
    // The pad mounted (or gained focus) while the user typed: the worker is ready.
    await page.evaluate(() => window.prewarmSigner())
    record(rows.worker, await page.evaluate(() => window.deriveWithLongTasks(true)))
    record(rows.thread, await page.evaluate(() => window.deriveWithLongTasks(false)))
  }
  // For reference: a job that finds no worker (its idle timeout passed and nothing prewarmed).
  const cold: Row = { tasks: [], times: [] }
  for (let run = 0; run < COLD_RUNS; run++) {
    await page.evaluate(() => window.terminateIdleSigner())
    record(cold, await page.evaluate(() => window.deriveWithLongTasks(true)))
  }

  const line = (label: string, row: Row) =>
    `| ${label} | ${row.tasks.length} | ${row.tasks.length ? Math.max(...row.tasks) : 0} ms | ` +
    `${Math.round(median(row.times))} ms | ${Math.min(...row.times)}–${Math.max(...row.times)} ms |`
  console.log('| where | long tasks (> 50 ms) | longest | last digit → proof, median | range |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  console.log(line('in the kit’s Worker, prewarmed', rows.worker))
  console.log(line('in the page’s thread (control)', rows.thread))
  console.log(line(`in a cold Worker (no prewarm; ${COLD_RUNS} runs)`, cold))
  const ratio = median(rows.worker.times) / median(rows.thread.times)
  // Each round's two runs share that moment's load: their ratio cancels the drift between rounds.
  const paired = median(rows.worker.times.map((ms, run) => ms / (rows.thread.times[run] as number)))
  console.log(
    `ratio Worker / thread (medians) ${ratio.toFixed(2)}× — target ≤ ${TARGET}×: ` +
      `${ratio <= TARGET ? 'met' : 'MISSED'}; median of the ${RUNS} per-round ratios ` +
      `${paired.toFixed(2)}×; main-thread tasks over 50 ms with the Worker: ` +
      `${rows.worker.tasks.length + cold.tasks.length}`,
  )
  console.log(`load average at the end: ${load()}`)
} finally {
  await browser.close()
  await server.close()
}
