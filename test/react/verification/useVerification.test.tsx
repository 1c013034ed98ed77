import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useKycStatus } from '../../../src/react/hooks/useKycStatus.ts'
import { useVerifyEmail } from '../../../src/react/hooks/useVerifyEmail.ts'
import { useVerifyPhone } from '../../../src/react/hooks/useVerifyPhone.ts'
import type { IbexVerificationCodeSent } from '../../../src/core/parse/IbexVerificationCodeSent.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs } from '../operations/operationTestUsers.ts'

const PHONE = '+33 6 12 34 56 78'

function renderVerification(ibex: Awaited<ReturnType<typeof createTestIbex>>) {
  return renderHookWithIbex(
    () => ({ kyc: useKycStatus(), email: useVerifyEmail(), phone: useVerifyPhone() }),
    ibex,
  )
}

function sent(data: unknown): IbexVerificationCodeSent {
  const step = data as IbexVerificationCodeSent
  if (step.step !== 'code-sent') throw new Error(`not sent: ${JSON.stringify(data)}`)
  return step
}

describe('KYC and verification', () => {
  test('KYC status; email then phone verified with the dry-run code; the code never enters the mutation cache', async () => {
    const ibex = await createTestIbex()
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderVerification(ibex)
    await waitFor(() =>
      expect(result.current.kyc.data).toEqual({
        kycLevel: '0',
        status: 'not_started',
        verified: false,
      }),
    )

    const emailCode = sent(
      await act(() => result.current.email.mutateAsync({ email: ' ada@example.com ' })),
    )
    expect(emailCode).toMatchObject({
      target: 'ada@example.com',
      devCode: expect.stringMatching(/^\d{6}$/),
    })
    expect(emailCode.expiresAt).toBeGreaterThan(Date.now() + 3_500_000)
    const confirmed = await act(() =>
      result.current.email.mutateAsync({ email: 'ada@example.com', code: emailCode.devCode! }),
    )
    expect(confirmed).toEqual({ step: 'verified', target: 'ada@example.com' })
    expect(result.current.email.variables).toEqual({ email: 'ada@example.com' })

    const smsCode = sent(await act(() => result.current.phone.mutateAsync({ telephone: PHONE })))
    expect(smsCode.target).toBe('+33612345678')
    await expect(
      act(() => result.current.phone.mutateAsync({ telephone: PHONE, code: smsCode.devCode! })),
    ).resolves.toEqual({ step: 'verified', target: '+33612345678' })
    expect(ibex.requests()).toEqual(
      expect.arrayContaining([
        'POST /v1.2/users/me/validate-email',
        'POST /v1.2/users/me/confirm-email',
        'POST /v1.2/users/me/validate-sms',
        'POST /v1.2/users/me/confirm-sms',
      ]),
    )
    expect(user.externalUserId).toBeTruthy()
  })

  test('a wrong code, then the sixth try is a 429; a used code; an expired code', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderVerification(ibex)
    const code = sent(
      await act(() => result.current.phone.mutateAsync({ telephone: PHONE })),
    ).devCode!
    const wrong = code === '000000' ? '111111' : '000000'
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        act(() => result.current.phone.mutateAsync({ telephone: PHONE, code: wrong })),
      ).rejects.toMatchObject({ code: 'validation/code-wrong', field: 'code' })
    }
    await expect(
      act(() => result.current.phone.mutateAsync({ telephone: PHONE, code })),
    ).rejects.toMatchObject({ code: 'http/rate-limited', status: 429 })

    const again = sent(
      await act(() => result.current.phone.mutateAsync({ telephone: PHONE })),
    ).devCode!
    await act(() => result.current.phone.mutateAsync({ telephone: PHONE, code: again }))
    await expect(
      act(() => result.current.phone.mutateAsync({ telephone: PHONE, code: again })),
    ).rejects.toMatchObject({ code: 'validation/code-used' })

    const mail = sent(
      await act(() => result.current.email.mutateAsync({ email: 'ada@example.com' })),
    ).devCode!
    await act(async () => {
      ibex.mock.advanceTime(3_600_001)
    })
    await expect(
      act(() => result.current.email.mutateAsync({ email: 'ada@example.com', code: mail })),
    ).rejects.toMatchObject({ code: 'validation/code-expired' })
  })

  test('outside dry-run mode no code comes back, and the 11th SMS of the day to one phone is a 429', async () => {
    const ibex = await createTestIbex({ mock: { verificationDryRun: false } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderVerification(ibex)
    for (let count = 0; count < 10; count += 1) {
      const step = sent(await act(() => result.current.phone.mutateAsync({ telephone: PHONE })))
      expect(step.devCode).toBeUndefined()
    }
    await expect(
      act(() => result.current.phone.mutateAsync({ telephone: PHONE })),
    ).rejects.toMatchObject({ code: 'http/rate-limited', retryAfter: expect.any(Number) })
    await act(() => result.current.phone.mutateAsync({ telephone: '+33712345678' }))
  })

  test('addresses, numbers and codes are checked before any request', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderVerification(ibex)
    await waitFor(() => expect(result.current.kyc.isSuccess).toBe(true))
    ibex.clearRequests()
    await expect(
      act(() => result.current.email.mutateAsync({ email: 'ada@example' })),
    ).rejects.toMatchObject({ name: 'IbexValidationError', code: 'validation/email-invalid' })
    await expect(
      act(() => result.current.email.mutateAsync({ email: 'ada@example.com', code: '12345' })),
    ).rejects.toMatchObject({ code: 'validation/code-malformed', field: 'code' })
    for (const telephone of ['0612345678', '+33 6 12', 'call me']) {
      await expect(
        act(() => result.current.phone.mutateAsync({ telephone })),
      ).rejects.toMatchObject({ code: 'validation/phone-invalid', field: 'telephone' })
    }
    await expect(
      act(() =>
        result.current.phone.mutateAsync({ telephone: '+4915112345678', phonePolicy: 'frMobile' }),
      ),
    ).rejects.toMatchObject({ code: 'validation/phone-invalid' })
    expect(ibex.requests()).toEqual([])
  })
})
