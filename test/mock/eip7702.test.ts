import { describe, expect, it } from 'vitest'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { createTestIbex, randomAccount } from './createTestIbex.ts'

type Challenge = { message: string; nonce: string }

async function challengeFor(
  ibex: ReturnType<typeof createTestIbex>,
  step: 'sign-up' | 'sign-in',
  address: string,
  chainId = 421614,
) {
  const response = await ibex.call('GET', `/v1.2/auth/${step}`, {
    query: { wallet: '7702', address, chainId },
  })
  return response.body.challenge as Challenge
}

async function post(
  ibex: ReturnType<typeof createTestIbex>,
  step: 'sign-up' | 'sign-in',
  account: ReturnType<typeof randomAccount>,
  challenge: Challenge,
  signer = account,
) {
  const signature = await signer.signMessage({ message: challenge.message })
  return ibex.call('POST', `/v1.2/auth/${step}`, {
    body: { wallet: '7702', address: account.address, signature, nonce: challenge.nonce },
  })
}

describe('wallet=7702', () => {
  it('issues a SIWE-like challenge naming rpId, address, chain, nonce and time', async () => {
    const ibex = createTestIbex()
    const account = randomAccount()
    const challenge = await challengeFor(ibex, 'sign-up', account.address.toLowerCase())
    const lines = challenge.message.split('\n')
    expect(lines[0]).toBe('IBEx Wallet wants you to sign in with your Ethereum account:')
    expect(lines[1]).toBe(account.address)
    expect(challenge.message).toContain('localhost')
    expect(challenge.message).toContain('Chain ID: 421614')
    expect(challenge.message).toContain(`Nonce: ${challenge.nonce}`)
    expect(challenge.message).toContain(`Issued At: ${new Date(ibex.clock.now()).toISOString()}`)
  })

  it('signs up and in with an EIP-191 signature and names the delegation of each chain, the EOA as its Safe', async () => {
    const ibex = createTestIbex()
    const account = randomAccount()
    const signUp = await post(
      ibex,
      'sign-up',
      account,
      await challengeFor(ibex, 'sign-up', account.address),
    )
    expect(signUp.status).toBe(200)
    expect(signUp.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      safe: account.address,
      delegation: { implementation: safeEip7702ProxyAddress, chainId: 421614 },
    })
    expect(typeof signUp.body.access_token).toBe('string')
    expect(typeof signUp.body.refresh_token).toBe('string')

    const signIn = await post(
      ibex,
      'sign-in',
      account,
      await challengeFor(ibex, 'sign-in', account.address, 100),
    )
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatchObject({
      subject: signUp.body.subject,
      delegation: { chainId: 100 },
    })

    const user = ibex.mock.state.tenants.get('localhost')?.users.get(String(signUp.body.subject))
    expect(user?.safeAddress).toMatchObject({ 421614: account.address, 100: account.address })
    // The delegation itself is on chain: IBEx records nothing until the client broadcasts it.
    expect(ibex.mock.state.chains.size).toBe(0)
  })

  it('refuses a replayed nonce with STALE_NONCE', async () => {
    const ibex = createTestIbex()
    const account = randomAccount()
    const challenge = await challengeFor(ibex, 'sign-up', account.address)
    expect((await post(ibex, 'sign-up', account, challenge)).status).toBe(200)
    const signInChallenge = await challengeFor(ibex, 'sign-in', account.address)
    expect((await post(ibex, 'sign-in', account, signInChallenge)).status).toBe(200)
    const replay = await post(ibex, 'sign-in', account, signInChallenge)
    expect(replay.body.error_code).toBe('STALE_NONCE')
  })

  it('refuses a signature by another key, and an expired challenge', async () => {
    const ibex = createTestIbex()
    const account = randomAccount()
    const forged = await post(
      ibex,
      'sign-up',
      account,
      await challengeFor(ibex, 'sign-up', account.address),
      randomAccount(),
    )
    expect(forged.body.error_code).toBe('INVALID_SIGNATURE')

    const challenge = await challengeFor(ibex, 'sign-up', account.address)
    ibex.clock.advance(300_001)
    expect((await post(ibex, 'sign-up', account, challenge)).body.error_code).toBe('EXPIRED')
  })

  it('refuses an unknown address at sign-in, a known one at sign-up, a bad address and chain', async () => {
    const ibex = createTestIbex()
    const account = randomAccount()
    const unknown = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: '7702', address: account.address },
    })
    expect(unknown.body.error_code).toBe('USER_NOT_FOUND')

    await post(ibex, 'sign-up', account, await challengeFor(ibex, 'sign-up', account.address))
    const again = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: '7702', address: account.address },
    })
    expect(again.status).toBe(409)

    const badAddress = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: '7702', address: '0x1234' },
    })
    expect(badAddress.body.error_code).toBe('VALIDATION')
    const badChain = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: '7702', address: randomAccount().address, chainId: 999 },
    })
    expect(badChain.body.error_code).toBe('VALIDATION')
  })
})
