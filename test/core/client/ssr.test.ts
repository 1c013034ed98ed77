// @vitest-environment node
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'

const coreEntry = fileURLToPath(new URL('../../../src/exports/core.ts', import.meta.url))

describe('server rendering', () => {
  test('importing ibex-react/core and creating clients without window does not throw', async () => {
    expect(typeof window).toBe('undefined')
    const core = await import('../../../src/exports/core.ts')
    const client = core.createIbexClient({
      baseUrl: 'https://passkeys-testnet.ibex.fi',
      storage: 'localStorage',
    })
    expect(client.config).toMatchObject({
      crossTab: false,
      appId: 'localhost',
      env: 'v1',
      chainId: 421614,
    })
    expect(client.session.getSnapshot().status).toBe('signed-out')
    expect(client.session.getServerSnapshot().status).toBe('loading')
    expect(client.lastUser.get()).toBeNull()
    await expect(client.request({ path: '/v1.2/users/me' })).rejects.toMatchObject({
      code: 'session/signed-out',
    })
    // A session applied on the server stays on that client: no channel, an unref'd timer.
    await client.session.applyAuthResponse({
      access_token: 'a.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.s',
      refresh_token: 'r',
      expires_in: 3600,
    })
    expect(client.session.getSnapshot().status).toBe('signed-in')
    const other = core.createIbexClient({
      baseUrl: 'https://passkeys-testnet.ibex.fi',
      crossTab: true,
    })
    expect(other.session.getSnapshot().status).toBe('signed-out')
    client.destroy()
    other.destroy()
  })

  test('a missing baseUrl is a validation error, not a crash later', async () => {
    const { createIbexClient, IbexValidationError } = await import('../../../src/exports/core.ts')
    expect(() => createIbexClient({ baseUrl: '' })).toThrow(IbexValidationError)
  })

  test('a Node process with a signed-in, cross-tab client (never destroyed) still exits', async () => {
    // A plain BroadcastChannel or a pending refresh timer would keep Node alive until killed.
    const script = `
      const core = await import(${JSON.stringify(coreEntry)})
      const client = core.createIbexClient({ baseUrl: 'https://ibex.test', crossTab: true })
      await client.session.applyAuthResponse({
        access_token: 'a.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.s', refresh_token: 'r', expires_in: 3600 })
      console.log(client.session.getSnapshot().status)
    `
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { timeout: 15_000 },
    )
    expect(stdout.trim()).toBe('signed-in')
  })
})
