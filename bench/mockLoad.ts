// `npm run bench:mock`: the Node mock IBEx under a bounded mixed load, loopback only. The mock runs
// in a child process (`src/mock/node/cli.ts --port 0`, as `npx ibex-mock` does) so that its RSS is
// its own; this process is the load generator. Prints:
//
// - 2,000 requests, 50 in flight: requests/s, p50/p99 latency, answers by status, and 5xx (0 is
//   the promise: every request of the mix is well-formed or the client's fault);
// - RSS of the mock at start and after each of three rounds of 10,000 requests of the same mix:
//   expired challenges, pending sign-ups and codes are pruned and capped, so once the caps are
//   reached (first round) the later rounds leave it flat.
//
// Stops by itself (and kills the mock) when done or after 5 minutes.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { privateKeyToAccount } from 'viem/accounts'
import { kdfProofMessage } from '../src/core/protocol/kdfProofMessage.ts'
import { bytesToBase64url } from '../src/core/utils/base64.ts'

const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/node/cli.ts', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const killer = setTimeout(() => {
  console.error('bench:mock took over 5 minutes: stopped')
  child.kill('SIGKILL')
  process.exit(1)
}, 300_000)

const url = await new Promise<string>((resolve, reject) => {
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
    if (match?.[1]) resolve(match[1])
  })
  child.once('exit', (code) => reject(new Error(`the mock exited (${code}): ${output}`)))
})

function rssMiB(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return kib / 1024
}

const headers = { 'content-type': 'application/json', 'x-rpid': 'localhost' }

async function json(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...headers, ...init.headers },
  })
  return (await response.json()) as Record<string, unknown>
}

// One signed-in PIN user, for the authenticated reads and the faucet.
const account = privateKeyToAccount(`0x${'42'.repeat(32)}`)
const begin = await json('/v1.2/auth/sign-up?wallet=kdf')
const nonce = bytesToBase64url(crypto.getRandomValues(new Uint8Array(16)))
const timestamp = Date.now()
const proof = {
  challenge: String(begin.challenge),
  challengeExpiresAt: String(begin.challengeExpiresAt),
  externalUserId: String(begin.externalUserId),
  nonce,
  timestamp,
}
const versions = {
  kdfParamsVersion: Number(begin.kdfParamsVersion),
  saltVersion: Number(begin.saltVersion),
}
const session = await json('/v1.2/auth/sign-up', {
  method: 'POST',
  body: JSON.stringify({
    wallet: 'kdf',
    ...proof,
    ...versions,
    publicKey: account.address,
    signature: await account.signMessage({
      message: kdfProofMessage({ appId: 'localhost', ...proof, ...versions }),
    }),
    serverSignature: String(begin.serverSignature),
    serverKeyId: String(begin.serverKeyId),
  }),
})
const token = String(session.access_token)
const safe = String((session.safeAddress as Record<string, string>)['421614'])
if (!token || !safe.startsWith('0x')) throw new Error('could not sign up the bench user')
const auth = { authorization: `Bearer ${token}`, 'x-blockchain-id': '421614' }

let counter = 0
/** The mix: sign-up GETs of every mode, reads, a faucet credit, and refusals. */
const mix: (() => [string, RequestInit])[] = [
  () => ['/health', {}],
  () => ['/v1.2/auth/sign-up?wallet=kdf', {}],
  () => ['/v1.2/auth/sign-up?wallet=passkeys', {}],
  () => [`/v1.2/auth/sign-up?wallet=email&email=load${(counter += 1)}@example.com`, {}],
  () => ['/v1.2/chains', { headers: auth }],
  () => ['/v1.2/users/me', { headers: auth }],
  () => [`/v1.2/users/me/balances?walletAddress=${safe}`, { headers: auth }],
  () => ['/v1.2/users/me/transactions', { headers: auth }],
  () => [
    '/__mock/faucet',
    { method: 'POST', body: JSON.stringify({ address: safe, amount: '0.01', token: 'EUR-IBEX' }) },
  ],
  () => ['/v1.2/auth/refresh', { method: 'POST', body: '{"refresh_token":"nope"}' }],
  () => ['/v1.2/auth/sign-up', { method: 'POST', body: '{not json' }],
  () => ['/v1.2/no/such/route', {}],
]

type Run = { seconds: number; latencies: number[]; statuses: Map<number, number> }

async function load(total: number, concurrency: number): Promise<Run> {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const started = performance.now()
  async function worker() {
    while (next < total) {
      const index = next
      next += 1
      const [path, init] = mix[index % mix.length]?.() ?? ['/health', {}]
      const sent = performance.now()
      const response = await fetch(`${url}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
      })
      await response.arrayBuffer()
      latencies.push(performance.now() - sent)
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { seconds: (performance.now() - started) / 1000, latencies, statuses }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

function fiveXx(run: Run): number {
  let count = 0
  for (const [status, n] of run.statuses) if (status >= 500) count += n
  return count
}

await load(200, 10) // warm-up: JIT, connections
const burst = await load(2000, 50)
const rssStart = rssMiB()
const first = await load(10_000, 50)
const rssFirst = rssMiB()
const second = await load(10_000, 50)
const rssSecond = rssMiB()
const third = await load(10_000, 50)
const rssThird = rssMiB()

const statusList = (run: Run) =>
  [...run.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ')

console.log(`mock IBEx under load (${url}, ${mix.length}-request mix, loopback)`)
console.log(
  `  2,000 requests, 50 in flight: ${(2000 / burst.seconds).toFixed(0)} req/s, p50 ${percentile(burst.latencies, 50).toFixed(1)} ms, p99 ${percentile(burst.latencies, 99).toFixed(1)} ms`,
)
console.log(`  answers: ${statusList(burst)}; 5xx: ${fiveXx(burst)}`)
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`
console.log(
  `  RSS of the mock: ${rssStart.toFixed(1)} MiB at start → ${rssFirst.toFixed(1)} after 10,000 requests (${signed(rssFirst - rssStart)}) → ${rssSecond.toFixed(1)} after 10,000 more (${signed(rssSecond - rssFirst)}) → ${rssThird.toFixed(1)} after 10,000 more (${signed(rssThird - rssSecond)})`,
)
console.log(
  `  5xx over the 30,000: ${fiveXx(first) + fiveXx(second) + fiveXx(third)}; ${(10_000 / third.seconds).toFixed(0)} req/s on the last 10,000`,
)

clearTimeout(killer)
child.kill('SIGTERM')
const failed = fiveXx(burst) + fiveXx(first) + fiveXx(second) + fiveXx(third) > 0
process.exit(failed ? 1 : 0)
