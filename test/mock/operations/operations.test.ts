import { hexToBytes, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64url } from '../../../src/core/utils/base64.ts'
import type { SoftwareRequestOptionsJSON } from '../../../src/mock/authenticator/SoftwareAuthenticatorTypes.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { createTestIbex, randomAccount } from '../createTestIbex.ts'
import {
  balanceOfSymbol,
  runOperations,
  signUpKeyUser,
  signUp7702User,
  signUpPasskeyUser,
  type TestIbex,
  type WalletUser,
} from '../walletUsers.ts'

const eur = findToken(421614, 'EUR-IBEX')?.address ?? ''
const transfer = (to: string, amount: string) => ({
  type: 'TRANSFER_TOKEN',
  tokenAddress: eur,
  to,
  amount,
})

function prepare(ibex: TestIbex, user: WalletUser, body: Record<string, unknown>) {
  return ibex.call('POST', '/v1.2/safes/operations', {
    headers: user.headers,
    body: { safeAddress: user.safe, chainId: 421614, ...body },
  })
}

function status(ibex: TestIbex, user: WalletUser, userOpHash: unknown) {
  return ibex.call('GET', `/v1.2/safes/operations/${String(userOpHash)}/status`, {
    headers: user.headers,
  })
}

describe('POST /v1.2/safes/operations', () => {
  it('answers batchId, expiresAt and a challenge that is the base64url userOpHash', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const response = await prepare(ibex, user, { operations: [transfer(friend.safe, '1')] })
    expect(response.status).toBe(200)
    const options = response.body.credentialRequestOptions as {
      challenge: string
      allowCredentials: { id: string }[]
      data: { userOpHash: Hex }
    }
    expect(response.body).toMatchObject({
      batchId: expect.stringMatching(/^[0-9a-f]{24}$/),
      expiresAt: new Date(ibex.clock.now() + 300_000).toISOString(),
      credentialRequestOptions: {
        rpId: 'localhost',
        timeout: 60_000,
        userVerification: 'required',
      },
    })
    expect(base64ToBytes(options.challenge)).toHaveLength(32)
    expect(options.challenge).toBe(bytesToBase64url(hexToBytes(options.data.userOpHash)))
    expect(options.allowCredentials.map((c) => c.id)).toEqual(
      user.authenticator.credentials().map((c) => c.id),
    )
    const created = await status(ibex, user, options.data.userOpHash)
    expect(created.body).toMatchObject({ status: 'CREATED', transactionHash: null, error: null })
  })

  it('refuses a Safe that is not the caller’s on the chain with "unknown safe address"', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const other = await signUpKeyUser(ibex)
    for (const body of [
      { safeAddress: other.safe },
      { safeAddress: user.safes['100'] },
      { safeAddress: user.safe, chainId: 100 },
    ]) {
      const response = await prepare(ibex, user, {
        operations: [transfer(other.safe, '1')],
        ...body,
      })
      expect(response.status).toBe(400)
      expect(response.body).toEqual({ message: 'unknown safe address', error_code: 'UNKNOWN_SAFE' })
    }
  })

  it('validates each operation, its token and its amount', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const to = randomAccount().address
    const cases: [unknown[], string, RegExp][] = [
      [[], 'VALIDATION', /non-empty array/],
      [[transfer(to, '1,5')], 'VALIDATION', /decimal string/],
      [[transfer(to, '0')], 'VALIDATION', /greater than 0/],
      [[transfer(to, '1.0000000000000000001')], 'VALIDATION', /more than 18 decimals/],
      [[{ ...transfer(to, '1'), amount: 1 }], 'VALIDATION', /decimal string/],
      [[{ ...transfer(to, '1'), decimals: 6 }], 'VALIDATION', /decimals 6/],
      [[transfer('0x1234', '1')], 'VALIDATION', /to must be an address/],
      [[{ ...transfer(to, '1'), tokenAddress: to }], 'VALIDATION', /not active on chain/],
      [[transfer(to, '100.01')], 'INSUFFICIENT_BALANCE', /100.01 EUR-IBEX needed, 100 available/],
      [[transfer(to, '60'), transfer(to, '60')], 'INSUFFICIENT_BALANCE', /operations\[1\]/],
      [
        [{ type: 'BITCOIN_SEND', to: 'tb1q', amountSat: 1 }],
        'UNSUPPORTED_OPERATION',
        /not supported by the mock/,
      ],
      [[{ type: 'TELEPORT' }], 'VALIDATION', /not an operation type/],
    ]
    for (const [operations, code, message] of cases) {
      const response = await prepare(ibex, user, { operations })
      expect(response.status, JSON.stringify(operations)).toBe(400)
      expect(response.body.error_code).toBe(code)
      expect(String(response.body.message)).toMatch(message)
    }
    const mode = await prepare(ibex, user, {
      operations: [transfer(to, '1')],
      walletMode: 'EOA_7702',
    })
    expect(mode.status).toBe(400)
  })

  it('moves the native coin with either sentinel, and EURe with the legacy type', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const to = randomAccount().address
    for (const tokenAddress of [
      '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
      '0x0000000000000000000000000000000000000000',
    ]) {
      const { executed } = await runOperations(ibex, user, [
        { type: 'TRANSFER_TOKEN', tokenAddress, to, amount: '0.001' },
      ])
      expect(executed.status).toBe(200)
    }
    expect(await balanceOfSymbol(ibex, user, 'ETH')).toBe('0.008')
    await runOperations(ibex, user, [{ type: 'TRANSFER_EURe', receiver: to, amount: '5' }])
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('95')
  })
})

