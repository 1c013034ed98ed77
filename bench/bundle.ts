// `npm run bench:bundle`: what a browser fetches on real journeys. Each scenario app (bench/apps,
// bench/competitors/apps) is built with Vite for production, served on 127.0.0.1 with every file
// gzipped on its own (as a CDN sends it), and run in Debian Chromium against the Node mock IBEx
// with a virtual passkey authenticator. Every JS, CSS, wasm and worker request the page (and its
// workers) starts is recorded until the app reaches the journey's end — (a) balances on screen
// after a passkey sign-in, (b) a transfer confirmed, (c) balances after a PIN sign-in — and
// reported with its bytes as sent, the JS request count and the longest chain of dependent
// loads, file by file. wagmi, Clerk and Coinbase CDP hooks are measured the same way in the same
// run; their packages live in bench/competitors (installed here on first use, never by CI).
//
// Flags: --no-build (reuse dist/), --no-competitors, --only ID (one scenario), --json FILE
// (write the figures); BENCH_DEBUG=1 prints the pages' console.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { startMockIbexServer } from '../src/mock/node/startMockIbexServer.ts'
import { launchChromium } from '../test/browser/utils/chromium.ts'
import { addVirtualAuthenticator } from '../src/testing/addVirtualAuthenticator.ts'
import {
  analyseLoads,
  totals,
  type MarkFigures,
  type MeasuredLoad,
} from './journey/analyseLoads.ts'
import { buildApp, ROOT, type BuiltApp } from './journey/buildApp.ts'
import { recordLoads, type LoadRecorder } from './journey/recordLoads.ts'
import { injectedWalletScript, rpcNode } from './journey/rpcNode.ts'
import { serveApp, type AppServer } from './journey/serveApp.ts'

const args = new Set(process.argv.slice(2))
const jsonOut = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : undefined
const OUT = resolve(ROOT, 'bench/.out/bundle')
const COMPETITORS = resolve(ROOT, 'bench/competitors')
const PIN = '482916'

/** The budgets of design.md §6 (react/react-dom excluded, as wagmi's 49.1 kB was measured). */
export const BUDGETS = {
  balancesBytes: 35 * 1000,
  transferBytes: 45 * 1000,
  balancesJsRequests: 12,
  depth: 2,
}

type Context = { page: Page; app: AppServer; setup: AppServer; mockUrl: string }

type Scenario = {
  id: string
  title: string
  appFile: string
  competitor?: boolean
  /** Served besides the app (a CDN's files, served locally). */
  cdn?: Record<string, string>
  rpc?: boolean
  /** Marks the journey reaches, with what each means. */
  marks: { name: string; label: string }[]
  run(context: Context, recorder: LoadRecorder): Promise<void>
}

