// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/node/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(killer)
      resolve(code)
    }),
  )
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    void exited.then((code) => reject(new Error(`exited (${code}): ${output}`)))
  })
  return { child, url, exited, output: () => output }
}

describe('ibex-mock --protocol FILE.json', () => {
  it('verifies PIN proofs by the profile in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibex-protocol-'))
    const file = join(dir, 'tenant.json')
    writeFileSync(file, JSON.stringify({ proof: { timestamp: 's' } }))
    const cli = startCli(['--port', '0', '--protocol', file])
    try {
      const baseUrl = await cli.url
      const kit = createIbexClient({ baseUrl, rpId: 'localhost', crossTab: false })
      await expect(signUp(kit, { wallet: 'kdf', pin: '481592' })).rejects.toMatchObject({
        status: 400,
        serverMessage: 'timestamp must be seconds since the epoch (a number)',
      })
      kit.destroy()
      const tenant = createIbexClient({
        baseUrl,
        rpId: 'localhost',
        crossTab: false,
        protocol: { proof: { timestamp: 's' } },
      })
      expect(await signUp(tenant, { wallet: 'kdf', pin: '481592' })).toMatchObject({
        status: 'signed-in',
      })
      tenant.destroy()
    } finally {
      cli.child.kill('SIGTERM')
      await cli.exited
    }
  }, 60_000)

  it('refuses a file that is not a profile, naming the rule, with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibex-protocol-'))
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ proof: { timestamp: 'minutes' } }))
    const cli = startCli(['--port', '0', '--protocol', file])
    cli.url.catch(() => undefined)
    expect(await cli.exited).toBe(2)
    expect(cli.output()).toContain('protocol.proof.timestamp')
  }, 60_000)
})
