import { describe, expect, it } from 'vitest'
import { createTestIbex } from '../createTestIbex.ts'
import { bearer, signUpKeyUser, signUpPasskeyUser } from '../walletUsers.ts'

describe('GET /v1.2/users/me', () => {
  it('returns every section unwrapped, with data and errors', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const response = await ibex.call('GET', '/v1.2/users/me', { headers: user.headers })
    expect(response.status).toBe(200)
    expect(Object.keys(response.body).sort()).toEqual([
      'addressbook',
      'addresses',
      'balances',
      'chainid',
      'data',
      'errors',
      'ibans',
      'kycStatus',
      'lending',
      'pools',
      'signers',
      'transactions',
    ])
    expect(response.body).not.toHaveProperty('externalUserId')
    expect(response.body).toMatchObject({
      addresses: { count: 3 },
      balances: { totals: { grand_total_value_eur: '214.77' } },
      ibans: { count: 0, ibans: [] },
      signers: { count: 1, signers: [{ type: 'PASSKEY', walletMode: 'SAFE_4337', safesCount: 3 }] },
      transactions: {
        type: 'mixed',
        crypto: {
          total: 3,
          page: 1,
          limit: 50,
          chains: [
            { blockchainId: '421614', total: 3, wallets: [{ walletAddress: user.safe, total: 3 }] },
            { blockchainId: '100', total: 0 },
            { blockchainId: '8453', total: 0 },
          ],
        },
        fiat: { total: 0, filters: { startDate: '2025-01-01', endDate: '2026-01-16' } },
      },
      chainid: { defaultChainId: 421614 },
      data: {},
      errors: {},
    })
    const wallets = (response.body.addresses as { wallets: Record<string, unknown>[] }).wallets
    expect(wallets[0]).toMatchObject({ safeAddress: user.safe, primary: true })
    expect(wallets[0]).toHaveProperty('derived.global.eoaAddresses')
  })

  it('reports a failing section under errors instead of failing the request', async () => {
    const ibex = createTestIbex({ returnOtpInResponse: true })
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { passkeys: 'FALSE', email: 'legacy@example.com' },
    })
    const token = String(begin.body.access_token)
    const response = await ibex.call('GET', '/v1.2/users/me', { headers: bearer(token) })
    expect(response.status).toBe(200)
    expect(response.body.errors).toEqual({
      lending: { status: 404, message: 'This user has no watched addresses' },
    })
    expect(response.body).not.toHaveProperty('lending')
    expect(response.body).toMatchObject({ addresses: { count: 0, wallets: [] } })
  })
})

describe('POST /v1.2/users/me', () => {
  it('stores key/values, deletes on null, never returns private. keys', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const write = (data: Record<string, unknown>) =>
      ibex.call('POST', '/v1.2/users/me', { headers: user.headers, body: { data } })
    const stored = await write({
      email: 'jane@x',
      language: 'en',
      'optin.newsletter': true,
      'private.tier': 'gold',
    })
    expect(stored.status).toBe(200)
    expect(stored.body).toEqual({ success: true })
    expect(await write({ language: null })).toMatchObject({ status: 200 })
    const me = await ibex.call('GET', '/v1.2/users/me', { headers: user.headers })
    expect(me.body.data).toEqual({ email: 'jane@x', 'optin.newsletter': true })
  })

  it('refuses an empty or missing data object, and localhost with strictUserDataRpId', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const empty = await ibex.call('POST', '/v1.2/users/me', {
      headers: user.headers,
      body: { data: {} },
    })
    expect(empty.body).toEqual({ message: 'No fields to update', error_code: 'VALIDATION' })
    const missing = await ibex.call('POST', '/v1.2/users/me', { headers: user.headers, body: {} })
    expect(missing.status).toBe(400)
    expect((await ibex.call('POST', '/v1.2/users/me', { body: { data: { a: 1 } } })).status).toBe(
      401,
    )

    const strict = createTestIbex({ strictUserDataRpId: true })
    const local = await signUpKeyUser(strict)
    const refused = await strict.call('POST', '/v1.2/users/me', {
      headers: local.headers,
      body: { data: { a: 1 } },
    })
    expect(refused.body).toEqual({ message: 'rpId is not valid', error_code: 'VALIDATION' })
  })
})

describe('GET /v1.2/users/me/address, /signers, /chainid', () => {
  it('lists the Safes per chain, derived addresses only with includeDerived', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const plain = await ibex.call('GET', '/v1.2/users/me/address', { headers: user.headers })
    expect(plain.body).toMatchObject({
      rpId: 'localhost',
      externalUserId: user.externalUserId,
      count: 3,
      wallets: [
        {
          safeAddress: user.safe,
          chainIds: [421614],
          threshold: 1,
          chains: [{ chainId: 421614 }],
          primary: true,
        },
        { safeAddress: user.safes['100'], chainIds: [100], primary: false },
        { safeAddress: user.safes['8453'], chainIds: [8453], primary: false },
      ],
    })
    expect((plain.body.wallets as object[])[0]).not.toHaveProperty('derived')
    const derived = await ibex.call('GET', '/v1.2/users/me/address', {
      headers: user.headers,
      query: { includeDerived: 'true' },
    })
    expect((derived.body.wallets as object[])[0]).toMatchObject({
      derived: {
        perSafe: {},
        global: { eoaAddresses: [{ type: 'EVM' }, { type: 'SOLANA' }, { type: 'BITCOIN_P2WPKH' }] },
      },
    })
  })

  it('answers 204 without a wallet', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { passkeys: 'FALSE' } })
    const response = await ibex.call('GET', '/v1.2/users/me/address', {
      headers: bearer(String(begin.body.access_token)),
    })
    expect(response.status).toBe(204)
  })

  it('describes the signer and the chains', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const signers = await ibex.call('GET', '/v1.2/users/me/signers', { headers: user.headers })
    expect(signers.body).toEqual({
      count: 1,
      signers: [
        {
          id: expect.any(String),
          type: 'EOA',
          typeDescription: 'Externally owned account key',
          walletMode: 'SAFE_4337',
          keyName: null,
          keyDisplayName: null,
          createdAt: new Date(ibex.clock.now()).toISOString(),
          safesCount: 3,
        },
      ],
    })
    const chainid = await ibex.call('GET', '/v1.2/users/me/chainid', { headers: user.headers })
    expect(chainid.body).toEqual({
      defaultChainId: 421614,
      chains: [
        {
          chainId: 421614,
          chainName: 'Arbitrum Sepolia',
          modules: { recovery: false, automation: false, multisig: 'N/A' },
          wallets: [{ address: user.safe }],
        },
        {
          chainId: 100,
          chainName: 'Gnosis',
          modules: { recovery: false, automation: 'N/A', multisig: 'N/A' },
          wallets: [{ address: user.safes['100'] }],
        },
        {
          chainId: 8453,
          chainName: 'Base',
          modules: { recovery: 'N/A', automation: 'N/A', multisig: 'N/A' },
          wallets: [{ address: user.safes['8453'] }],
        },
      ],
    })
  })
})
