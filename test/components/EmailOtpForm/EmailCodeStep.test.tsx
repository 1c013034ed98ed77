import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EmailCodeStep } from '../../../src/components/EmailOtpForm/EmailCodeStep.tsx'
import type { CeremonyResult } from '../../../src/core/actions/signUp.ts'
import { useSignUp } from '../../../src/react/hooks/useSignUp.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { EMAIL, codeInput, lastCode, liveText, wrongCode } from './emailOtpFormHarness.ts'

type Sent = Extract<CeremonyResult, { status: 'awaiting-code' }>

/** An app that runs the email sign-up itself and only borrows the code step. */
function StepByStep() {
  const signUp = useSignUp()
  const [sent, setSent] = useState<Sent | null>(null)
  const [verified, setVerified] = useState(false)
  const [code, setCode] = useState('')
  if (verified) return <p>Code accepted: choose a passphrase.</p>
  if (!sent) {
    return (
      <button
        type="button"
        onClick={() =>
          signUp.mutate(
            { wallet: 'email', email: EMAIL },
            { onSuccess: (result) => result.status === 'awaiting-code' && setSent(result) },
          )
        }
      >
        Email me
      </button>
    )
  }
  return (
    <EmailCodeStep
      expiresAt={sent.codeExpiresAt}
      emailHint={sent.emailHint}
      value={code}
      onValueChange={setCode}
      onComplete={(complete) =>
        signUp.mutate(
          { wallet: 'email', code: complete },
          {
            onSuccess: () => setVerified(true),
            onError: () => setCode(''),
          },
        )
      }
      pending={signUp.isPending}
      error={signUp.error?.code === 'validation/code-wrong' && 'Not that one.'}
    />
  )
}

beforeEach(() => {
  window.localStorage.clear()
})

describe('given the EmailCodeStep on its own', () => {
  it('should drive a sign-up started by the app: wrong code, then a pasted right one', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(<StepByStep />, ibex)
    await user.click(screen.getByRole('button', { name: 'Email me' }))
    const input = await screen.findByRole('textbox', { name: 'Code from the email' })
    expect(input).toHaveAccessibleDescription(
      /^We sent a code to a\*\*\*@example\.com\. The code expires in 0:(30|29)\.$/,
    )
    // Without onResend / onChangeEmail there are no buttons.
    expect(screen.queryByRole('button')).toBeNull()
    await expectNoAxeViolations(container)

    const code = lastCode(ibex)
    await user.type(input, wrongCode(code))
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Not that one\.$/))
    expect(input).toHaveValue('')
    await expectNoAxeViolations(container)

    await user.click(input)
    await user.paste(code)
    await screen.findByText('Code accepted: choose a passphrase.')
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/email/recover',
    ])
  })

  it('should work uncontrolled without a deadline: resend always offered, Enter re-submits a complete code', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const onComplete = vi.fn()
    const onResend = vi.fn()
    const { container } = renderWithIbex(
      <EmailCodeStep onComplete={onComplete} onResend={onResend} />,
      ibex,
    )
    expect(screen.getByText('We sent a code to your email address.')).toBeInTheDocument()
    expect(container.querySelector('[data-ibex-email-countdown]')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send a new code' }))
    expect(onResend).toHaveBeenCalledTimes(1)

    await user.type(codeInput(), '12345')
    expect(onComplete).not.toHaveBeenCalled()
    await user.keyboard('{Enter}')
    expect(onComplete).not.toHaveBeenCalled()
    await user.type(codeInput(), '6')
    expect(onComplete).toHaveBeenCalledWith('123456')
    await user.keyboard('{Enter}')
    expect(onComplete).toHaveBeenCalledTimes(2)
    expect(liveText(container, 'polite')).toBe('')
    expect(ibex.requests()).toEqual([])
  })

  it('should refuse input while pending and say the code is being checked', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const onComplete = vi.fn()
    renderWithIbex(<EmailCodeStep onComplete={onComplete} pending value="123456" />, ibex)
    expect(codeInput()).toHaveAttribute('readonly')
    expect(screen.getByText('Checking the code…')).toBeInTheDocument()
    await user.click(codeInput())
    await user.keyboard('{Enter}')
    expect(onComplete).not.toHaveBeenCalled()
  })
})
