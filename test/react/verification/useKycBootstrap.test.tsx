import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useKycStatus } from '../../../src/react/hooks/useKycStatus.ts'
import { useStartKybEnrollment } from '../../../src/react/hooks/useStartKybEnrollment.ts'
import { useStartKycSession } from '../../../src/react/hooks/useStartKycSession.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs } from '../operations/operationTestUsers.ts'

async function renderBootstrap() {
  const ibex = await createTestIbex()
  await signUpAs(ibex, 'passkey')
  const view = renderHookWithIbex(
    () => ({ kyc: useKycStatus(), session: useStartKycSession(), kyb: useStartKybEnrollment() }),
    ibex,
  )
  await waitFor(() => expect(view.result.current.kyc.data).toBeDefined())
  return { ibex, result: view.result }
}

const sent = (requests: string[], path: string) =>
  requests.filter((request) => request === `POST ${path}`).length

describe('KYC session and KYB enrollment', () => {
  test('a KYC session: its page URL, then the same session again with alreadySent', async () => {
    const { ibex, result } = await renderBootstrap()
    const first = await act(() =>
      result.current.session.mutateAsync({ language: 'fr', requireSmsVerification: true }),
    )
    expect(first).toMatchObject({ alreadySent: false, sessionId: expect.any(String) })
    expect(first.chatbotFullURL).toContain(first.sessionId)
    expect(first.chatbotFullURL).toContain('lang=fr')
    const again = await act(() => result.current.session.mutateAsync({}))
    expect(again).toMatchObject({ sessionId: first.sessionId, alreadySent: true })
    expect(sent(ibex.requests(), '/v1.2/auth/iframe')).toBe(2)
  })

  test('a bad language or flag is refused before any request', async () => {
    const { ibex, result } = await renderBootstrap()
    ibex.clearRequests()
    for (const language of ['', 'french', 'FR', 'en_US', 'en-us']) {
      await expect(
        act(() => result.current.session.mutateAsync({ language })),
      ).rejects.toMatchObject({ code: 'validation/language-invalid', field: 'language' })
    }
    await expect(
      act(() =>
        result.current.session.mutateAsync({
          requireSmsVerification: 'yes' as unknown as boolean,
        }),
      ),
    ).rejects.toMatchObject({ code: 'validation/type-invalid', field: 'requireSmsVerification' })
    expect(sent(ibex.requests(), '/v1.2/auth/iframe')).toBe(0)
  })

  test('a KYB enrollment, then a second one is a 409', async () => {
    const { ibex, result } = await renderBootstrap()
    const enrollment = await act(() =>
      result.current.kyb.mutateAsync({
        email: ' CFO@acme.example ',
        companyRegistrationNumber: ' 552 100 554 ',
        returnUrl: 'https://app.example/kyb/done',
      }),
    )
    expect(enrollment).toMatchObject({ status: 'pending', sessionId: expect.any(String) })
    expect(enrollment.chatbotFullURL).toContain(enrollment.sessionId)
    await expect(
      act(() =>
        result.current.kyb.mutateAsync({
          email: 'cfo@acme.example',
          companyRegistrationNumber: 'HRB 12345',
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/conflict' })
    expect(sent(ibex.requests(), '/v1.2/auth/enroll')).toBe(2)
  })

  test('a bad email, registration number or return URL is refused before any request', async () => {
    const { ibex, result } = await renderBootstrap()
    ibex.clearRequests()
    const good = { email: 'cfo@acme.example', companyRegistrationNumber: '552 100 554' }
    const cases: [Record<string, string>, string, string][] = [
      [{ email: 'not-an-email' }, 'validation/email-invalid', 'email'],
      [
        { companyRegistrationNumber: '   ' },
        'validation/company-number-invalid',
        'companyRegistrationNumber',
      ],
      [
        { companyRegistrationNumber: '552\u200b100' },
        'validation/company-number-invalid',
        'companyRegistrationNumber',
      ],
      [
        { companyRegistrationNumber: 'x'.repeat(65) },
        'validation/company-number-invalid',
        'companyRegistrationNumber',
      ],
      [{ returnUrl: '/kyb/done' }, 'validation/return-url-invalid', 'returnUrl'],
      [{ returnUrl: 'http://app.example/done' }, 'validation/return-url-invalid', 'returnUrl'],
      [{ returnUrl: 'javascript:alert(1)' }, 'validation/return-url-invalid', 'returnUrl'],
    ]
    for (const [change, code, field] of cases) {
      await expect(
        act(() => result.current.kyb.mutateAsync({ ...good, ...change })),
      ).rejects.toMatchObject({ code, field })
    }
    expect(sent(ibex.requests(), '/v1.2/auth/enroll')).toBe(0)
  })
})
