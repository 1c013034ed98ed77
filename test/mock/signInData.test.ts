import { describe, expect, it } from 'vitest'
import { createTestIbex, randomAccount } from './createTestIbex.ts'
import type { MockIbexOptions } from '../../src/mock/MockIbexOptions.ts'

async function signedUpUser(options: MockIbexOptions = {}) {
  const ibex = createTestIbex(options)
  const account = randomAccount()
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
  const session = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: await ibex.kdfProof(account, begin.body),
  })
  const externalUserId = String(begin.body.externalUserId)
  async function signIn(flags: Record<string, unknown>) {
    const materials = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    return ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { ...(await ibex.kdfProof(account, materials.body)), ...flags },
    })
  }
  return { ibex, session: session.body, signIn }
}

describe('sign-in enrichment', () => {
  it('adds only the requested blocks, built from the ledger for the session chain', async () => {
    const { session, signIn } = await signedUpUser()
    const plain = await signIn({})
    expect(plain.body).not.toHaveProperty('balance')

    const enriched = await signIn({ includeBalance: true, includeUserdata: true })
    expect(enriched.body).not.toHaveProperty('transactions')
    const safes = session.safeAddress as Record<string, string>
    const safe = String(safes['421614']).toLowerCase()
    const balance = enriched.body.balance as {
      crypto: Record<string, Record<string, { tokens: { symbol: string; balance: string }[] }>>
      totals: Record<string, unknown>
    }
    expect(Object.keys(balance.crypto)).toEqual(['421614'])
    const tokens = balance.crypto['421614']?.[safe]?.tokens ?? []
    // Every monitored token, zero balances included, with the default starting balance.
    expect(tokens).toHaveLength(11)
    expect(tokens.find((token) => token.symbol === 'EUR-IBEX')?.balance).toBe('100')
    expect(tokens.find((token) => token.symbol === 'GBP-IBEX')?.balance).toBe('0')
    expect(balance.totals.crypto_total_value_eur).toBe('214.77')
    expect(enriched.body.userdata).toMatchObject({
      addresses: { rpId: 'localhost', externalUserId: session.subject, count: 3 },
      signers: { count: 1, signers: [{ type: 'EOA', walletMode: 'SAFE_4337' }] },
      kycStatus: { status: 'not_started', verified: false },
      addressbook: { success: true, data: [] },
      errors: {},
    })
  })

  it('with asyncData answers PENDING, then READY on the second poll', async () => {
    const { ibex, signIn } = await signedUpUser()
    const response = await signIn({ includeTransactions: true, asyncData: true })
    expect(response.body).toMatchObject({ dataStatus: 'PENDING' })
    expect(response.body).not.toHaveProperty('transactions')
    const poll = () =>
      ibex.call('GET', `/v1.2/auth/sign-in/data/${String(response.body.dataRequestId)}`, {
        headers: { authorization: `Bearer ${String(response.body.access_token)}` },
      })
    expect((await poll()).body).toEqual({
      dataRequestId: response.body.dataRequestId,
      status: 'PENDING',
    })
    const ready = await poll()
    expect(ready.body).toMatchObject({
      status: 'READY',
      // The three starting-balance credits of the session chain's Safe.
      data: {
        transactions: { type: 'mixed', crypto: { transactions: { '421614': { total: 3 } } } },
      },
    })
  })

  it('is READY on the first poll after the delay, and gone after ~180 s', async () => {
    const { ibex, signIn } = await signedUpUser()
    const response = await signIn({ includeBalance: true, asyncData: true })
    const poll = () =>
      ibex.call('GET', `/v1.2/auth/sign-in/data/${String(response.body.dataRequestId)}`, {
        headers: { authorization: `Bearer ${String(response.body.access_token)}` },
      })
    ibex.clock.advance(500)
    expect((await poll()).body.status).toBe('READY')
    ibex.clock.advance(180_000)
    const gone = await poll()
    expect(gone.status).toBe(404)
    expect(gone.body.error_code).toBe('NOT_FOUND')
  })

  it('hides a data request from another user', async () => {
    const { ibex, signIn } = await signedUpUser()
    const response = await signIn({ includeBalance: true, asyncData: true })
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
    const other = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    const peek = await ibex.call(
      'GET',
      `/v1.2/auth/sign-in/data/${String(response.body.dataRequestId)}`,
      {
        headers: { authorization: `Bearer ${String(other.body.access_token)}` },
      },
    )
    expect(peek.status).toBe(404)
  })

  it('uses a replacement data builder, and reports FAILED when it throws', async () => {
    let fail = false
    const { ibex, signIn } = await signedUpUser({
      buildSignInData: ({ include }) => {
        if (fail) throw new Error('indexer down')
        return include.balance ? { balance: { custom: true } } : {}
      },
    })
    expect((await signIn({ includeBalance: true })).body.balance).toEqual({ custom: true })
    fail = true
    const response = await signIn({ includeBalance: true, asyncData: true })
    ibex.clock.advance(500)
    const failed = await ibex.call(
      'GET',
      `/v1.2/auth/sign-in/data/${String(response.body.dataRequestId)}`,
      {
        headers: { authorization: `Bearer ${String(response.body.access_token)}` },
      },
    )
    expect(failed.body).toMatchObject({ status: 'FAILED', error: 'indexer down' })
  })
})
