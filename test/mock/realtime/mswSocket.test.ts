import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mockIbexHandlers } from '../../../src/mock/msw/mockIbexHandlers.ts'
import { mockIbexSocketHandler } from '../../../src/mock/msw/mockIbexSocketHandler.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { createTestIbex } from '../createTestIbex.ts'
import { runOperations, signUpKeyUser, signUpPasskeyUser } from '../walletUsers.ts'
import { authDeadlines, authTimeoutMs } from './authDeadlines.ts'

type Message = { type: string; data: Record<string, unknown> }

const deadlines = authDeadlines()
const ibex = createTestIbex({
  webSocket: { authTimeoutMs, closeDelayMs: 5 },
  setTimer: deadlines.setTimer,
})
const server = setupServer(
  ...mockIbexHandlers(ibex.mock, { baseUrl: 'https://ibex.test' }),
  mockIbexSocketHandler(ibex.mock, { url: 'wss://ibex.test/ws' }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** A page's `WebSocket` (jsdom's, intercepted by MSW) recording messages and its close. */
function browserSocket(url: string) {
  const socket = new WebSocket(url)
  const messages: Message[] = []
  const arrived = new Set<() => void>()
  socket.addEventListener('message', (event) => {
    messages.push(JSON.parse(String(event.data)))
    for (const check of arrived) check()
  })
  const opened = new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.addEventListener('close', (event) =>
      resolve({ code: event.code, reason: event.reason }),
    ),
  )
  // Waits for the message itself (the test's timeout is the only budget): a loop of fixed sleeps
  // gave up after ~1 s, which a loaded machine's auth check alone can take.
  const waitFor = (type: string, matches: (message: Message) => boolean = () => true) =>
    new Promise<Message>((resolve) => {
      const check = () => {
        const found = messages.find((message) => message.type === type && matches(message))
        if (!found) return
        arrived.delete(check)
        resolve(found)
      }
      arrived.add(check)
      check()
    })
  const auth = async (token: string) => {
    await opened
    socket.send(JSON.stringify({ type: 'auth', token }))
  }
  return { socket, messages, closed, waitFor, auth }
}

