// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSoftwareAuthenticator } from '../../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import type {
  SoftwareCreationOptionsJSON,
  SoftwareRequestOptionsJSON,
} from '../../../src/mock/authenticator/SoftwareAuthenticatorTypes.ts'
import { createMockIbex } from '../../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../../src/mock/node/startMockIbexServer.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { proofBody, randomAccount } from '../createTestIbex.ts'
import { openSocket, type TestSocket } from '../realtime/socketClient.ts'

let now = Date.parse('2026-01-15T10:00:00.000Z')
let server: MockIbexServer

beforeAll(async () => {
  const mock = createMockIbex({ seed: 'journey', now: () => now, operationConfirmDelayMs: 1_500 })
  server = await startMockIbexServer({ port: 0, mock })
})
afterAll(() => server.close())

async function api(
  method: string,
  path: string,
  init: { token?: string; body?: unknown; query?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(path, server.url)
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value)
  const response = await fetch(url, {
    method,
    headers: {
      'x-rpid': 'localhost',
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function connect(token: string): Promise<TestSocket> {
  const socket = await openSocket(
    `${server.url.replace(/^http/, 'ws')}/ws?rpId=localhost&blockchainId=421614`,
  )
  socket.send({ type: 'auth', token })
  await socket.next('user_data')
  return socket
}

async function eurBalance(token: string, safe: string): Promise<string> {
  const response = await api('GET', '/v1.2/users/me/balances', {
    token,
    query: { walletAddress: safe, blockchainId: '421614' },
  })
  const tokens = (response.body.balance as { tokens: { symbol: string; balance: string }[] }).tokens
  return tokens.find((token) => token.symbol === 'EUR-IBEX')?.balance ?? '0'
}

async function latestTransaction(token: string) {
  const response = await api('GET', '/v1.2/users/me/transactions', {
    token,
    query: { blockchainId: '421614', limit: '1' },
  })
  const chains = (response.body.crypto as { transactions: Record<string, { data: unknown[] }> })
    .transactions
  return chains['421614']?.data[0] as Record<string, unknown>
}

describe('an operation journey over the Node server', () => {
  it('prepares, signs with a software passkey, executes, confirms, and tells both users', async () => {
    const eur = findToken(421614, 'EUR-IBEX')
    const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:5173' })
    const begin = await api('GET', '/v1.2/auth/sign-up')
    const credential = await authenticator.register(
      begin.body.credentialRequestOptions as SoftwareCreationOptionsJSON,
    )
    const sender = (await api('POST', '/v1.2/auth/sign-up', { body: { credential } })).body
    const materials = (await api('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })).body
    const receiver = (
      await api('POST', '/v1.2/auth/sign-up', {
        body: await proofBody('kdf', randomAccount(), materials, { timestamp: now }),
      })
    ).body
    const senderToken = String(sender.access_token)
    const receiverToken = String(receiver.access_token)
    const senderSafe = String((sender.safeAddress as Record<string, string>)['421614'])
    const receiverSafe = String((receiver.safeAddress as Record<string, string>)['421614'])
    const senderSocket = await connect(senderToken)
    const receiverSocket = await connect(receiverToken)

    const prepared = await api('POST', '/v1.2/safes/operations', {
      token: senderToken,
      body: {
        safeAddress: senderSafe,
        chainId: 421614,
        operations: [
          { type: 'TRANSFER_TOKEN', tokenAddress: eur?.address, to: receiverSafe, amount: '12.5' },
        ],
      },
    })
    expect(prepared.status).toBe(200)
    const assertion = await authenticator.authenticate(
      prepared.body.credentialRequestOptions as SoftwareRequestOptionsJSON,
    )
    const executed = await api('PUT', '/v1.2/safes/operations', {
      token: senderToken,
      body: { credential: assertion },
    })
    expect(executed.status).toBe(200)
    const userOpHash = String(executed.body.userOpHash)
    const status = () =>
      api('GET', `/v1.2/safes/operations/${userOpHash}/status`, { token: senderToken })
    expect((await status()).body.status).toBe('EXECUTED')
    now += 1_500
    const confirmed = await status()
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', error: null })

    expect(await eurBalance(senderToken, senderSafe)).toBe('87.5')
    expect(await eurBalance(receiverToken, receiverSafe)).toBe('112.5')
    const sent = await latestTransaction(senderToken)
    const received = await latestTransaction(receiverToken)
    expect(sent).toMatchObject({
      transactionHash: confirmed.body.transactionHash,
      direction: 'OUT',
      from: senderSafe,
      to: receiverSafe,
      value: '12500000000000000000',
    })
    expect(received).toMatchObject({
      transactionHash: confirmed.body.transactionHash,
      direction: 'IN',
      watchedAddress: receiverSafe,
    })

    const senderUpdate = await senderSocket.next('balance_update')
    const receiverUpdate = await receiverSocket.next('balance_update')
    expect(senderUpdate.data).toMatchObject({
      address: senderSafe,
      balance: '87500000000000000000',
      tokenAddress: eur?.address,
      blockchainId: '421614',
    })
    expect(receiverUpdate.data).toMatchObject({
      address: receiverSafe,
      balance: '112500000000000000000',
    })
    const senderNews = await senderSocket.next('new_transaction')
    const receiverNews = await receiverSocket.next('new_transaction')
    expect(senderNews.data).toMatchObject({
      address: senderSafe,
      newTransaction: {
        hash: confirmed.body.transactionHash,
        direction: 'OUT',
        value: '12.5',
        tokenSymbol: 'EUR-IBEX',
      },
      transactionCount: 4,
      historyLimit: 10,
    })
    expect(receiverNews.data).toMatchObject({
      address: receiverSafe,
      newTransaction: { hash: confirmed.body.transactionHash, direction: 'IN', from: senderSafe },
      transactionCount: 4,
    })
    const recent = receiverNews.data.recentTransactions as Record<string, unknown>[]
    expect(recent[0]).toMatchObject({ direction: 'IN', valueFormatted: 12.5 })
    // Nothing else reached the sockets: one balance cell and one transaction side each.
    const pushed = (socket: TestSocket) =>
      socket.messages.filter((m) => ['balance_update', 'new_transaction'].includes(m.type)).length
    expect([pushed(senderSocket), pushed(receiverSocket)]).toEqual([2, 2])

    const replay = await api('PUT', '/v1.2/safes/operations', {
      token: senderToken,
      body: { credential: assertion },
    })
    expect(replay.status).toBe(410)
    senderSocket.close()
    receiverSocket.close()
  })
})
