// `npm run bench:kdf`: the kit's Argon2id (its WebAssembly SIMD kernel, as the PIN and email modes
// run it) against the reference `argon2` CLI on the same machine, same inputs, same run
// (issue 22 budget: CPU time ≤ 0.85× the CLI's), with hash-wasm's scalar build (the kit's fallback
// where SIMD is missing) as a third row. Runs are interleaved so that drift (thermal, noisy
// neighbours) hits all alike; RUNS=<n> sets how many (default 15: the machine is shared).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { bytesToHex } from 'viem'
import { argon2idBytes } from '../src/core/kdf/argon2idBytes.ts'
import { argon2idHashWasm } from '../src/core/kdf/argon2idHashWasm.ts'
import type { KdfParams } from '../src/core/kdf/validateKdfParams.ts'
import { signKdfProof } from '../src/core/kdf/signKdfProof.ts'
import { bytesToBase64 } from '../src/core/utils/base64.ts'

const RUNS = Number(process.env.RUNS ?? 15)
const TARGET = 0.85
const PASSWORD = '123456'
// The CLI takes the salt as a command-line string: ASCII, 16 bytes, same bytes for hash-wasm.
const SALT = 'ibex-bench-salt!'
const PARAMS: KdfParams = { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 }

type Sample = { kit: number; kitCpu: number; cliSelf: number; cliWall: number }

function cli(iterations: number, raw: boolean): { stdout: string; wallMs: number } {
  const args = [SALT, '-id', '-t', String(iterations), '-m', '16', '-p', '1', '-l', '32']
  const start = performance.now()
  const result = spawnSync('argon2', raw ? [...args, '-r'] : args, { input: PASSWORD })
  const wallMs = performance.now() - start
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`argon2 exited ${result.status}: ${result.stderr}`)
  return { stdout: result.stdout.toString(), wallMs }
}

// Without -r the CLI prints the hash time it measured with clock() (CPU time of argon2_hash,
// allocation included, process start excluded), then verifies, which costs a second hash: so
// its wall time is taken from a separate `-r` run, which hashes once.
function cliSelfMs(iterations: number): number {
  const match = /([\d.]+) seconds/.exec(cli(iterations, false).stdout)
  if (!match?.[1]) throw new Error('argon2 CLI printed no timing line')
  return Number(match[1]) * 1000
}

// Wall time, and CPU time of the process (user + system, the measure the CLI's clock() takes,
// less sensitive to other load on a shared machine; it also counts V8's helper threads).
async function timed(run: () => Promise<Uint8Array>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const hash = await run()
  const wallMs = performance.now() - start
  const { user, system } = process.cpuUsage(cpu)
  hash.fill(0)
  return { wallMs, cpuMs: (user + system) / 1000 }
}

const kitRun = (iterations: number) =>
  timed(() => argon2idBytes(PASSWORD, new TextEncoder().encode(SALT), { ...PARAMS, iterations }))

// Same NFKC + UTF-8 step as argon2idBytes, so that the two rows differ by the engine only.
const hashWasmRun = () =>
  timed(() =>
    argon2idHashWasm(
      new TextEncoder().encode(PASSWORD.normalize('NFKC')),
      new TextEncoder().encode(SALT),
      PARAMS,
    ),
  )

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)

function hashWasmVersion(): string {
  const path = new URL('../node_modules/hash-wasm/package.json', import.meta.url)
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
}