describe('PUT /v1.2/safes/operations', () => {
  it('executes a PIN user’s personal_sign once; a second PUT is 410 GONE', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const { prepared, executed } = await runOperations(ibex, user, [transfer(friend.safe, '30')])
    expect(executed.status).toBe(200)
    expect(executed.body).toEqual({
      userOpHash: (prepared.body.credentialRequestOptions as { data: { userOpHash: string } }).data
        .userOpHash,
    })
    const again = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: await user.sign(prepared.body),
    })
    expect(again.status).toBe(410)
    expect(again.body.error_code).toBe('GONE')
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('70')
    expect(await balanceOfSymbol(ibex, friend, 'EUR-IBEX')).toBe('130')
  })

  it('refuses another key, a key that signed nothing prepared, and a passkey user without credential', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const prepared = await prepare(ibex, user, {
      operations: [transfer(user.safes['100'] ?? '', '1')],
    })
    const hash = (prepared.body.credentialRequestOptions as { data: { userOpHash: Hex } }).data
      .userOpHash
    const stranger = randomAccount()
    const foreign = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: {
        signature: await stranger.signMessage({ message: { raw: hexToBytes(hash) } }),
        publicKey: stranger.address,
      },
    })
    expect(foreign.status).toBe(401)
    expect(foreign.body.error_code).toBe('SIGNER_MISMATCH')
    const wrongMessage = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: {
        signature: await user.account.signMessage({ message: hash }),
        publicKey: user.account.address,
      },
    })
    expect(wrongMessage.status).toBe(400)
    expect(wrongMessage.body.error_code).toBe('INVALID_SIGNATURE')

    const passkeyUser = await signUpPasskeyUser(ibex)
    const noCredential = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: passkeyUser.headers,
      body: { signature: '0x00', publicKey: user.account.address },
    })
    expect(noCredential.status).toBe(400)
    expect(String(noCredential.body.message)).toMatch(/credential is required/)
  })

  it('verifies the passkey assertion against the prepared challenge and the stored credential', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const first = await prepare(ibex, user, { operations: [transfer(friend.safe, '1')] })
    const second = await prepare(ibex, user, { operations: [transfer(friend.safe, '2')] })
    const signed = await user.sign(first.body)
    // The same assertion cannot be replayed for another intent: the challenge names the first.
    const executed = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: signed,
    })
    expect(executed.status).toBe(200)
    const replay = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: signed,
    })
    expect(replay.status).toBe(410)

    const intruder = await signUpPasskeyUser(ibex)
    // The intruder's own passkey signs the user's challenge (allowCredentials names the user's).
    const options = second.body.credentialRequestOptions as SoftwareRequestOptionsJSON
    const forged = {
      credential: await intruder.authenticator.authenticate({ ...options, allowCredentials: [] }),
    }
    const stolen = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: intruder.headers,
      body: forged,
    })
    expect(stolen.status).toBe(400)
    expect(String(stolen.body.message)).toMatch(/Unknown operation challenge/)
    const byOtherPasskey = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: forged,
    })
    expect(byOtherPasskey.status).toBe(401)
    expect(byOtherPasskey.body.error_code).toBe('UNKNOWN_CREDENTIAL')
  })

  it('executes a 7702 user’s operation from the EOA and answers the 7702 fields', async () => {
    const ibex = createTestIbex()
    const user = await signUp7702User(ibex)
    expect(user.safe).toBe(user.account.address)
    const to = randomAccount().address
    const { prepared, executed } = await runOperations(ibex, user, [transfer(to, '1')])
    expect(prepared.status).toBe(200)
    expect(executed.body).toEqual({
      userOpHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      success: true,
      txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      walletMode: 'EOA_7702',
    })
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('99')
  })

  it('refuses an expired intent with 422 EXPIRED', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const prepared = await prepare(ibex, user, {
      operations: [transfer(user.safes['100'] ?? '', '1')],
    })
    ibex.clock.advance(300_001)
    const late = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: await user.sign(prepared.body),
    })
    expect(late.status).toBe(422)
    expect(late.body.error_code).toBe('EXPIRED')
  })
})

