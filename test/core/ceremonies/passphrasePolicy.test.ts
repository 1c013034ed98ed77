import { describe, expect, test } from 'vitest'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { createEmailBackup } from '../../../src/core/email/createEmailBackup.ts'
import { ceremonyHarness, rejectionOf } from './ceremonyHarness.ts'

const h = ceremonyHarness()
const EMAIL = 'grace.hopper@example.com'

async function atPassphraseStep() {
  const client = h.client()
  await signUp(client, { wallet: 'email', email: EMAIL })
  const code = h.mock.outbox(EMAIL)?.code ?? ''
  await signUp(client, { wallet: 'email', code })
  h.requests.length = 0
  return client
}

describe('backup passphrase at sign-up (default policy)', () => {
  test.each([
    ['eight spaces', ' '.repeat(8), 'validation/passphrase-weak'],
    ['whitespace of every kind', ' \t\u00a0\u3000 \u2003 \t ', 'validation/passphrase-weak'],
    ['eight NUL characters', '\u0000'.repeat(8), 'validation/passphrase-invalid-characters'],
    [
      'a control character inside',
      'violet\u0007harbour-7139',
      'validation/passphrase-invalid-characters',
    ],
    ['a line break inside', 'violet harbour\n7139', 'validation/passphrase-invalid-characters'],
    ['"password"', 'password', 'validation/passphrase-weak'],
    ['"Password1!"', 'Password1!', 'validation/passphrase-weak'],
    ['a keyboard run', 'qwertyuiop', 'validation/passphrase-weak'],
    ['an alphabet run', 'abcdefghij', 'validation/passphrase-weak'],
  ])('%s is refused before the backup leaves the device', async (_, passphrase, code) => {
    const client = await atPassphraseStep()
    const error = await rejectionOf(signUp(client, { wallet: 'email', passphrase }))
    expect(error).toMatchObject({ code, field: 'passphrase' })
    expect(h.requests).toEqual([])
  })

  test('a passphrase of reasonable strength is accepted', async () => {
    const client = await atPassphraseStep()
    const result = await signUp(client, { wallet: 'email', passphrase: 'copper-lantern-8264' })
    expect(result.status).toBe('signed-in')
  })

  test('passphrasePolicy.minScore: stricter or looser, whitespace-only and controls still refused', async () => {
    const strict = await atPassphraseStep()
    expect(
      await rejectionOf(
        signUp(strict, {
          wallet: 'email',
          passphrase: 'long enough',
          passphrasePolicy: { minScore: 4 },
        }),
      ),
    ).toMatchObject({ code: 'validation/passphrase-weak' })
    const loose = { minScore: 0 } as const
    expect(
      await rejectionOf(
        signUp(strict, { wallet: 'email', passphrase: ' '.repeat(12), passphrasePolicy: loose }),
      ),
    ).toMatchObject({ code: 'validation/passphrase-weak' })
    expect(
      await rejectionOf(
        signUp(strict, { wallet: 'email', passphrase: 'pass\u0000word', passphrasePolicy: loose }),
      ),
    ).toMatchObject({ code: 'validation/passphrase-invalid-characters' })
    expect(h.requests).toEqual([])
    const result = await signUp(strict, {
      wallet: 'email',
      passphrase: 'password',
      passphrasePolicy: loose,
    })
    expect(result.status).toBe('signed-in')
  })

  test('createEmailBackup applies the same rules', async () => {
    const error = await rejectionOf(
      createEmailBackup({
        passphrase: '\u0000'.repeat(8),
        appId: 'localhost',
        materials: {} as never,
      }),
    )
    expect(error).toMatchObject({ code: 'validation/passphrase-invalid-characters' })
  })
})
