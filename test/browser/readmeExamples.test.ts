import { spawn } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { chromiumPath } from './utils/chromium.ts'

// The README's Playwright example, run by Playwright's own runner as an integrator would run it:
// the fixture starts a mock per worker, the demo app is the app under test.
describe.runIf(chromiumPath)('README: the Playwright example', () => {
  test('passes under `playwright test`', async () => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/@playwright/test/cli.js',
        'test',
        '-c',
        'examples/testing/playwright.config.ts',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CHROMIUM_PATH: chromiumPath, DEMO_PORT: '5199', CI: '1' },
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const killer = setTimeout(() => child.kill('SIGKILL'), 170_000)
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    clearTimeout(killer)
    expect(output).toContain('1 passed')
    expect(code, output).toBe(0)
  }, 180_000)
})
