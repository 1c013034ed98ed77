// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockIbex } from '../../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../../src/mock/node/startMockIbexServer.ts'

let server: MockIbexServer

beforeAll(async () => {
  server = await startMockIbexServer({ port: 0, mock: createMockIbex({ rpIds: ['example.com'] }) })
})
afterAll(() => server.close())

describe('startMockIbexServer', () => {
  it('listens on 127.0.0.1 and answers a sign-up GET with CORS for a localhost origin', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${server.url}/v1.2/auth/sign-up?wallet=kdf`, {
      headers: { origin: 'http://localhost:5173' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.json()).toMatchObject({ authMethod: 'PIN_KDF_PENDING' })
  })

  it('answers preflights 204 with the IBEx headers allowed', async () => {
    const response = await fetch(`${server.url}/v1.2/auth/sign-in`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-rpid',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? ''
    for (const header of [
      'authorization',
      'content-type',
      'x-rpid',
      'x-rp-id',
      'x-blockchain-id',
      'x-ibex-auth',
    ]) {
      expect(allowed).toContain(header)
    }
  })

  it('gives no CORS headers to a foreign origin', async () => {
    const response = await fetch(`${server.url}/health`, {
      headers: { origin: 'https://evil.test' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('passes JSON bodies through', async () => {
    const response = await fetch(`${server.url}/v1.2/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rpid': 'localhost' },
      body: JSON.stringify({ refresh_token: 'nope' }),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error_code: 'REFRESH_INVALID' })
  })
})
