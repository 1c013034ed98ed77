// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm run mock (src/mock/node/cli.ts)', () => {
  it('prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/mock/node/cli.ts', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    try {
      let output = ''
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)))
      })
      const health = await fetch(`${url}/health`)
      expect(await health.json()).toMatchObject({ status: 'ok' })

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(output).toContain('stopped (SIGTERM)')
    } finally {
      clearTimeout(killer)
      child.kill('SIGKILL')
    }
  }, 20_000)

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/mock/node/cli.ts', ...args], {
      encoding: 'utf8',
      timeout: 15_000,
    })

  it('--help exits 0 and lists every flag and dev control', () => {
    const result = run('--help')
    expect(result.status).toBe(0)
    for (const flag of [
      '--port',
      '--host',
      '--rp-id',
      '--seed',
      '--otp-in-response',
      '--allowed-origin',
      '--dev-token',
      '--help',
    ]) {
      expect(result.stdout).toContain(flag)
    }
    for (const control of [
      '/__mock/outbox',
      '/__mock/faucet',
      '/__mock/faults',
      '/__mock/expire-session',
      '/__mock/time',
      '/__mock/reset',
    ]) {
      expect(result.stdout).toContain(control)
    }
  }, 20_000)

  it.each([['--bogus'], ['positional'], ['--port', 'eighty'], ['--port', '70000']])(
    'refuses %s with the usage and exit code 2, no stack trace',
    (...args) => {
      const result = run(...args)
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('Usage: ibex-mock')
      expect(result.stderr).not.toMatch(/\n\s+at /)
    },
    20_000,
  )
})