describe('operation status', () => {
  it('goes CREATED → EXECUTED → CONFIRMED on the mock clock, in the status route and the list', async () => {
    const ibex = createTestIbex({ operationConfirmDelayMs: 2_000 })
    const user = await signUpKeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const { executed } = await runOperations(ibex, user, [transfer(friend.safe, '4')])
    const hash = executed.body.userOpHash
    const running = await status(ibex, user, hash)
    expect(running.body).toEqual({
      userOpHash: hash,
      safeAddress: user.safe,
      chainId: 421614,
      status: 'EXECUTED',
      transactionHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      createdAt: new Date(ibex.clock.now()).toISOString(),
      updatedAt: new Date(ibex.clock.now()).toISOString(),
      operations: [{ index: 0, type: 'TRANSFER_TOKEN' }],
      error: null,
    })
    ibex.clock.advance(1_999)
    expect((await status(ibex, user, hash)).body.status).toBe('EXECUTED')
    ibex.clock.advance(1)
    expect((await status(ibex, user, hash)).body.status).toBe('CONFIRMED')
    expect((await status(ibex, friend, hash)).status).toBe(404)

    const list = await ibex.call('GET', '/v1.2/users/me/operations', {
      headers: user.headers,
      query: { status: 'CONFIRMED' },
    })
    expect(list.body).toEqual({
      data: {
        [user.safe]: [
          {
            id: expect.any(String),
            createdAt: expect.any(String),
            updatedAt: expect.any(String),
            index: 0,
            type: 'TRANSFER_TOKEN',
            data: transfer(friend.safe, '4'),
            safeOperation: {
              userOpHash: hash,
              createdAt: expect.any(String),
              updatedAt: expect.any(String),
              paymaster: 'SPONSORED',
              status: 'CONFIRMED',
              error: null,
              safeAddress: user.safe,
              transactionHash: running.body.transactionHash,
              signatures: [
                { createdAt: expect.any(String), data: {}, signerId: expect.any(String) },
              ],
            },
          },
        ],
      },
    })
    const created = await ibex.call('GET', '/v1.2/users/me/operations', {
      headers: user.headers,
      query: { status: 'CREATED' },
    })
    expect(created.body).toEqual({ data: {} })
  })

  it('ends FAILED without touching balances when a failure is injected', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const armed = await ibex.call('POST', '/__mock/faults', {
      rpId: null,
      body: { failNextOperation: true },
    })
    expect(armed.body.failNextOperation).toBe(true)
    const { executed } = await runOperations(ibex, user, [transfer(friend.safe, '10')])
    expect(executed.status).toBe(200)
    expect(ibex.mock.faults().failNextOperation).toBe(false)
    ibex.clock.advance(1_500)
    const failed = await status(ibex, user, executed.body.userOpHash)
    expect(failed.body).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/Injected/),
    })
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('100')
    expect(await balanceOfSymbol(ibex, friend, 'EUR-IBEX')).toBe('100')
  })

  it('ends FAILED when the funds left between prepare and execute', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const to = randomAccount().address
    const first = await prepare(ibex, user, { operations: [transfer(to, '80')] })
    await runOperations(ibex, user, [transfer(to, '50')])
    const executed = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: await user.sign(first.body),
    })
    ibex.clock.advance(1_500)
    const failed = await status(ibex, user, executed.body.userOpHash)
    expect(failed.body).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/80 EUR-IBEX needed, 50 available/),
    })
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('50')
  })
})
