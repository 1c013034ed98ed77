import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { getWalletChallenge } from '../../../src/core/actions/auth/getWalletChallenge.ts'
import { submitWalletSignIn } from '../../../src/core/actions/auth/submitWalletSignIn.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'

const wallet = privateKeyToAccount(
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
)
const other = privateKeyToAccount(
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
)

const walletCalls = (requests: string[]) =>
  requests.filter((request) => request.startsWith('POST /v1.2/auth/wallet-')).length

async function signedChallenge(ibex: Awaited<ReturnType<typeof createTestIbex>>) {
  const { message, nonce } = await getWalletChallenge(ibex.client, {
    address: wallet.address.toLowerCase(),
    chainId: 421614,
  })
  return { nonce, message, signature: await wallet.signMessage({ message }) }
}

describe('EOA wallet sign-in (wallet-challenge, wallet-signin)', () => {
  test('signs a new EOA user in, then the same user again; delegations not active yet', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const first = await signedChallenge(ibex)
    expect(first.message).toContain(wallet.address)
    expect(first.message).toContain('Chain ID: 421614')
    const signedIn = await submitWalletSignIn(ibex.client, {
      address: wallet.address,
      signature: first.signature,
      nonce: first.nonce,
    })
    expect(signedIn).toMatchObject({ walletMode: 'EOA_7702', delegations: [] })
    expect(ibex.client.session.getSnapshot().user?.externalUserId).toBe(
      signedIn.user.externalUserId,
    )
    const second = await signedChallenge(ibex)
    const again = await submitWalletSignIn(ibex.client, {
      address: wallet.address,
      signature: second.signature,
      nonce: second.nonce,
    })
    expect(again.user.externalUserId).toBe(signedIn.user.externalUserId)
    // A nonce is single use.
    await expect(
      submitWalletSignIn(ibex.client, {
        address: wallet.address,
        signature: second.signature,
        nonce: second.nonce,
      }),
    ).rejects.toMatchObject({ code: 'http/bad-request' })
  })

  test("another wallet's signature is refused", async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const { message, nonce } = await getWalletChallenge(ibex.client, { address: wallet.address })
    await expect(
      submitWalletSignIn(ibex.client, {
        address: wallet.address,
        signature: await other.signMessage({ message }),
        nonce,
      }),
    ).rejects.toMatchObject({ name: 'IbexHttpError' })
    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')
  })

  test('bad input is refused before any request', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    await expect(getWalletChallenge(ibex.client, { address: '0x1234' })).rejects.toMatchObject({
      code: 'validation/address-invalid',
      field: 'address',
    })
    await expect(
      getWalletChallenge(ibex.client, { address: wallet.address, chainId: 0 }),
    ).rejects.toMatchObject({ code: 'validation/chain-id-invalid', field: 'chainId' })
    const signature = await wallet.signMessage({ message: 'x' })
    await expect(
      submitWalletSignIn(ibex.client, { address: wallet.address, signature: '0xdead', nonce: 'n' }),
    ).rejects.toMatchObject({ code: 'validation/signature-invalid', field: 'signature' })
    await expect(
      submitWalletSignIn(ibex.client, { address: wallet.address, signature, nonce: ' ' }),
    ).rejects.toMatchObject({ code: 'validation/nonce-invalid', field: 'nonce' })
    expect(walletCalls(ibex.requests())).toBe(0)
  })
})
