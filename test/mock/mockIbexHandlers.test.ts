import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import { mockIbexHandlers } from '../../src/mock/msw/mockIbexHandlers.ts'

const mock = createMockIbex({ seed: 'msw' })
const server = setupServer(...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test/api/' }))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('mockIbexHandlers', () => {
  it('routes requests under baseUrl to the mock, with the base path stripped', async () => {
    const response = await fetch('https://ibex.test/api/v1.2/auth/sign-up?rpId=localhost')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { credentialRequestOptions: { rp: { id: string } } }
    expect(body.credentialRequestOptions.rp.id).toBe('localhost')

    const health = await fetch('https://ibex.test/api/health')
    expect(await health.json()).toMatchObject({ status: 'ok' })
  })

  it('passes POST bodies and answers the mock errors', async () => {
    const response = await fetch('https://ibex.test/api/v1.2/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-RpId': 'localhost' },
      body: JSON.stringify({ refresh_token: 'nope' }),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error_code: 'REFRESH_INVALID' })
  })
})
