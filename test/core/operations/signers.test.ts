import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { emailSigningBackups } from '../../../src/core/email/emailSigningBackups.ts'
import { requestSigningCode } from '../../../src/core/operations/requestSigningCode.ts'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import { ceremonyHarness, expectNowhere, rejectionOf } from '../ceremonies/ceremonyHarness.ts'
import {
  balanceOf,
  lastCode,
  PASSPHRASE,
  PIN,
  safeOf,
  signUpEmailUser,
  signUpPasskeyUser,
  signUpPinUser,
  token,
} from './operationUsers.ts'

const h = ceremonyHarness({ operationConfirmDelayMs: 20 })
const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')

/** `value` with its bigints as strings, for a JSON search. */
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))

async function recipient() {
  return safeOf(await signUpPasskeyUser(h.client()))
}

describe('PIN, email and EIP-7702 signers', () => {
  test('a PIN user transfers with the PIN asked again; a missing or wrong PIN executes nothing', async () => {
    const client = h.client()
    const user = await signUpPinUser(client)
    const to = await recipient()
    h.requests.length = 0
    const input = { kind: 'transfer', token: EUR, to, amount: '3' } as const

    const missing = await rejectionOf(runOperation(client, input))
    expect(missing).toMatchObject({ code: 'validation/pin-missing', field: 'pin' })
    expect(h.requests).toEqual([])

    const wrong = await rejectionOf(runOperation(client, { ...input, pin: '000000' }))
    expect(wrong).toMatchObject({ code: 'validation/pin-wrong', field: 'pin' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])

    const result = await runOperation(client, { ...input, pin: PIN }, { tracking })
    expect(result.status).toBe('confirmed')
    const put = JSON.parse(h.calls('PUT', '/v1.2/safes/operations')[0]?.body ?? '{}')
    expect(put).toEqual({
      chainId: 421614,
      signature: expect.stringMatching(/^0x[0-9a-f]{130}$/),
      publicKey: user.publicKey,
      userOpHash: result.userOpHash,
    })
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('97')
    expectNowhere(
      PIN,
      [plain(result), wrong, h.requests.map((entry) => entry.body)],
      h.storageText(),
    )
  })

  test('an email user unlocks once with an emailed code, then signs with the passphrase alone', async () => {
    const client = h.client()
    const user = await signUpEmailUser(client, h.mock, 'ops@example.com')
    const to = await recipient()
    emailSigningBackups.forget(client)
    h.requests.length = 0
    const input = { kind: 'transfer', token: EUR, to, amount: '2' } as const

    const noCode = await rejectionOf(runOperation(client, { ...input, passphrase: PASSPHRASE }))
    expect(noCode).toMatchObject({ code: 'validation/code-missing', field: 'emailCode' })
    expect(h.requests).toEqual([])

    await requestSigningCode(client)
    const emailCode = lastCode(h.mock, 'ops@example.com')
    const wrong = await rejectionOf(
      runOperation(client, { ...input, passphrase: 'not the passphrase', emailCode }),
    )
    expect(wrong).toMatchObject({ code: 'validation/passphrase-wrong', field: 'passphrase' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])

    const first = await runOperation(client, { ...input, passphrase: PASSPHRASE }, { tracking })
    const second = await runOperation(client, { ...input, passphrase: PASSPHRASE }, { tracking })
    expect([first.status, second.status]).toEqual(['confirmed', 'confirmed'])
    expect(h.calls('POST', '/v1.2/auth/email/recover')).toHaveLength(1)
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('96')
    expectNowhere(
      PASSPHRASE,
      [plain(first), plain(second), h.requests.map((entry) => entry.body)],
      h.storageText(),
    )
  })

  test('after an email sign-in the passphrase alone signs; sign-out forgets the backup', async () => {
    const client = h.client()
    await signUpEmailUser(client, h.mock, 'again@example.com')
    await client.signOut()
    await signIn(client, { wallet: 'email', email: 'again@example.com' })
    await signIn(client, { wallet: 'email', code: lastCode(h.mock, 'again@example.com') })
    await signIn(client, { wallet: 'email', passphrase: PASSPHRASE })
    h.requests.length = 0
    const input = { kind: 'transfer', token: EUR, to: await recipient(), amount: '1' } as const
    const result = await runOperation(client, { ...input, passphrase: PASSPHRASE }, { tracking })
    expect(result.status).toBe('confirmed')
    expect(h.calls('POST', '/v1.2/auth/email/recover')).toEqual([])

    const user = client.session.getSnapshot().user
    await client.signOut()
    expect(user && emailSigningBackups.get(client, user.externalUserId)).toBeUndefined()
  })

  test('a wrong email code is refused on emailCode', async () => {
    const client = h.client()
    await signUpEmailUser(client, h.mock, 'code@example.com')
    emailSigningBackups.forget(client)
    await requestSigningCode(client)
    const code = lastCode(h.mock, 'code@example.com')
    const error = await rejectionOf(
      runOperation(client, {
        kind: 'transfer',
        token: EUR,
        to: await recipient(),
        amount: '1',
        passphrase: PASSPHRASE,
        emailCode: code === '000000' ? '111111' : '000000',
      }),
    )
    expect(error).toMatchObject({ code: 'validation/code-wrong', field: 'emailCode' })
  })

  test('an EIP-7702 user signs with the connected wallet; another account is refused up front', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const client = h.client()
    const signedUp = await signUp(client, {
      wallet: '7702',
      signer: {
        address: account.address,
        chainId: 421614,
        signMessage: (message) => account.signMessage({ message }),
      },
    })
    if (signedUp.status !== 'signed-in') throw new Error('not signed in')
    const to = await recipient()
    h.requests.length = 0
    const input = { kind: 'transfer', token: EUR, to, amount: '4', chainId: 421614 } as const

    const stranger = privateKeyToAccount(generatePrivateKey())
    const mismatch = await rejectionOf(
      runOperation(client, {
        ...input,
        signer: {
          address: stranger.address,
          signMessage: (m) => stranger.signMessage({ message: m }),
        },
      }),
    )
    expect(mismatch).toMatchObject({ name: 'IbexWalletError', code: 'wallet/address-mismatch' })
    expect(h.requests).toEqual([])

    const result = await runOperation(
      client,
      {
        ...input,
        signer: {
          address: account.address,
          signMessage: (m) => account.signMessage({ message: m }),
        },
      },
      { tracking },
    )
    expect(result.status).toBe('confirmed')
    expect(await balanceOf(client, signedUp.user, 'EUR-IBEX')).toBe('96')
  })
})
