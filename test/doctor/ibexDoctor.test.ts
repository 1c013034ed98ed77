// @vitest-environment node
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn } from '../../src/core/actions/signIn.ts'
import { signUp } from '../../src/core/actions/signUp.ts'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { IbexProtocolProfile } from '../../src/core/protocol/IbexProtocolProfile.ts'
import { mergeProtocolProfile } from '../../src/core/protocol/mergeProtocolProfile.ts'
import { BODY_KEY_ORDER } from '../../src/doctor/discoverProtocol.ts'
import type { DoctorReport } from '../../src/doctor/DoctorReport.ts'
import { runDoctor } from '../../src/doctor/runDoctor.ts'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../src/mock/node/startMockIbexServer.ts'

const ORIGIN = 'https://app.example.com'

// A tenant whose undocumented rules differ from the kit's defaults: the body's key order,
// seconds, base64 signatures, and an email message without `wallet`.
const TENANT_PROFILE = mergeProtocolProfile({
  proof: { keyOrder: BODY_KEY_ORDER, timestamp: 's', signature: { encoding: 'base64' } },
  email: {
    proofFields: [
      'appId',
      'challenge',
      'challengeExpiresAt',
      'challengeId',
      'externalUserId',
      'nonce',
      'timestamp',
    ],
  },
})

function runCli(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/doctor/cli.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const killer = setTimeout(() => child.kill('SIGKILL'), 170_000)
    child.once('exit', (code) => {
      clearTimeout(killer)
      resolve({ code, stdout, stderr })
    })
  })
}

let standard: MockIbexServer
let tenant: MockIbexServer

beforeAll(async () => {
  standard = await startMockIbexServer({
    port: 0,
    mock: createMockIbex({ rpIds: ['app.example.com'] }),
  })
  tenant = await startMockIbexServer({
    port: 0,
    mock: createMockIbex({ rpIds: ['app.example.com'], protocol: TENANT_PROFILE }),
  })
})

afterAll(async () => {
  await standard?.close()
  await tenant?.close()
})

