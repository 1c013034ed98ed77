import { getAddress } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { createTestIbex, randomAccount } from './createTestIbex.ts'
import { bearer, signUp7702User, signUpKeyUser, type TestIbex } from './walletUsers.ts'

const PATH = '/v1.2/users/me/delegations'

async function authorizationBody(
  account: PrivateKeyAccount,
  overrides: { chainId?: number; address?: `0x${string}`; nonce?: number } = {},
) {
  const signed = await account.signAuthorization({
    contractAddress: overrides.address ?? safeEip7702ProxyAddress,
    chainId: overrides.chainId ?? 421614,
    nonce: overrides.nonce ?? 0,
  })
  const { chainId, address, nonce, r, s, yParity } = signed
  return { authorization: { chainId, address, nonce, r, s, yParity } }
}

async function delegations(ibex: TestIbex, headers: Record<string, string>) {
  return ibex.call('GET', PATH, { headers })
}

describe('EIP-7702 delegations (GET/POST /v1.2/users/me/delegations)', () => {
  it('lists the PENDING delegation of a new 7702 user', async () => {
    const ibex = createTestIbex()
    const user = await signUp7702User(ibex)
    const response = await delegations(ibex, user.headers)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      address: user.account.address,
      walletMode: 'EOA_7702',
      delegations: [
        {
          chainId: 421614,
          implementation: safeEip7702ProxyAddress,
          status: 'PENDING',
          authorizationNonce: null,
          txHash: null,
          createdAt: new Date(ibex.clock.now()).toISOString(),
          updatedAt: new Date(ibex.clock.now()).toISOString(),
        },
      ],
    })
  })

  it('records a signed authorization: SUBMITTED with a tx hash, ACTIVE once confirmed', async () => {
    const ibex = createTestIbex({ operationConfirmDelayMs: 2_000 })
    const user = await signUp7702User(ibex)
    const submitted = await ibex.call('POST', PATH, {
      headers: user.headers,
      body: await authorizationBody(user.account, { nonce: 7 }),
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({
      chainId: 421614,
      status: 'SUBMITTED',
      authorizationNonce: 7,
      txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
    })
    const stored = ibex.mock.state.tenants.get('localhost')?.users.get(user.externalUserId)
    expect(stored?.delegations.get(421614)?.authorization).toMatchObject({
      address: getAddress(safeEip7702ProxyAddress),
      nonce: 7,
    })

    ibex.clock.advance(1_999)
    const before = await delegations(ibex, user.headers)
    expect(before.body.delegations).toMatchObject([{ status: 'SUBMITTED' }])
    ibex.clock.advance(1)
    const after = await delegations(ibex, user.headers)
    expect(after.body.delegations).toMatchObject([
      { status: 'ACTIVE', txHash: submitted.body.txHash },
    ])

    // A second submit changes nothing.
    const again = await ibex.call('POST', PATH, {
      headers: user.headers,
      body: await authorizationBody(user.account, { nonce: 8 }),
    })
    expect(again.body).toMatchObject({ status: 'ACTIVE', authorizationNonce: 7 })
  })

  it('refuses an authorization by another key, to another contract, or for another chain', async () => {
    const ibex = createTestIbex()
    const user = await signUp7702User(ibex)
    const post = async (body: unknown) => ibex.call('POST', PATH, { headers: user.headers, body })

    const forged = await post(await authorizationBody(randomAccount()))
    expect([forged.status, forged.body.error_code]).toEqual([400, 'INVALID_SIGNATURE'])

    const otherContract = await post(
      await authorizationBody(user.account, {
        address: '0x000000000000000000000000000000000000dEaD',
      }),
    )
    expect([otherContract.status, otherContract.body.error_code]).toEqual([400, 'VALIDATION'])

    const otherChain = await post(await authorizationBody(user.account, { chainId: 8453 }))
    expect([otherChain.status, otherChain.body.error_code]).toEqual([404, 'NOT_FOUND'])

    const anyChain = await post(await authorizationBody(user.account, { chainId: 0 }))
    expect([anyChain.status, anyChain.body.error_code]).toEqual([400, 'VALIDATION'])

    const malformed = await post({ authorization: { chainId: 421614 } })
    expect(malformed.body.error_code).toBe('VALIDATION')

    expect((await delegations(ibex, user.headers)).body.delegations).toMatchObject([
      { status: 'PENDING' },
    ])
  })

  it('is for signed-in 7702 users only', async () => {
    const ibex = createTestIbex()
    const anonymous = await ibex.call('GET', PATH)
    expect(anonymous.status).toBe(401)
    const pinUser = await signUpKeyUser(ibex)
    const notWallet = await ibex.call('GET', PATH, { headers: bearer(pinUser.accessToken) })
    expect([notWallet.status, notWallet.body.error_code]).toEqual([404, 'USER_NOT_FOUND'])
  })
})
