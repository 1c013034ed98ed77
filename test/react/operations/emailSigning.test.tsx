import { act } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { emailSigningBackups } from '../../../src/core/email/emailSigningBackups.ts'
import { useRequestSigningCode } from '../../../src/react/hooks/useRequestSigningCode.ts'
import { useTransfer } from '../../../src/react/hooks/useTransfer.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { lastCode, otherUser, PASSPHRASE, safeOf, signUpAs, token } from './operationTestUsers.ts'

describe('email users', () => {
  test('an email user transfers with the passphrase and, once, an emailed code', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, { email: 'hook@example.com' })
    emailSigningBackups.forget(ibex.client)
    const receiver = await otherUser()
    const variables = { token: token('EUR-IBEX'), to: safeOf(receiver.user), amount: '1' }
    const { result } = renderHookWithIbex(
      () => ({
        code: useRequestSigningCode(),
        transfer: useTransfer({ tracking: { intervalMs: 10, timeoutMs: 5_000 } }),
      }),
      ibex,
    )

    await act(() =>
      result.current.transfer.mutateAsync({ ...variables, passphrase: PASSPHRASE }).catch(() => {}),
    )
    expect(result.current.transfer.error).toMatchObject({
      code: 'validation/code-missing',
      field: 'emailCode',
    })

    await act(() => result.current.code.mutateAsync())
    const emailCode = lastCode(ibex, 'hook@example.com')
    await act(() =>
      result.current.transfer.mutateAsync({ ...variables, passphrase: PASSPHRASE, emailCode }),
    )
    expect(result.current.transfer.stage).toBe('confirmed')
    await act(() => result.current.transfer.mutateAsync({ ...variables, passphrase: PASSPHRASE }))
    expect(result.current.transfer.stage).toBe('confirmed')
    const cached = JSON.stringify(
      ibex.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.variables),
    )
    expect(cached).not.toContain(PASSPHRASE)
    expect(cached).not.toContain(emailCode)
  })
})