describe('ibex-doctor', () => {
  it('default: against the Node mock every check passes and it exits 0', async () => {
    const { code, stdout } = await runCli(['--base-url', standard.url, '--origin', ORIGIN])
    expect(stdout).toMatch(/^ {2}PASS {2}cors-authorization /m)
    expect(stdout).toMatch(/^ {2}PASS {2}websocket /m)
    expect(stdout).toMatch(/^ {2}SKIP {2}kdf-proof .*$\n.*needs --create-test-user/m)
    expect(stdout).toMatch(/\n\d+ passed, 0 failed\n$/)
    expect(code).toBe(0)
  }, 180_000)

  it('--json: the same report for CI', async () => {
    const { code, stdout } = await runCli([
      '--base-url',
      standard.url,
      '--origin',
      ORIGIN,
      '--json',
    ])
    const report = JSON.parse(stdout) as DoctorReport
    expect(report.failed).toBe(0)
    expect(report.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining(['health', 'cors-public', 'rp-id', 'shape-kdf-sign-up', 'websocket']),
    )
    expect(code).toBe(0)
  }, 180_000)

  it('an origin IBEx does not serve: CORS and the rpId fail, pointing to the proxy', async () => {
    const report = await runDoctor({ baseUrl: standard.url, origin: 'https://evil.example.org' })
    const authorization = report.checks.find((check) => check.id === 'cors-authorization')
    expect(authorization).toMatchObject({ status: 'FAIL' })
    expect(authorization?.detail).toMatch(/same-origin proxy|Same-origin proxy/)
    expect(report.checks.find((check) => check.id === 'rp-id')).toMatchObject({ status: 'FAIL' })
    expect(report.failed).toBeGreaterThan(0)
  }, 60_000)

  it('a server change: unknown fields are listed (WARN), a missing field the kit reads fails naming it', async () => {
    // The mock's answers, altered on the way as a changed server would send them.
    const changed: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.pathname !== '/v1.2/auth/sign-up' || init?.method === 'OPTIONS') return response
      const body = (await response.json()) as Record<string, unknown>
      if (url.searchParams.get('wallet') === 'kdf') delete body.salt
      else body.riskScore = 0.1
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      })
    }
    const report = await runDoctor({ baseUrl: standard.url, origin: ORIGIN, fetch: changed })
    const byId = (id: string) => report.checks.find((check) => check.id === id)
    expect(byId('shape-passkeys-sign-up')).toMatchObject({
      status: 'WARN',
      detail: 'fields the kit does not know: riskScore',
    })
    expect(byId('shape-kdf-sign-up')).toMatchObject({ status: 'FAIL' })
    expect(byId('shape-kdf-sign-up')?.detail).toContain('`salt`')
    expect(byId('shape-passkeys-sign-in')).toMatchObject({ status: 'PASS' })
  }, 60_000)

  it('bad arguments: usage and exit 2; an unreachable host: one line and exit 1', async () => {
    const bad = await runCli(['--origin', ORIGIN])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Usage: ibex-doctor --base-url URL --origin ORIGIN')
    const closed = await startMockIbexServer({ port: 0 })
    const deadUrl = closed.url
    await closed.close()
    const dead = await runCli(['--base-url', deadUrl, '--origin', ORIGIN])
    expect(dead.code).toBe(1)
    expect(dead.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ibex-doctor: cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/),
    ])
  }, 180_000)

  it('a tenant on another profile: the default proof fails, --create-test-user discovers the profile, and a kit configured with it signs up and in by PIN and email', async () => {
    const { code, stdout } = await runCli([
      '--base-url',
      tenant.url,
      '--origin',
      ORIGIN,
      '--create-test-user',
      '--email',
      'doctor@example.com',
      '--mock-outbox',
      '--json',
    ])
    const report = JSON.parse(stdout) as DoctorReport
    const byId = (id: string) => report.checks.find((check) => check.id === id)
    expect(byId('kdf-proof')).toMatchObject({ status: 'FAIL' })
    expect(byId('kdf-proof')?.detail).toMatch(/refused the PIN proof \(POST \/v1\.2\/auth\/sign-up/)
    expect(byId('profile-discovery')).toMatchObject({ status: 'PASS' })
    expect(byId('kdf-sign-in')).toMatchObject({ status: 'PASS' })
    expect(byId('chains')).toMatchObject({ status: 'PASS' })
    expect(byId('email-proof')).toMatchObject({ status: 'PASS' })
    expect(byId('email-sign-in')).toMatchObject({ status: 'PASS' })
    expect(code).toBe(1) // the configured (default) profile is not the tenant's

    const discovered = report.protocol as IbexProtocolProfile
    expect(discovered.proof).toEqual(TENANT_PROFILE.proof)
    expect(discovered.email.proofFields).toEqual(TENANT_PROFILE.email.proofFields)

    // The printed profile, pasted into the kit.
    const client = createIbexClient({
      baseUrl: tenant.url,
      rpId: 'app.example.com',
      protocol: JSON.parse(JSON.stringify(discovered)),
      crossTab: false,
    })
    try {
      const pinUser = await signUp(client, { wallet: 'kdf', pin: '481592' })
      expect(pinUser).toMatchObject({ status: 'signed-in' })
      await client.signOut()
      expect(await signIn(client, { wallet: 'kdf', pin: '481592' })).toMatchObject({
        status: 'signed-in',
        user: { authMethod: 'PIN_KDF' },
      })
      await client.signOut()

      const email = 'kit@example.com'
      const outbox = async () => {
        const response = await fetch(`${tenant.url}/__mock/outbox?email=${email}`)
        return ((await response.json()) as { code: string }).code
      }
      await signUp(client, { wallet: 'email', email })
      await signUp(client, { wallet: 'email', code: await outbox() })
      expect(
        await signUp(client, { wallet: 'email', passphrase: 'violet-harbour-7139' }),
      ).toMatchObject({ status: 'signed-in' })
      await client.signOut()
      await signIn(client, { wallet: 'email' })
      await signIn(client, { wallet: 'email', code: await outbox() })
      expect(
        await signIn(client, { wallet: 'email', passphrase: 'violet-harbour-7139' }),
      ).toMatchObject({ status: 'signed-in', user: { authMethod: 'EMAIL' } })
    } finally {
      client.destroy()
    }

    // And the kit's defaults are refused by that tenant, naming the proof.
    const defaults = createIbexClient({
      baseUrl: tenant.url,
      rpId: 'app.example.com',
      crossTab: false,
    })
    try {
      await expect(signUp(defaults, { wallet: 'kdf', pin: '481592' })).rejects.toMatchObject({
        status: 400,
      })
    } finally {
      defaults.destroy()
    }
  }, 180_000)
})
