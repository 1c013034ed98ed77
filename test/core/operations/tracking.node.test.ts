// @vitest-environment node
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMockIbex } from '../../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../../src/mock/node/startMockIbexServer.ts'

const script = fileURLToPath(new URL('./fixtures/awaitTransfer.ts', import.meta.url))

describe('an awaited operation in plain Node', () => {
  let server: MockIbexServer
  beforeAll(async () => {
    // A confirmation that takes a few polls: the script must wait through the pauses between them.
    server = await startMockIbexServer({
      port: 0,
      mock: createMockIbex({ seed: 'node-keepalive', operationConfirmDelayMs: 2_500 }),
    })
  })
  afterAll(() => server?.close())

  test('keeps the process alive until it settles', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, server.url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // A safety net for a hung child only; the test waits for the exit, not for a time.
    const killer = setTimeout(() => child.kill('SIGKILL'), 100_000)
    try {
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(output).toContain('signed-up')
      expect(output).toContain('result confirmed')
      expect(code).toBe(0)
    } finally {
      clearTimeout(killer)
      child.kill('SIGKILL')
    }
  }, 110_000)
})
