// The mock's refusals of the recovery, route, verification and wallet routes, at the HTTP
// boundary (what an independent IBEx client sees), on a fixed clock.
import { describe, expect, it } from 'vitest'
import { findToken } from '../../src/mock/wallet/findToken.ts'
import { createTestIbex } from './createTestIbex.ts'
import { runOperations, signUpKeyUser, signUpPasskeyUser } from './walletUsers.ts'

const EUR = findToken(421614, 'EUR-IBEX')!.address
const EURE = findToken(100, 'EURe')!.address
const ADA = {
  type: 'ENABLE_RECOVERY',
  firstName: 'Ada',
  lastName: 'Lovelace',
  birthDate: '1815-12-10',
  birthCity: 'London',
  birthCountry: 'GB',
}

describe('mock IBEx: recovery, routes, verification, wallets', () => {
  it('recovery: another Safe is 400, a bad identity 400, a second enable 409 while the first is pending, on once confirmed', async () => {
    const ibex = createTestIbex({ operationConfirmDelayMs: 1_000 })
    const user = await signUpKeyUser(ibex)
    const other = await signUpKeyUser(ibex)
    const status = (safe: string) =>
      ibex.call('GET', `/v1.2/recovery/status/${safe}`, { headers: user.headers })
    expect((await status(other.safe)).body).toMatchObject({ message: 'unknown safe address' })
    expect((await status(user.safe)).body).toMatchObject({ recoveryEnabled: false, pending: [] })

    const bad = await runOperations(ibex, user, [{ ...ADA, birthDate: '1815-13-10' }])
    expect(bad.prepared).toMatchObject({ status: 400, body: { error_code: 'VALIDATION' } })
    const cancel = await runOperations(ibex, user, [{ type: 'CANCEL_RECOVERY' }])
    expect(cancel.prepared.status).toBe(400)

    const { executed } = await runOperations(ibex, user, [ADA])
    expect(executed.status).toBe(200)
    expect((await status(user.safe)).body).toMatchObject({
      recoveryEnabled: false,
      pending: [{ status: 'SIGNED' }],
    })
    expect((await runOperations(ibex, user, [ADA])).prepared).toMatchObject({
      status: 409,
      body: { error_code: 'CONFLICT' },
    })
    ibex.clock.advance(1_000)
    expect((await status(user.safe)).body).toMatchObject({
      recoveryEnabled: true,
      canExecute: false,
      pending: [],
      executed: [{ status: 'EXECUTED' }],
    })
    const chains = await ibex.call('GET', '/v1.2/users/me/chainid', { headers: user.headers })
    expect(
      (chains.body.chains as { chainId: number; modules: { recovery: unknown } }[]).find(
        (chain) => chain.chainId === 421614,
      )?.modules.recovery,
    ).toBe(true)
  })

  it('routes: capabilities need both chains, an unroutable pair or unknown route is refused, the quote is single use', async () => {
    const ibex = createTestIbex({ chainIds: [421614, 100, 8453], operationConfirmDelayMs: 0 })
    const user = await signUpKeyUser(ibex)
    const capabilities = (query: Record<string, number>) =>
      ibex.call('GET', '/v1.2/safes/routes/capabilities', { headers: user.headers, query })
    expect((await capabilities({ sourceChainId: 421614 })).status).toBe(400)
    expect((await capabilities({ sourceChainId: 421614, destinationChainId: 1 })).body).toEqual({
      mode: 'UNSUPPORTED',
      providers: [],
    })
    const quote = (body: Record<string, unknown>) =>
      ibex.call('POST', '/v1.2/safes/routes/quote', { headers: user.headers, body })
    const ask = {
      sourceChainId: 421614,
      destinationChainId: 100,
      sellTokenAddress: EUR,
      buyTokenAddress: EURE,
      amount: '5',
    }
    expect(await quote({ ...ask, destinationChainId: 1 })).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/UNSUPPORTED/) },
    })
    expect(await quote({ ...ask, amount: '500' })).toMatchObject({
      status: 400,
      body: { error_code: 'INSUFFICIENT_BALANCE' },
    })
    const route = await quote(ask)
    expect(route.body).toMatchObject({ mode: 'CROSS_CHAIN_BRIDGE', buyAmount: '4.985' })
    const routeId = String(route.body.routeId)
    const other = await signUpKeyUser(ibex)
    expect(
      (await ibex.call('GET', `/v1.2/safes/routes/${routeId}/status`, { headers: other.headers }))
        .status,
    ).toBe(404)
    const op = [{ type: 'ROUTE_FROM_QUOTE', quoteId: routeId }]
    expect((await runOperations(ibex, user, op)).executed.status).toBe(200)
    expect((await runOperations(ibex, user, op)).prepared.status).toBe(400)
    const expiredRoute = String((await quote(ask)).body.routeId)
    ibex.clock.advance(301_000)
    expect(
      (await runOperations(ibex, user, [{ type: 'ROUTE_FROM_QUOTE', quoteId: expiredRoute }]))
        .prepared.body,
    ).toMatchObject({ error_code: 'EXPIRED' })
    const done = await ibex.call('GET', `/v1.2/safes/routes/${routeId}/status`, {
      headers: user.headers,
    })
    expect(done.body).toMatchObject({ status: 'DEST_COMPLETED', mode: 'CROSS_CHAIN_BRIDGE' })
  })

  it('verification: another user id is 403, a code is 6 digits; wallets: a bad family or count is 400; a safe-provision token is single use', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const post = (path: string, body: Record<string, unknown>, headers = user.headers) =>
      ibex.call('POST', path, { headers, body })
    expect(
      (await post('/v1.2/users/me/validate-email', { email: 'a@b.co', externalUserId: 'x' }))
        .status,
    ).toBe(403)
    const externalUserId = user.externalUserId
    expect(
      (
        await post('/v1.2/users/me/confirm-sms', {
          telephone: '+33612345678',
          code: '12',
          externalUserId,
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await post('/v1.2/users/me/validate-sms', {
          telephone: '+4915112345678',
          phonePolicy: 'frMobile',
          externalUserId,
        })
      ).status,
    ).toBe(400)
    expect(
      (await post('/v1.2/users/me/wallets/global', { add: [{ family: 'TRON' }] })).status,
    ).toBe(400)
    expect(
      (await post('/v1.2/users/me/wallets/global', { add: [{ family: 'EVM', count: 11 }] })).status,
    ).toBe(400)

    const begin = await ibex.call('GET', '/v1.2/auth/sign-in')
    const credential = await user.authenticator.authenticate(
      begin.body.credentialRequestOptions as Parameters<typeof user.authenticator.authenticate>[0],
    )
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { credential, intent: 'safe_provision' },
    })
    const token = String(signIn.body.safe_provision_token)
    expect(signIn.body.safe_provision_expires_in).toBe(300)
    const provision = (saltNonce: string) =>
      post(
        '/v1.2/auth/sign-in/safe-provision',
        { blockchainId: 421614, saltNonce },
        { authorization: `Bearer ${token}` },
      )
    expect((await provision('0')).status).toBe(400)
    expect((await provision('1')).body).toMatchObject({ blockchainId: 421614, saltNonce: '1' })
    expect((await provision('2')).status).toBe(401)
  })
})
