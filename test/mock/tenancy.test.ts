import { describe, expect, it } from 'vitest'
import { createTestIbex, jwtClaims, randomAccount } from './createTestIbex.ts'

const unknownRpIdBody = { message: 'Unknown domain/rpId' }

async function issuerOf(
  ibex: ReturnType<typeof createTestIbex>,
  init: Parameters<ReturnType<typeof createTestIbex>['call']>[2],
) {
  const response = await ibex.call('GET', '/v1.2/auth/sign-up', {
    ...init,
    query: { wallet: 'kdf', ...init?.query },
  })
  return response.status === 200 ? jwtClaims(String(response.body.access_token)).iss : response.body
}

describe('rpId resolution and tenants', () => {
  it('answers exactly the documented 400 for an unknown or missing rpId', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    for (const init of [
      { rpId: null, query: { rpId: 'evil.test' } },
      { rpId: 'evil.test' },
      { rpId: null, headers: { origin: 'https://evil.test' } },
      { rpId: null },
    ]) {
      const response = await ibex.call('GET', '/v1.2/auth/sign-up', init)
      expect(response.status).toBe(400)
      expect(response.body).toEqual(unknownRpIdBody)
    }
  })

  it('always knows localhost, 127.0.0.1 and [::1]', async () => {
    const ibex = createTestIbex()
    expect(await issuerOf(ibex, { rpId: '127.0.0.1' })).toBe('127.0.0.1')
    expect(await issuerOf(ibex, { rpId: null, headers: { origin: 'http://[::1]:5173' } })).toBe(
      '[::1]',
    )
    expect(await issuerOf(ibex, { rpId: null, headers: { origin: 'http://localhost:3000' } })).toBe(
      'localhost',
    )
  })

  it('follows ?rpId= > X-RpId/X-Rp-Id > Origin > Referer', async () => {
    const ibex = createTestIbex({ rpIds: ['a.test', 'b.test', 'c.test', 'd.test'] })
    const all = {
      'X-Rp-Id': 'b.test',
      origin: 'https://c.test',
      referer: 'https://d.test/page',
    }
    expect(
      await issuerOf(ibex, {
        rpId: null,
        query: { rpId: 'a.test' },
        headers: { ...all, 'X-RpId': 'b.test' },
      }),
    ).toBe('a.test')
    expect(await issuerOf(ibex, { rpId: null, headers: all })).toBe('b.test')
    const { 'X-Rp-Id': _b, ...originAndReferer } = all
    expect(await issuerOf(ibex, { rpId: null, headers: originAndReferer })).toBe('c.test')
    expect(await issuerOf(ibex, { rpId: null, headers: { referer: all.referer } })).toBe('d.test')
  })

  it('maps a page on a subdomain to its registered parent rpId', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    expect(
      await issuerOf(ibex, { rpId: null, headers: { origin: 'https://app.example.com' } }),
    ).toBe('example.com')
  })

  it('isolates tenants: a user of one rpId does not exist for another', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
    await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    const externalUserId = String(begin.body.externalUserId)

    const home = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    expect(home.status).toBe(200)
    const elsewhere = await ibex.call('GET', '/v1.2/auth/sign-in', {
      rpId: 'example.com',
      query: { wallet: 'kdf', externalUserId },
    })
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body.error_code).toBe('USER_NOT_FOUND')
  })

  it('refuses a token of one tenant on another', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    const auth = { authorization: `Bearer ${String(finish.body.access_token)}` }
    const foreign = await ibex.call('GET', '/v1.2/auth/sign-in/data/whatever', {
      rpId: 'example.com',
      headers: auth,
    })
    expect(foreign.status).toBe(401)
    expect(String(foreign.body.message)).toMatch(/issuer/)
    const own = await ibex.call('GET', '/v1.2/auth/sign-in/data/whatever', { headers: auth })
    expect(own.status).toBe(404)
  })
})
