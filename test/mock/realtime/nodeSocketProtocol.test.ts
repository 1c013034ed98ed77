// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMockIbex, type MockIbex } from '../../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../../src/mock/node/startMockIbexServer.ts'
import { proofBody, randomAccount } from '../createTestIbex.ts'
import { authDeadlines, authTimeoutMs, type AuthDeadlines } from './authDeadlines.ts'
import { openSocket } from './socketClient.ts'

let now = Date.parse('2026-01-15T10:00:00.000Z')
let mock: MockIbex
let server: MockIbexServer
let wsUrl: string
let deadlines: AuthDeadlines

beforeEach(async () => {
  now = Date.parse('2026-01-15T10:00:00.000Z')
  deadlines = authDeadlines()
  mock = createMockIbex({
    seed: 'ws',
    rpIds: ['example.com'],
    now: () => now,
    webSocket: { authTimeoutMs, closeDelayMs: 10 },
    setTimer: deadlines.setTimer,
  })
  server = await startMockIbexServer({ port: 0, mock })
  wsUrl = `${server.url.replace(/^http/, 'ws')}/ws`
})
afterEach(() => server.close())

async function signUp(): Promise<{ token: string; safe: string }> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'x-rpid': 'localhost', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await response.json()) as Record<string, unknown>
  }
  const begin = await call('GET', '/v1.2/auth/sign-up?wallet=kdf')
  const session = await call(
    'POST',
    '/v1.2/auth/sign-up',
    await proofBody('kdf', randomAccount(), begin, { timestamp: now }),
  )
  const safes = session.safeAddress as Record<string, string>
  return { token: String(session.access_token), safe: String(safes['421614']) }
}

