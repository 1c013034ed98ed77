// @vitest-environment node
import { spawn } from 'node:child_process'
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
})