describe('WebSocket /ws through MSW (browser adapter)', () => {
  it('authenticates with the page origin as rpId and pushes a transfer to both users', async () => {
    const sender = await signUpKeyUser(ibex)
    const receiver = await signUpPasskeyUser(ibex)
    const senderSocket = browserSocket('wss://ibex.test/ws?blockchainId=421614')
    const receiverSocket = browserSocket('wss://ibex.test/ws')
    await senderSocket.auth(sender.accessToken)
    await receiverSocket.auth(receiver.accessToken)
    expect((await senderSocket.waitFor('auth_success')).data.safeAddress).toBe(sender.safe)
    await receiverSocket.waitFor('user_data')

    const eur = findToken(421614, 'EUR-IBEX')?.address
    const { executed } = await runOperations(ibex, sender, [
      { type: 'TRANSFER_TOKEN', tokenAddress: eur, to: receiver.safe, amount: '3' },
    ])
    expect(executed.status).toBe(200)
    expect((await senderSocket.waitFor('balance_update')).data).toMatchObject({
      address: sender.safe,
      balance: '97000000000000000000',
    })
    expect((await receiverSocket.waitFor('new_transaction')).data).toMatchObject({
      address: receiver.safe,
      newTransaction: { direction: 'IN', value: '3', from: sender.safe },
    })

    senderSocket.socket.send(JSON.stringify({ type: 'get_balance', requestId: 'msw-1' }))
    await expect
      .poll(() => senderSocket.messages.find((m) => m.data.requestId === 'msw-1'))
      .toMatchObject({ type: 'balance_data', data: { mode: 'request' } })

    const duplicate = browserSocket('wss://ibex.test/ws')
    await duplicate.auth(sender.accessToken)
    expect((await duplicate.closed).code).toBe(4003)
    expect(duplicate.messages[0]?.data.error_code).toBe('ALREADY_CONNECTED')
    senderSocket.socket.close()
    receiverSocket.socket.close()
  })

  it('pushes user_data and the IBAN / KYC refresh signals after those writes, to their user only', async () => {
    const ada = await signUpPasskeyUser(ibex)
    const bob = await signUpKeyUser(ibex)
    const adaSocket = browserSocket('wss://ibex.test/ws')
    const bobSocket = browserSocket('wss://ibex.test/ws')
    await adaSocket.auth(ada.accessToken)
    await bobSocket.auth(bob.accessToken)
    await adaSocket.waitFor('user_data')
    await bobSocket.waitFor('user_data')
    const pushes = () => adaSocket.messages.filter((m) => m.type !== 'balance_data').length

    // Opening the approval changes nothing yet; its confirmation adds the IBAN.
    const opened = await ibex.call('POST', '/v1.2/sepa/iban/add', {
      headers: ada.headers,
      body: { holderName: 'Ada Lovelace', label: 'Main' },
    })
    expect(opened.status).toBe(200)
    const approval = opened.body.data as Record<string, unknown>
    const added = await ibex.call('PUT', '/v1.2/sepa/iban/add', {
      headers: ada.headers,
      body: { approvalId: approval.approvalId, ...(await ada.sign(approval)) },
    })
    expect(added.status).toBe(200)
    expect((await adaSocket.waitFor('user_iban_updated')).data).toEqual({ iban: 'changed' })
    const withIban = await adaSocket.waitFor('user_data', (m) =>
      JSON.stringify(m.data.ibans).toLowerCase().includes(ada.safe.toLowerCase()),
    )
    expect(withIban.data.ibans).toMatchObject({
      status: 200,
      data: {
        count: 1,
        ibans: [{ safeAddress: ada.safe, blockchainId: 421614, status: 'active' }],
      },
    })

    const started = await ibex.call('POST', '/v1.2/auth/iframe', {
      headers: ada.headers,
      body: { language: 'fr' },
    })
    expect(started.status).toBe(200)
    expect((await adaSocket.waitFor('user_ky_updated')).data).toEqual({ ky: 'changed' })

    // Sending a code changes nothing; confirming the address does.
    const kySignals = () => adaSocket.messages.filter((m) => m.type === 'user_ky_updated').length
    const email = { externalUserId: ada.externalUserId, email: 'ada@example.com' }
    const sent = await ibex.call('POST', '/v1.2/users/me/validate-email', {
      headers: ada.headers,
      body: email,
    })
    expect(sent.status).toBe(200)
    const confirmed = await ibex.call('POST', '/v1.2/users/me/confirm-email', {
      headers: ada.headers,
      body: { ...email, code: sent.body.code },
    })
    expect(confirmed.status).toBe(200)
    await expect.poll(kySignals).toBe(2)

    // A refused write pushes nothing; Bob's socket heard none of Ada's changes.
    const settled = pushes()
    const refused = await ibex.call('PATCH', '/v1.2/sepa/iban/modify', {
      headers: ada.headers,
      body: { iban: 'FR7630006000011234567890189', label: 'Rent' },
    })
    expect(refused.status).toBe(404)
    adaSocket.socket.send(JSON.stringify({ type: 'get_balance', requestId: 'after-refusal' }))
    await adaSocket.waitFor('balance_data', (m) => m.data.requestId === 'after-refusal')
    expect(pushes()).toBe(settled)
    bobSocket.socket.send(JSON.stringify({ type: 'get_balance', requestId: 'bob' }))
    await bobSocket.waitFor('balance_data', (m) => m.data.requestId === 'bob')
    expect(
      bobSocket.messages.filter(
        (m) => m.type === 'user_iban_updated' || m.type === 'user_ky_updated',
      ),
    ).toEqual([])
    // Ada's three changes (the IBAN, the KYC session, the email) each pushed her a user_data.
    expect(bobSocket.messages.filter((m) => m.type === 'user_data')).toHaveLength(
      adaSocket.messages.filter((m) => m.type === 'user_data').length - 3,
    )
    adaSocket.socket.close()
    bobSocket.socket.close()
  })

  it('closes 4001 without auth and 4002 on a bad token', async () => {
    const silent = browserSocket('wss://ibex.test/ws?rpId=localhost')
    await expect.poll(() => deadlines.pending()).toBe(1)
    deadlines.expire()
    expect((await silent.closed).code).toBe(4001)
    const bad = browserSocket('wss://ibex.test/ws')
    await bad.auth('nope')
    expect((await bad.closed).code).toBe(4002)
    expect(bad.messages[0]).toMatchObject({
      type: 'auth_error',
      data: { error_code: 'INVALID_TOKEN' },
    })
  })
})
