// @vitest-environment node
// Eight test workers share one mock IBEx, each with a tenant (rpId) of its own, and run the
// same journey at once: sign up, get an email code, take faucet funds, transfer, read. None
// sees another's users, codes, balances or transactions, and no token crosses tenants.
import { describe, expect, it } from 'vitest'
import { startMockIbexServer } from '../../src/mock/node/startMockIbexServer.ts'
import { createTestIbex, randomAccount, type TestResponse } from './createTestIbex.ts'

const workers = Array.from({ length: 8 }, (_, index) => index)
const rpIdOf = (worker: number) => `worker${worker}.test`

type Call = ReturnType<typeof createTestIbex>['call']

/** The same JSON calls as `createTestIbex().call`, over HTTP to a Node mock server. */
function httpCall(url: string): Call {
  return async (method, path, init = {}) => {
    const target = new URL(path, url)
    for (const [key, value] of Object.entries(init.query ?? {}))
      target.searchParams.set(key, String(value))
    const headers = new Headers(init.headers)
    const rpId = init.rpId === undefined ? 'localhost' : init.rpId
    if (rpId !== null) headers.set('X-RpId', rpId)
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    const response = await fetch(target, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    const result: TestResponse = {
      status: response.status,
      body: text ? JSON.parse(text) : {},
      headers: response.headers,
    }
    return result
  }
}

describe('parallel isolation', () => {
  it.each(['in process', 'over HTTP'])(
    'keeps 8 concurrent workers (one tenant each) out of each other’s data (%s)',
    async (transport) => {
      const local = createTestIbex({ rpIds: workers.map(rpIdOf) })
      const server =
        transport === 'over HTTP'
          ? await startMockIbexServer({ port: 0, mock: local.mock })
          : undefined
      const ibex = { ...local, call: server ? httpCall(server.url) : local.call }
      try {
        async function journey(worker: number) {
          const rpId = rpIdOf(worker)
          const account = randomAccount()
          const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
            rpId,
            query: { wallet: 'kdf' },
          })
          const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
            rpId,
            body: await ibex.kdfProof(account, begin.body, { rpId }),
          })
          expect(finish.status).toBe(200)
          const token = String(finish.body.access_token)
          const safe = String((finish.body.safeAddress as Record<string, string>)['421614'])
          const headers = { authorization: `Bearer ${token}`, 'x-blockchain-id': '421614' }

          // The same address in every tenant: each must get its own code.
          const email = 'shared@example.com'
          const emailBegin = await ibex.call('GET', '/v1.2/auth/sign-up', {
            rpId,
            query: { wallet: 'email', email },
          })
          expect(emailBegin.status).toBe(200)
          const outbox = await ibex.call('GET', '/__mock/outbox', {
            rpId: null,
            query: { email, rpId },
          })

          const faucet = await ibex.call('POST', '/__mock/faucet', {
            rpId: null,
            body: { address: safe, amount: String(worker + 1), token: 'EUR-IBEX' },
          })
          expect(faucet.status).toBe(200)
          const me = await ibex.call('GET', '/v1.2/users/me', { rpId, headers })
          const balances = await ibex.call('GET', '/v1.2/users/me/balances', {
            rpId,
            headers,
            query: { walletAddress: safe },
          })
          const transactions = await ibex.call('GET', '/v1.2/users/me/transactions', {
            rpId,
            headers,
          })
          return { worker, rpId, token, safe, me, balances, transactions, outbox, emailBegin }
        }

        const results = await Promise.all(workers.map(journey))

        const safes = new Set(results.map((result) => result.safe))
        expect(safes.size).toBe(8)
        for (const result of results) {
          const { worker, rpId, me, balances, transactions, outbox, emailBegin } = result
          expect(me.status).toBe(200)
          expect(JSON.stringify(me.body)).toContain(result.safe)
          for (const other of results) {
            if (other === result) continue
            // No other worker's Safe in anything this worker reads.
            for (const read of [me, balances, transactions]) {
              expect(JSON.stringify(read.body).toLowerCase()).not.toContain(
                other.safe.toLowerCase(),
              )
            }
            // Another tenant's token is refused here.
            const crossed = await ibex.call('GET', '/v1.2/users/me', {
              rpId,
              headers: { authorization: `Bearer ${other.token}` },
            })
            expect(crossed.status).toBe(401)
          }
          const eur = (
            balances.body.balance as { tokens: { symbol: string; balance: string }[] }
          ).tokens.find((token) => token.symbol === 'EUR-IBEX')
          // 100 from the seed credit plus this worker's own faucet call, nobody else's.
          expect(Number(eur?.balance)).toBe(100 + worker + 1)
          expect(outbox.status).toBe(200)
          expect(outbox.body).toMatchObject({
            rpId,
            externalUserId: emailBegin.body.externalUserId,
          })
          // The email user of this tenant is not the other tenants'.
          expect(
            results.filter(
              (other) => other.emailBegin.body.externalUserId === emailBegin.body.externalUserId,
            ),
          ).toHaveLength(1)
        }
      } finally {
        await server?.close()
      }
    },
  )
})
