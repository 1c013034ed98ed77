import { UserRejectedRequestError, type Hex } from 'viem'
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import type { Eip7702Signer } from '../../../src/core/ceremonies/CeremonyTypes.ts'
import { IbexWalletError } from '../../../src/core/errors/IbexWalletError.ts'
import { safeEip7702ProxyAddress } from '../../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { ceremonyHarness, rejectionOf, stepRecorder } from './ceremonyHarness.ts'

const h = ceremonyHarness()
const CHAIN = 100 // not the client's default chain: it must come from the signer

function signerOf(account: PrivateKeyAccount, chainId = CHAIN): Eip7702Signer {
  return {
    address: account.address,
    chainId,
    signMessage: (message) => account.signMessage({ message }),
  }
}

describe('EIP-7702', () => {
  test('sign-up then sign-in with a viem account; the delegation comes back', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const client = h.client()
    const up = stepRecorder()
    const signedUp = await signUp(client, { wallet: '7702', signer: signerOf(account) }, up)
    expect(up.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    expect(signedUp).toMatchObject({
      status: 'signed-in',
      user: {
        authMethod: 'EOA_7702',
        eoaAddress: account.address,
        safeAddresses: { [CHAIN]: account.address },
      },
      delegation: { implementation: safeEip7702ProxyAddress, chainId: CHAIN },
    })
    const get = h.calls('GET', '/v1.2/auth/sign-up')[0]!
    expect(Object.fromEntries(get.query)).toEqual({
      wallet: '7702',
      address: account.address,
      chainId: String(CHAIN),
    })
    expect(Object.keys(JSON.parse(h.calls('POST', '/v1.2/auth/sign-up')[0]!.body)).sort()).toEqual([
      'address',
      'nonce',
      'signature',
      'wallet',
    ])

    await client.signOut()
    const down = stepRecorder()
    const signedIn = await signIn(
      client,
      { wallet: '7702', signer: signerOf(account), includeBalance: true },
      down,
    )
    expect(down.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    expect(signedIn).toMatchObject({
      status: 'signed-in',
      user: { authMethod: 'EOA_7702', eoaAddress: account.address },
      delegation: { implementation: safeEip7702ProxyAddress, chainId: CHAIN },
      enrichment: { balance: expect.any(Object) },
    })
  })

  test('a Sepolia sign-up (the chain IBEx documents for 7702): the session keeps the implementation to authorise there', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const client = h.client()
    const signedUp = await signUp(client, { wallet: '7702', signer: signerOf(account, 11155111) })
    expect(signedUp).toMatchObject({
      status: 'signed-in',
      user: {
        authMethod: 'EOA_7702',
        chainId: 11155111,
        safeAddresses: { '11155111': account.address },
        delegations: { '11155111': safeEip7702ProxyAddress },
      },
      delegation: { implementation: safeEip7702ProxyAddress, chainId: 11155111 },
    })
    expect(h.calls('GET', '/v1.2/auth/sign-up')[0]?.query.get('chainId')).toBe('11155111')
    // Signing in again on Sepolia names it again (a fresh session knows only what IBEx says).
    await client.signOut()
    const signedIn = await signIn(client, { wallet: '7702', signer: signerOf(account, 11155111) })
    expect(signedIn).toMatchObject({
      user: { chainId: 11155111, delegations: { '11155111': safeEip7702ProxyAddress } },
    })
  })

  test('a refusal in the wallet is wallet/rejected and nothing is POSTed', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const signer: Eip7702Signer = {
      ...signerOf(account),
      signMessage: () => Promise.reject(new UserRejectedRequestError(new Error('User denied'))),
    }
    const error = await rejectionOf(signUp(h.client(), { wallet: '7702', signer }))
    expect(error).toBeInstanceOf(IbexWalletError)
    expect(error).toMatchObject({ code: 'wallet/rejected' })
    expect(error.cause).toBeInstanceOf(UserRejectedRequestError)
    expect(h.calls('GET', '/v1.2/auth/sign-up')).toHaveLength(1)
    expect(h.calls('POST', '/v1.2/auth/sign-up')).toHaveLength(0)
  })

  test('an EIP-1193 error is mapped by its code', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const signer: Eip7702Signer = {
      ...signerOf(account),
      signMessage: () =>
        Promise.reject(Object.assign(new Error('Unrecognized chain'), { code: 4902 })),
    }
    await expect(signUp(h.client(), { wallet: '7702', signer })).rejects.toMatchObject({
      code: 'wallet/wrong-chain',
    })
  })

  test('a signature by another account is wallet/address-mismatch, before the POST', async () => {
    const connected = privateKeyToAccount(generatePrivateKey())
    const other = privateKeyToAccount(generatePrivateKey())
    const signer: Eip7702Signer = {
      ...signerOf(connected),
      signMessage: (message) => other.signMessage({ message }),
    }
    await expect(signUp(h.client(), { wallet: '7702', signer })).rejects.toMatchObject({
      code: 'wallet/address-mismatch',
    })
    const garbage: Eip7702Signer = {
      ...signerOf(connected),
      signMessage: () => Promise.resolve('0x1234' as Hex),
    }
    await expect(signUp(h.client(), { wallet: '7702', signer: garbage })).rejects.toMatchObject({
      code: 'wallet/address-mismatch',
    })
    expect(h.calls('POST', '/v1.2/auth/sign-up')).toHaveLength(0)
  })

  test('a missing or malformed signer is refused before any request', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const client = h.client()
    await expect(
      signUp(client, { wallet: '7702', signer: undefined as unknown as Eip7702Signer }),
    ).rejects.toMatchObject({ code: 'wallet/not-connected' })
    await expect(
      signIn(client, { wallet: '7702', signer: { ...signerOf(account), address: '0x12' } }),
    ).rejects.toMatchObject({ code: 'validation/address-invalid', field: 'address' })
    await expect(
      signIn(client, { wallet: '7702', signer: { ...signerOf(account), chainId: 0 } }),
    ).rejects.toMatchObject({ code: 'validation/chain-id-invalid', field: 'chainId' })
    expect(h.requests).toHaveLength(0)
  })

  test('an abort before the wallet answers drops its signature: wallet/aborted, no POST', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const controller = new AbortController()
    const signer: Eip7702Signer = {
      ...signerOf(account),
      signMessage: async (message) => {
        controller.abort()
        return account.signMessage({ message })
      },
    }
    await expect(
      signUp(h.client(), { wallet: '7702', signer }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'wallet/aborted' })
    expect(h.calls('POST', '/v1.2/auth/sign-up')).toHaveLength(0)
  })
})