// Whether the page has requested `/__mark/<name>` yet, at any time (a wait registered after the
// click that leads to it could miss a fast one).
async function waitForMark(recorder: LoadRecorder, name: string, timeout = 180_000) {
  const start = Date.now()
  while (!recorder.loads.some((load) => load.path === `/__mark/${name}`)) {
    if (Date.now() - start > timeout) throw new Error(`the app never reached "${name}"`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

// Until no new load for `quietMs` (the page has fetched what it will without a user).
async function waitQuiet(recorder: LoadRecorder, quietMs = 3000, maxMs = 30_000) {
  const start = Date.now()
  let count = -1
  let since = Date.now()
  while (Date.now() - start < maxMs) {
    if (recorder.loads.length !== count) {
      count = recorder.loads.length
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return
    await new Promise((done) => setTimeout(done, 200))
  }
}

async function signUpInSetup(context: Context, button: string): Promise<string> {
  const { page, setup, mockUrl } = context
  await page.goto(`${setup.url}/?api=${encodeURIComponent(mockUrl)}`)
  await page.getByRole('button', { name: button }).click()
  const done = page.getByTestId('done')
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="done"]')?.textContent ?? '') !== '' ||
      (document.querySelector('[role="alert"]')?.textContent ?? '') !== '',
    undefined,
    { timeout: 120_000 },
  )
  const id = (await done.textContent()) ?? ''
  if (!id) throw new Error(`setup failed: ${await page.getByRole('alert').textContent()}`)
  return id
}

const scenarios: Scenario[] = [
  {
    id: 'ibex-passkey',
    title: 'ibex-react: PasskeyButton sign-in + useBalances + useTransfer',
    appFile: 'bench/apps/ibexPasskey.tsx',
    marks: [
      { name: 'balances', label: '(a) balances on screen after a passkey sign-in' },
      { name: 'transfer', label: '(b) a transfer confirmed' },
    ],
    async run(context, recorder) {
      await signUpInSetup(context, 'Passkey sign-up')
      const { page, app, mockUrl } = context
      await page.goto(`${app.url}/?api=${encodeURIComponent(mockUrl)}`)
      await page.getByRole('button', { name: /sign in with a passkey/i }).click()
      await waitForMark(recorder, 'balances')
      await page.getByRole('button', { name: 'Send 1 EUR-IBEX' }).click()
      await waitForMark(recorder, 'transfer')
    },
  },
  {
    id: 'ibex-pin',
    title: 'ibex-react: PinPad + useSignIn (PIN) + useBalances',
    appFile: 'bench/apps/ibexPin.tsx',
    marks: [{ name: 'balances', label: '(c) balances on screen after a PIN sign-in' }],
    async run(context, recorder) {
      const user = await signUpInSetup(context, 'PIN sign-up')
      const { page, app, mockUrl } = context
      await page.goto(
        `${app.url}/?api=${encodeURIComponent(mockUrl)}&user=${encodeURIComponent(user)}`,
      )
      await page.getByRole('button', { name: 'Digit 1' }).focus()
      await page.keyboard.type(PIN)
      await waitForMark(recorder, 'balances')
    },
  },
  {
    id: 'wagmi',
    title: 'wagmi 3: injected connector + useBalance + useSendTransaction',
    appFile: 'bench/competitors/apps/wagmi.tsx',
    competitor: true,
    rpc: true,
    marks: [
      { name: 'balances', label: '(a) balance on screen after connecting the injected wallet' },
      { name: 'transfer', label: '(b) a transaction sent (hash returned by the wallet)' },
    ],
    async run({ page, app }, recorder) {
      await page.goto(`${app.url}/`)
      await page.getByRole('button', { name: 'Connect wallet' }).click()
      await waitForMark(recorder, 'balances')
      await page.getByRole('button', { name: 'Send' }).click()
      await waitForMark(recorder, 'transfer')
    },
  },
  {
    id: 'clerk',
    title:
      '@clerk/clerk-react 5 + clerk-js (served locally as its CDN would): <SignIn /> + useUser',
    appFile: 'bench/competitors/apps/clerk.tsx',
    competitor: true,
    cdn: { '/clerk-cdn/': 'bench/competitors/node_modules/@clerk/clerk-js/dist/' },
    marks: [
      {
        name: 'reached',
        label:
          'what loads before the page goes quiet: its Frontend API is unreachable offline, so no sign-in form, no session',
      },
    ],
    async run({ page, app }, recorder) {
      await page.goto(`${app.url}/`)
      await waitQuiet(recorder, 4000)
      await page.evaluate(() => fetch('/__mark/reached'))
    },
  },
  {
    id: 'cdp',
    title:
      '@coinbase/cdp-hooks: CDPHooksProvider + email sign-in + useEvmAddress + useSendEvmTransaction',
    appFile: 'bench/competitors/apps/cdp.tsx',
    competitor: true,
    marks: [
      {
        name: 'reached',
        label:
          'what loads before the page goes quiet: the CDP API is unreachable offline, so initialisation never ends',
      },
    ],
    async run({ page, app }, recorder) {
      await page.goto(`${app.url}/`)
      await waitQuiet(recorder, 4000)
      await page.evaluate(() => fetch('/__mark/reached'))
    },
  },
]

type Result = {
  scenario: Scenario
  figures?: Record<string, MarkFigures>
  error?: string
}

async function measure(
  browser: Browser,
  scenario: Scenario,
  app: BuiltApp,
  setup: AppServer,
  mockUrl: string,
) {
  const server = await serveApp(
    app.outDir,
    scenario.cdn
      ? Object.fromEntries(Object.entries(scenario.cdn).map(([p, d]) => [p, resolve(ROOT, d)]))
      : {},
    scenario.rpc ? rpcNode : undefined,
  )
  // A fresh context per scenario: empty HTTP cache and storage.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    if (process.env.BENCH_DEBUG) {
      page.on('console', (message) => console.error(`[${scenario.id}] ${message.text()}`))
      page.on('pageerror', (error) => console.error(`[${scenario.id}] ${error.message}`))
    }
    await addVirtualAuthenticator(page)
    if (scenario.rpc) await page.addInitScript(injectedWalletScript)
    const recorder = await recordLoads(page, server.url)
    await scenario.run({ page, app: server, setup, mockUrl }, recorder)
    await waitQuiet(recorder)
    recorder.settle()
    writeFileSync(
      resolve(OUT, `${scenario.id}.loads.json`),
      JSON.stringify(recorder.loads, null, 1),
    )
    const figures: Record<string, MarkFigures> = {}
    for (const mark of scenario.marks)
      figures[mark.name] = analyseLoads(app, recorder.loads, mark.name, (path) =>
        server.sizeOf(path),
      )
    // Every load the page saw reached the server (none came from a cache or another origin).
    const served = server.log.filter((entry) => /\.(m?js|css|wasm)$/.test(entry.path)).length
    const seen = recorder.loads.filter((load) => /\.(m?js|css|wasm)$/.test(load.path)).length
    if (served !== seen)
      console.error(`${scenario.id}: the server sent ${served} files, the page started ${seen}`)
    return figures
  } finally {
    await context.close()
    await server.close()
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const check = (ok: boolean) => (ok ? '✓' : '✗')

function printHeadline(results: Result[]) {
  console.log('\n## To each end state (bytes as sent: each file gzipped on its own)\n')
  console.log(
    '| app | end state | kit (no react) | JS | CSS | react + react-dom | total | JS requests (no react / all) | dependent-load depth |',
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const { scenario, figures, error } of results) {
    if (error || !figures) {
      console.log(`| ${scenario.title} | — | — | — | — | — | — | — | ${error ?? ''} |`)
      continue
    }
    for (const mark of scenario.marks) {
      const t = totals(figures[mark.name]?.loads ?? [])
      console.log(
        `| ${scenario.title} | ${mark.label} | **${kB(t.withoutReact)}** | ${kB(t.js)} | ${kB(t.css)} | ${kB(t.react)} | ${kB(t.all)} | ${t.jsRequestsWithoutReact} / ${t.jsRequests} | ${t.depth} |`,
      )
    }
  }
}

function printBudgets(results: Result[]) {
  const passkey = results.find((result) => result.scenario.id === 'ibex-passkey')?.figures
  if (!passkey?.balances || !passkey.transfer) return
  const a = totals(passkey.balances.loads)
  const b = totals(passkey.transfer.loads)
  console.log(
    "\n## Budgets (design.md §6; react and react-dom excluded, as in the issue's wagmi figure)\n",
  )
  console.log('| budget | measured | |')
  console.log('| --- | ---: | --- |')
  console.log(
    `| to first signed-in balances ≤ ${kB(BUDGETS.balancesBytes)} | ${kB(a.withoutReact)} | ${check(a.withoutReact <= BUDGETS.balancesBytes)} |`,
  )
  console.log(
    `| to a first confirmed transfer ≤ ${kB(BUDGETS.transferBytes)} | ${kB(b.withoutReact)} | ${check(b.withoutReact <= BUDGETS.transferBytes)} |`,
  )
  console.log(
    `| JS requests to balances ≤ ${BUDGETS.balancesJsRequests} (react's own chunks apart) | ${a.jsRequestsWithoutReact} (${a.jsRequests} with them) | ${check(a.jsRequestsWithoutReact <= BUDGETS.balancesJsRequests)} |`,
  )
  console.log(
    `| dependent-load depth to balances ≤ ${BUDGETS.depth} | ${a.depth} | ${check(a.depth <= BUDGETS.depth)} |`,
  )
  const forbidden =
    /(ceremonies\/(kdf|email|eip7702)|\/kdf\/|schemas\/(kdf|email|eip7702|pin)|signerWorker)/i
  const passkeyOnly = [...passkey.transfer.loads, ...passkey.transfer.after].filter(
    (load) => load.contents.some((module) => forbidden.test(module)) || load.kind === 'worker',
  )
  console.log(
    `| passkey-only app downloads no PIN, email or 7702 code | ${passkeyOnly.length === 0 ? 'none' : passkeyOnly.map((load) => load.path).join(', ')} | ${check(passkeyOnly.length === 0)} |`,
  )
  const signUp = passkey.balances.loads.filter((load) =>
    load.contents.some((module) =>
      /ceremonies\/passkeys\/signUp|createPasskeyCredential|passkeySignUpChallengeSchema|getSignUpChallenge|submitSignUp/.test(
        module,
      ),
    ),
  )
  console.log(
    `| sign-in-only PasskeyButton preloads no sign-up code | ${signUp.length === 0 ? 'none' : signUp.map((load) => load.path).join(', ')} | ${check(signUp.length === 0)} |`,
  )
  const realtime = passkey.balances.loads.filter((load) =>
    load.contents.some((module) => /core\/realtime\/createRealtime|syncRealtimeCache/.test(module)),
  )
  console.log(
    `| the realtime client loads after balances | ${realtime.length === 0 ? 'after' : `before: ${realtime.map((load) => load.path).join(', ')}`} | ${check(realtime.length === 0)} |`,
  )
}

function chunkTable(loads: MeasuredLoad[]) {
  const rows = [
    '| # | file | kind | gz as sent | raw | depth | started by | holds (biggest first) |',
    '| ---: | --- | --- | ---: | ---: | ---: | --- | --- |',
  ]
  loads.forEach((load, index) => {
    const holds = load.isReact
      ? 'react, react-dom, scheduler'
      : load.contents.slice(0, 6).join(', ') +
        (load.contents.length > 6 ? `, … (${load.contents.length} modules)` : '')
    rows.push(
      `| ${index + 1} | ${load.path} | ${load.kind} | ${kB(load.gzipBytes)} | ${kB(load.rawBytes)} | ${load.depth} | ${load.initiator} | ${holds} |`,
    )
  })
  return rows.join('\n')
}

function printChunks(results: Result[]) {
  for (const { scenario, figures } of results) {
    if (!figures) continue
    let previous: Set<string> = new Set()
    for (const mark of scenario.marks) {
      const loads = figures[mark.name]?.loads ?? []
      const fresh = loads.filter((load) => !previous.has(load.path))
      console.log(
        `\n### ${scenario.title} — ${mark.label}${previous.size ? ' (files added since the previous state)' : ''}\n`,
      )
      console.log(chunkTable(fresh))
      previous = new Set(loads.map((load) => load.path))
    }
    const last = scenario.marks.at(-1)?.name
    const after = last ? (figures[last]?.after ?? []) : []
    if (after.length > 0 && !scenario.competitor) {
      console.log(
        `\nLoaded after that state (not waited for): ${after.map((load) => `${load.path} ${kB(load.gzipBytes)}`).join(', ')}`,
      )
    }
    if (scenario.marks.length > 1 || !scenario.competitor) {
      const first = scenario.marks[0]?.name
      const afterFirst = first ? (figures[first]?.after ?? []) : []
      if (afterFirst.length > 0)
        console.log(
          `\nAfter ${first} were on screen: ${afterFirst.map((load) => `${load.path} ${kB(load.gzipBytes)}`).join(', ')}`,
        )
    }
  }
}

async function main() {
  if (!args.has('--no-build')) {
    console.error('building dist/ (npm run build)…')
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  const withCompetitors = !args.has('--no-competitors')
  if (withCompetitors && !existsSync(resolve(COMPETITORS, 'node_modules'))) {
    console.error('installing the competitors (npm install --prefix bench/competitors)…')
    execFileSync('npm', ['install', '--prefix', COMPETITORS, '--ignore-scripts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  mkdirSync(OUT, { recursive: true })
  const only = process.argv.includes('--only')
    ? process.argv[process.argv.indexOf('--only') + 1]
    : undefined
  const chosen = scenarios.filter(
    (scenario) => (withCompetitors || !scenario.competitor) && (!only || scenario.id === only),
  )
  const built = new Map<string, BuiltApp>()
  for (const scenario of chosen) {
    console.error(`building ${scenario.id}…`)
    built.set(
      scenario.id,
      await buildApp(scenario.title, resolve(ROOT, scenario.appFile), resolve(OUT, scenario.id)),
    )
  }
  const setupApp = await buildApp(
    'setup',
    resolve(ROOT, 'bench/apps/setup.tsx'),
    resolve(OUT, 'setup'),
  )
  const [browser, mock, setup] = await Promise.all([
    launchChromium(),
    startMockIbexServer({ port: 0 }),
    serveApp(setupApp.outDir),
  ])
  const results: Result[] = []
  try {
    for (const scenario of chosen) {
      console.error(`running ${scenario.id}…`)
      try {
        const app = built.get(scenario.id)
        if (!app) throw new Error('not built')
        results.push({ scenario, figures: await measure(browser, scenario, app, setup, mock.url) })
      } catch (error) {
        results.push({ scenario, error: (error as Error).message.split('\n')[0] ?? 'failed' })
      }
    }
  } finally {
    await browser.close()
    await mock.close()
    await setup.close()
  }
  console.log(
    `# bench:bundle — ${new Date().toISOString()}, Chromium ${browser.version()}, Vite production builds, gzip -9 per file`,
  )
  printHeadline(results)
  printBudgets(results)
  printChunks(results)
  if (jsonOut)
    writeFileSync(
      jsonOut,
      JSON.stringify(
        results.map(({ scenario, figures, error }) => ({
          id: scenario.id,
          title: scenario.title,
          figures,
          error,
        })),
        null,
        2,
      ),
    )
  if (results.some((result) => result.error)) process.exitCode = 1
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main()
  // Sockets the pages left open must not keep the process alive.
  process.exit(process.exitCode ?? 0)
}