async function main() {
  const cpus = os.cpus()
  console.log(
    `Argon2id m=${PARAMS.memory} KiB (64 MiB), t=${PARAMS.iterations}, p=${PARAMS.parallelism}, 32 bytes; ` +
      `password "${PASSWORD}", salt "${SALT}"; ${RUNS} interleaved runs after 1 warm-up`,
  )
  console.log(
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${os.availableParallelism()} cores, ` +
      `${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ` +
      `load ${os.loadavg()[0]?.toFixed(2)}, ` +
      `Node ${process.version}, hash-wasm ${hashWasmVersion()}`,
  )

  const salt = new TextEncoder().encode(SALT)
  const kitHex = bytesToHex(await argon2idBytes(PASSWORD, salt, PARAMS)).slice(2)
  let cliHex: string
  try {
    cliHex = cli(PARAMS.iterations, true).stdout.trim()
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    console.log(
      missing
        ? 'argon2 CLI not found: `apt-get install argon2` (Debian/Ubuntu) and run again. No comparison made.'
        : `argon2 CLI failed: ${String(error)}`,
    )
    return
  }
  if (kitHex !== cliHex) {
    console.log(`hash mismatch: kit ${kitHex} ≠ CLI ${cliHex}`)
    process.exitCode = 1
    return
  }
  const hashWasmHex = bytesToHex(
    await argon2idHashWasm(new TextEncoder().encode(PASSWORD), salt, PARAMS),
  ).slice(2)
  if (hashWasmHex !== cliHex) {
    console.log(`hash mismatch: hash-wasm ${hashWasmHex} ≠ CLI ${cliHex}`)
    process.exitCode = 1
    return
  }
  console.log(`same hash from all three: ${kitHex}`)

  // Warm-up: compiles and tiers up the WASM, fills the page cache with the CLI binary.
  await kitRun(PARAMS.iterations)
  cliSelfMs(PARAMS.iterations)
  cli(PARAMS.iterations, true)

  const samples: Sample[] = []
  for (let i = 0; i < RUNS; i++) {
    const { wallMs: kit, cpuMs: kitCpu } = await kitRun(PARAMS.iterations)
    const cliSelf = cliSelfMs(PARAMS.iterations)
    const cliWall = cli(PARAMS.iterations, true).wallMs
    samples.push({ kit, kitCpu, cliSelf, cliWall })
  }

  // The whole PIN job as the kit runs it (Argon2id + HKDF + secp256k1 signature), in-thread.
  const materials = {
    externalUserId: 'bench',
    salt: bytesToBase64(salt),
    saltVersion: 1,
    kdf: PARAMS,
    kdfParamsVersion: 1,
    challenge: 'bench',
    challengeExpiresAt: new Date().toISOString(),
  }
  const proof: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await signKdfProof({ pin: PASSWORD, appId: 'localhost', materials })
    proof.push(performance.now() - start)
  }

  // A realm's first derivation compiles the kernel, instantiates it and faults its memory in (a
  // signer worker does that when prewarmed): the first call of a fresh Node process.
  const cold: number[] = []
  const script = `
    import { argon2idBytes } from ${JSON.stringify(new URL('../src/core/kdf/argon2idBytes.ts', import.meta.url).href)}
    const start = performance.now()
    await argon2idBytes(${JSON.stringify(PASSWORD)}, new TextEncoder().encode(${JSON.stringify(SALT)}), ${JSON.stringify(PARAMS)})
    console.log(performance.now() - start)`
  for (let i = 0; i < 5; i++) {
    const child = spawnSync(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ])
    cold.push(Number(child.stdout.toString().trim()))
  }

  // hash-wasm, for comparison only, in a loop of its own: the 64 MiB each run leaves to the
  // garbage collector would otherwise be freed inside the kit's timed runs.
  await hashWasmRun()
  const hashWasm: { wallMs: number; cpuMs: number }[] = []
  for (let i = 0; i < RUNS; i++) hashWasm.push(await hashWasmRun())

  const W = 50
  const row = (label: string, values: number[]) => {
    const { median, min, max } = stats(values)
    console.log(`| ${label.padEnd(W)} | ${ms(median)} | ${ms(min)} | ${ms(max)} |`)
  }
  console.log('')
  console.log(
    `| ${'what'.padEnd(W)} | ${'median'.padStart(10)} | ${'min'.padStart(10)} | ${'max'.padStart(10)} |`,
  )
  console.log(`|${'-'.repeat(W + 2)}|${'-'.repeat(11)}:|${'-'.repeat(11)}:|${'-'.repeat(11)}:|`)
  const rows: [string, number[]][] = [
    ['kit argon2idBytes (SIMD kernel), wall time', samples.map((s) => s.kit)],
    ['kit argon2idBytes (SIMD kernel), CPU time', samples.map((s) => s.kitCpu)],
    ['hash-wasm argon2id (kit fallback), wall time', hashWasm.map((s) => s.wallMs)],
    ['hash-wasm argon2id (kit fallback), CPU time', hashWasm.map((s) => s.cpuMs)],
    ['argon2 CLI, its own clock() (CPU time)', samples.map((s) => s.cliSelf)],
    ['argon2 CLI -r, process wall time', samples.map((s) => s.cliWall)],
    ['kit whole PIN proof (Argon2id+HKDF+sign), wall', proof],
    ['kit first call in a fresh process (cold WASM)', cold],
  ]
  for (const [label, values] of rows) row(label, values)

  const median = (pick: (sample: Sample) => number) => stats(samples.map(pick)).median
  const ratios = [
    ['kit CPU / CLI CPU (like for like)', median((s) => s.kitCpu) / median((s) => s.cliSelf)],
    ['kit wall / CLI CPU', median((s) => s.kit) / median((s) => s.cliSelf)],
    ['kit wall / CLI process wall', median((s) => s.kit) / median((s) => s.cliWall)],
    [
      'hash-wasm CPU / CLI CPU (not the target)',
      stats(hashWasm.map((s) => s.cpuMs)).median / median((s) => s.cliSelf),
    ],
  ] as const
  console.log('')
  for (const [label, ratio] of ratios) console.log(`ratio ${label.padEnd(40)} ${ratio.toFixed(2)}×`)
  const headline = ratios[0][1]
  console.log(`target ≤ ${TARGET}× (like for like): ${headline <= TARGET ? 'met' : 'MISSED'}`)

  // Where the gap comes from: CPU time at t=1 and t=6 (interleaved, kit and CLI alike) splits
  // each side into a fixed part (allocation, first touch and wipe of the memory, H0, the tag)
  // and a per-pass part (the compression function over 64 MiB).
  const at: Record<'kit' | 'cli', Record<1 | 6, number[]>> = {
    kit: { 1: [], 6: [] },
    cli: { 1: [], 6: [] },
  }
  for (let i = 0; i < Math.max(5, Math.ceil(RUNS / 2)); i++) {
    for (const t of [1, 6] as const) {
      at.kit[t].push((await kitRun(t)).cpuMs)
      at.cli[t].push(cliSelfMs(t))
    }
  }
  const split = (side: 'kit' | 'cli') => {
    const one = stats(at[side][1]).median
    const perPass = (stats(at[side][6]).median - one) / 5
    return { perPass, fixed: one - perPass }
  }
  const kitSplit = split('kit')
  const cliSplit = split('cli')
  console.log(
    `diagnosis: per pass over 64 MiB kit ${kitSplit.perPass.toFixed(1)} ms vs CLI ${cliSplit.perPass.toFixed(1)} ms ` +
      `(${(kitSplit.perPass / cliSplit.perPass).toFixed(2)}×); fixed cost kit ${kitSplit.fixed.toFixed(1)} ms ` +
      `vs CLI ${cliSplit.fixed.toFixed(1)} ms (${(kitSplit.fixed / cliSplit.fixed).toFixed(2)}×)`,
  )
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`,
  )
}

await main()