describe('WebSocket /ws (Node adapter)', () => {
  it('closes 4001 when no auth arrives in time', async () => {
    const socket = await openSocket(`${wsUrl}?rpId=localhost`)
    await expect.poll(() => deadlines.pending()).toBe(1)
    deadlines.expire()
    expect(await socket.closed).toEqual({ code: 4001, reason: 'Authentication timeout' })
    expect(socket.messages).toEqual([])
  })

  it('sends auth_error then closes 4002 on a bad token, an expired one, or a non-auth message', async () => {
    const bad = await openSocket(`${wsUrl}?rpId=localhost`)
    bad.send({ type: 'auth', token: 'not.a.jwt' })
    expect(await bad.closed).toMatchObject({ code: 4002 })
    expect(bad.messages.map((m) => [m.type, m.data.context, m.data.error_code])).toEqual([
      ['auth_error', 'auth_process', 'INVALID_TOKEN'],
    ])

    const { token } = await signUp()
    now += 3_600_000
    const expired = await openSocket(`${wsUrl}?rpId=localhost`)
    expired.send({ type: 'auth', token })
    expect(await expired.closed).toMatchObject({ code: 4002 })
    expect(expired.messages[0]?.data.error_code).toBe('TOKEN_EXPIRED')

    const chatty = await openSocket(`${wsUrl}?rpId=localhost`)
    chatty.send({ type: 'get_balance' })
    expect(await chatty.closed).toMatchObject({ code: 4002 })
    expect(chatty.messages[0]?.data.error_code).toBe('AUTH_REQUIRED')
  })

  it('refuses a token of another tenant (iss ≠ rpId)', async () => {
    const { token } = await signUp()
    const socket = await openSocket(wsUrl, { origin: 'https://app.example.com' })
    socket.send({ type: 'auth', token })
    expect(await socket.closed).toMatchObject({ code: 4002 })
    expect(socket.messages[0]?.data.error_code).toBe('WRONG_ISSUER')
  })

  it('sends the initial burst with user_data sections wrapped { status, data }', async () => {
    const { token, safe } = await signUp()
    const socket = await openSocket(`${wsUrl}?blockchainId=421614`, {
      origin: 'http://localhost:5173',
    })
    socket.send({ type: 'auth', token, clientName: 'test' })
    const userData = await socket.next('user_data')
    expect(socket.messages.map((m) => m.type)).toEqual([
      'auth_success',
      'connection_success',
      'balance_data',
      'transaction_data',
      'chainid_data',
      'recovery_data',
      'user_data',
    ])
    const [auth, legacy, balance, transactions, chainid, recovery] = socket.messages
    expect(auth?.data).toEqual({ safeAddress: safe, message: 'Connected to real-time updates' })
    expect(legacy?.data).toEqual(auth?.data)
    expect(auth?.timestamp).toBe(new Date(now).toISOString())
    expect(balance?.data).toMatchObject({
      mode: 'initial',
      safeAddress: safe,
      balance: { crypto: { '421614': { [safe.toLowerCase()]: { tokens: expect.any(Array) } } } },
    })
    expect(transactions?.data).toMatchObject({
      mode: 'initial',
      safeAddress: safe,
      transactions: { type: 'mixed', crypto: { transactions: { '421614': { total: 3 } } } },
    })
    expect(chainid?.data).toEqual({
      defaultChainId: 421614,
      supportedChainIds: [421614, 100, 8453],
    })
    expect(recovery?.data).toMatchObject({
      safeAddress: safe,
      recoveryEnabled: false,
      canExecute: false,
    })
    for (const section of [
      'addresses',
      'balances',
      'chainid',
      'ibans',
      'lending',
      'pools',
      'signers',
      'transactions',
      'kycStatus',
      'addressbook',
    ]) {
      expect(userData.data[section], section).toMatchObject({
        status: 200,
        data: expect.anything(),
      })
    }
    socket.close()
  })

  it('answers get_balance and get_transactions with the requestId echoed', async () => {
    const { token } = await signUp()
    const socket = await openSocket(`${wsUrl}?rpId=localhost`)
    socket.send({ type: 'auth', token })
    await socket.next('user_data')
    socket.send({ type: 'get_balance', requestId: 'b-1' })
    socket.send({ type: 'get_transactions', requestId: 't-1', params: { page: 1, limit: 2 } })
    socket.send({ type: 'get_transactions', requestId: 't-2', params: { startDate: 'yesterday' } })
    socket.send({ type: 'subscribe' })
    const balance = await socket.next('balance_data', (m) => m.data.mode === 'request')
    expect(balance.data).toMatchObject({
      mode: 'request',
      requestId: 'b-1',
      crypto: {},
      fiat: {},
      totals: {},
    })
    const transactions = await socket.next('transaction_data', (m) => m.data.requestId === 't-1')
    expect(transactions.data).toMatchObject({
      mode: 'request',
      type: 'mixed',
      crypto: { transactions: { '421614': { total: 3, limit: 2, totalPages: 2 } } },
      fiat: { total: 0 },
    })
    await socket.next('error', (m) => m.data.error_code === 'UNKNOWN_MESSAGE_TYPE')
    expect(
      socket.messages
        .filter((m) => m.type === 'error')
        .map((m) => [m.data.context, m.data.error_code]),
    ).toEqual([
      ['transactions', 'VALIDATION'],
      ['message_handler', 'UNKNOWN_MESSAGE_TYPE'],
    ])
    socket.close()
  })

  it('allows one session per user and rpId: a second one gets ALREADY_CONNECTED and 4003', async () => {
    const { token } = await signUp()
    const first = await openSocket(`${wsUrl}?rpId=localhost`)
    first.send({ type: 'auth', token })
    await first.next('auth_success')
    const second = await openSocket(`${wsUrl}?rpId=localhost`)
    second.send({ type: 'auth', token })
    expect(await second.closed).toEqual({ code: 4003, reason: 'ALREADY_CONNECTED' })
    expect(second.messages[0]).toMatchObject({
      type: 'auth_error',
      data: {
        context: 'duplicate_session',
        error_code: 'ALREADY_CONNECTED',
        existingConnectionId: expect.any(String),
      },
    })
    first.send({ type: 'get_balance', requestId: 'still-here' })
    await first.next('balance_data', (m) => m.data.requestId === 'still-here')
    first.close()
    await first.closed
    const third = await openSocket(`${wsUrl}?rpId=localhost`)
    third.send({ type: 'auth', token })
    await third.next('auth_success')
    third.close()
  })

  it('pushes user_data to the user after a profile or address book write, not to others', async () => {
    const ada = await signUp()
    const bob = await signUp()
    const write = (token: string, method: string, path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          'x-rpid': 'localhost',
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(body),
      })
    const adaSocket = await openSocket(`${wsUrl}?rpId=localhost`)
    const bobSocket = await openSocket(`${wsUrl}?rpId=localhost`)
    adaSocket.send({ type: 'auth', token: ada.token })
    bobSocket.send({ type: 'auth', token: bob.token })
    await adaSocket.next('user_data')
    await bobSocket.next('user_data')

    expect(
      (await write(ada.token, 'POST', '/v1.2/users/me', { data: { language: 'fr' } })).status,
    ).toBe(200)
    const profile = await adaSocket.next('user_data', (m) =>
      JSON.stringify(m.data.data).includes('"fr"'),
    )
    expect(profile.data.data).toEqual({ status: 200, data: { language: 'fr' } })

    const contact = await write(ada.token, 'POST', '/v1.2/users/me/addressbook', {
      name: 'Bob',
      crypto: [{ chainId: 421614, address: bob.safe }],
    })
    expect(contact.status).toBe(201)
    const book = await adaSocket.next('user_data', (m) =>
      JSON.stringify(m.data.addressbook).includes('Bob'),
    )
    expect(book.data.data).toEqual({ status: 200, data: { language: 'fr' } })

    // A refused write changes nothing and pushes nothing.
    const pushed = adaSocket.messages.filter((m) => m.type === 'user_data').length
    expect((await write(ada.token, 'POST', '/v1.2/users/me', { data: {} })).status).toBe(400)
    adaSocket.send({ type: 'get_balance', requestId: 'after-refusal' })
    await adaSocket.next('balance_data', (m) => m.data.requestId === 'after-refusal')
    expect(adaSocket.messages.filter((m) => m.type === 'user_data')).toHaveLength(pushed)
    // Bob's socket heard none of Ada's writes.
    bobSocket.send({ type: 'get_balance', requestId: 'bob' })
    await bobSocket.next('balance_data', (m) => m.data.requestId === 'bob')
    expect(bobSocket.messages.filter((m) => m.type === 'user_data')).toHaveLength(1)
    adaSocket.close()
    bobSocket.close()
  })

  it('closes 1008 for an unknown rpId or chain, and refuses other upgrade paths', async () => {
    const tenant = await openSocket(`${wsUrl}?rpId=unknown.test`)
    expect((await tenant.closed).code).toBe(1008)
    const chain = await openSocket(`${wsUrl}?rpId=localhost&blockchainId=1`)
    expect((await chain.closed).code).toBe(1008)
    await expect(openSocket(`${server.url.replace(/^http/, 'ws')}/other`)).rejects.toThrow()
  })

  it('closes every session on reset (4000)', async () => {
    const { token } = await signUp()
    const socket = await openSocket(`${wsUrl}?rpId=localhost`)
    socket.send({ type: 'auth', token })
    await socket.next('auth_success')
    mock.reset()
    expect((await socket.closed).code).toBe(4000)
  })
})
