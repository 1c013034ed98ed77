import { act, screen, waitFor } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EmailOtpForm } from '../../../src/components/EmailOtpForm/EmailOtpForm.tsx'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import {
  EMAIL,
  PASSPHRASE,
  codeInput,
  expectSecretsGone,
  lastCode,
  liveText,
  returningEmailUser,
  spendCodeElsewhere,
  wrongCode,
} from './emailOtpFormHarness.ts'

// The key derivation (Argon2id, 64 MiB) runs in-thread under jsdom: allow it a few seconds.
const SLOW = { timeout: 15_000 }

function form(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('[data-ibex-email-form]')
  if (!root) throw new Error('no EmailOtpForm')
  return root
}

/** Renders `ui` (by default a sign-up form for EMAIL), asks for a code, waits for the code step. */
async function renderAtCodeStep(
  ibex: TestIbex,
  user: UserEvent,
  ui: ReactElement = <EmailOtpForm mode="sign-up" defaultEmail={EMAIL} />,
) {
  const rendered = renderWithIbex(ui, ibex)
  const root = form(rendered.container)
  await user.click(screen.getByRole('button', { name: 'Send me a code' }))
  await waitFor(() => expect(root).toHaveAttribute('data-step', 'code'))
  return { ...rendered, root }
}

beforeEach(() => {
  // lastUser lives in localStorage: each test starts as a new device.
  window.localStorage.clear()
  window.sessionStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('given an EmailOtpForm in sign-up mode, then in sign-in mode, against the mock', () => {
  it('should sign up and then sign in with the emailed code and the passphrase, leaving no secret behind', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const onSuccess = vi.fn()
    const onStepChange = vi.fn()
    const onError = vi.fn()
    const signUpForm = renderWithIbex(
      <EmailOtpForm
        mode="sign-up"
        onSuccess={onSuccess}
        onStepChange={onStepChange}
        onError={onError}
      />,
      ibex,
    )
    const root = form(signUpForm.container)
    expect(root).toHaveAttribute('data-step', 'email')
    expect(root).toHaveAttribute('data-state', 'idle')
    expect(root).toHaveClass('ibex-root', 'ibex-email-form')
    expect(screen.getByRole('form', { name: 'Sign up with your email' })).toBeInTheDocument()
    await expectNoAxeViolations(signUpForm.container)

    // Step 1: the address. Focus moves to the code input, whose label and description say
    // where the code went and when it expires.
    const emailInput = screen.getByLabelText('Email address')
    expect(emailInput).toHaveAttribute('type', 'email')
    expect(emailInput).toHaveAttribute('autocomplete', 'email')
    await user.type(emailInput, EMAIL)
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'code'))
    const code = lastCode(ibex)
    const input = codeInput()
    expect(input).toHaveFocus()
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(input).toHaveAccessibleDescription(
      /^We sent a code to a\*\*\*@example\.com\. The code expires in 0:(30|29)\.$/,
    )
    // Announced once, politely, shortly after the step appears; never the ticking countdown.
    await waitFor(() =>
      expect(liveText(root, 'polite')).toBe(
        'We sent a code to a***@example.com. It is valid for 30 seconds.',
      ),
    )
    await expectNoAxeViolations(signUpForm.container)

    // Step 2: the code, auto-submitted on its last digit.
    await user.type(input, code)
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    const passphrase = screen.getByLabelText('Passphrase')
    expect(passphrase).toHaveFocus()
    expect(passphrase).toHaveAttribute('type', 'password')
    expect(passphrase).toHaveAttribute('autocomplete', 'new-password')
    await expectNoAxeViolations(signUpForm.container)

    // Step 3: passphrase and confirmation, with a strength meter tied to the input.
    await user.type(passphrase, 'abc')
    expect(screen.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute(
      'aria-valuetext',
      'Very weak',
    )
    expect(passphrase).toHaveAccessibleDescription(
      expect.stringContaining('Strength: Very weak. Use at least 8 characters.'),
    )
    await user.clear(passphrase)
    await user.type(passphrase, PASSPHRASE)
    expect(screen.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute(
      'aria-valuenow',
      expect.stringMatching(/^[34]$/),
    )
    await user.type(screen.getByLabelText('Confirm the passphrase'), PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Create my wallet' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'pending'))
    expect(screen.getByRole('button', { name: 'Securing your wallet key…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(passphrase).toHaveAttribute('readonly')
    const done = await screen.findByText('Your wallet is ready.', {}, SLOW)
    expect(done).toHaveFocus()
    expect(root).toHaveAttribute('data-step', 'done')
    expect(root).toHaveAttribute('data-state', 'success')
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual(['code', 'passphrase', 'done'])
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      status: 'signed-in',
      user: { authMethod: 'EMAIL' },
    })
    expect(onError).not.toHaveBeenCalled()
    expect(ibex.client.session.getSnapshot().status).toBe('signed-in')
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/sign-up',
    ])
    await expectNoAxeViolations(signUpForm.container)
    expectSecretsGone(ibex, [PASSPHRASE, code])
    signUpForm.unmount()

    // Sign-in on the same device: the remembered address, no typing.
    await ibex.client.signOut()
    ibex.clearRequests()
    const signInForm = renderWithIbex(
      <EmailOtpForm mode="sign-in" signInOptions={{ includeUserdata: true }} />,
      ibex,
    )
    const signInRoot = form(signInForm.container)
    expect(screen.getByText('We will send a code to a***@example.com.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Email address')).toBeNull()
    await expectNoAxeViolations(signInForm.container)
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await waitFor(() => expect(signInRoot).toHaveAttribute('data-step', 'code'))
    const signInCode = lastCode(ibex)
    expect(signInCode).not.toBe(code)
    await user.type(codeInput(), signInCode)
    await waitFor(() => expect(signInRoot).toHaveAttribute('data-step', 'passphrase'))
    const current = screen.getByLabelText('Passphrase')
    expect(current).toHaveAttribute('autocomplete', 'current-password')
    expect(screen.queryByLabelText('Confirm the passphrase')).toBeNull()
    expect(screen.queryByRole('meter')).toBeNull()
    await user.type(current, PASSPHRASE)
    await user.keyboard('{Enter}')
    await screen.findByText('You are signed in.', {}, SLOW)
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-in',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/sign-in',
    ])
    expect(ibex.client.session.getSnapshot().user?.authMethod).toBe('EMAIL')
    expectSecretsGone(ibex, [PASSPHRASE, code, signInCode])
  }, 30_000)
})

describe('given the code step', () => {
  it('should refuse a wrong code with a message tied to the input, then accept the right one', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const onError = vi.fn()
    const { container, root } = await renderAtCodeStep(
      ibex,
      user,
      <EmailOtpForm mode="sign-up" defaultEmail={EMAIL} onError={onError} />,
    )
    const code = lastCode(ibex)

    await user.type(codeInput(), wrongCode(code))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'error'))
    const message = 'This is not the code we sent. Check the email and try again.'
    expect(codeInput()).toHaveValue('')
    expect(codeInput()).toHaveFocus()
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true')
    expect(codeInput()).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(liveText(root, 'assertive')).toBe(message)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'validation/code-wrong' })
    await expectNoAxeViolations(container)

    await user.type(codeInput(), code)
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/email/recover',
    ])
  })

  it('should take a pasted code with separators and submit it at once', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { root } = await renderAtCodeStep(ibex, user)
    const code = lastCode(ibex)
    await user.click(codeInput())
    await user.paste(`Your code: ${code.slice(0, 3)} ${code.slice(3)}`)
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
  })

  it('should count down, announce the expiry once, refuse the expired code and send a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container, root } = await renderAtCodeStep(ibex, user)
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    const expired = lastCode(ibex)
    // Before the code expires, asking for another is refused without a request.
    expect(resend).toHaveAttribute('aria-disabled', 'true')
    await user.click(resend)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up'])

    const countdown = () => container.querySelector('[data-ibex-email-countdown]')
    vi.setSystemTime(Date.now() + 10_000)
    await waitFor(() => expect(countdown()).toHaveTextContent('The code expires in 0:20.'))
    expect(liveText(root, 'polite')).toMatch(/valid for 30 seconds/)

    vi.setSystemTime(Date.now() + 21_000)
    await waitFor(() =>
      expect(liveText(root, 'polite')).toBe('The code has expired. Ask for a new one.'),
    )
    expect(countdown()).toHaveTextContent('The code has expired. Ask for a new one.')
    expect(countdown()).toHaveAttribute('data-expired')
    expect(resend).not.toHaveAttribute('aria-disabled')
    await expectNoAxeViolations(container)

    await user.type(codeInput(), expired)
    const message = 'This code has expired. Ask for a new one.'
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(expect.stringContaining(message)),
    )
    expect(liveText(root, 'assertive')).toBe(message)
    expect(root).toHaveAttribute('data-step', 'code')
    await expectNoAxeViolations(container)

    await user.click(resend)
    await waitFor(() => expect(lastCode(ibex)).not.toBe(expired))
    await waitFor(() => expect(countdown()).toHaveTextContent('The code expires in 0:30.'))
    expect(codeInput()).toHaveFocus()
    expect(codeInput()).not.toHaveAttribute('aria-invalid')
    await waitFor(() =>
      expect(liveText(root, 'polite')).toBe(
        'We sent a code to a***@example.com. It is valid for 30 seconds.',
      ),
    )
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
    ])
  })

  it('should say a reused code was already used and let a new one be asked for at once', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container, root } = await renderAtCodeStep(ibex, user)
    const used = lastCode(ibex)
    await spendCodeElsewhere(ibex)

    await user.type(codeInput(), used)
    const message = 'This code was already used. Ask for a new one.'
    await waitFor(() => expect(liveText(root, 'assertive')).toBe(message))
    expect(codeInput()).toHaveAccessibleDescription(expect.stringContaining(message))
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await expectNoAxeViolations(container)

    await user.click(resend)
    await waitFor(() => expect(lastCode(ibex)).not.toBe(used))
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
  })

  it("should honour IBEx's Retry-After when a new code is asked for too soon", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // The mock's clock lags the page's by `lag`: the page thinks the code expired, IBEx does not.
    let lag = 0
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { now: () => Date.now() - lag } })
    const { container, root } = await renderAtCodeStep(ibex, user)
    const first = lastCode(ibex)
    lag = 31_000
    vi.setSystemTime(Date.now() + 31_000)
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))

    await user.click(resend)
    await waitFor(() =>
      expect(container.querySelector('[data-ibex-email-wait]')).toHaveTextContent(
        'You can ask for a new code in 30 s.',
      ),
    )
    expect(resend).toHaveAttribute('aria-disabled', 'true')
    expect(liveText(root, 'polite')).toBe('You can ask for a new code in 30 s.')
    expect(lastCode(ibex)).toBe(first)
    await expectNoAxeViolations(container)

    lag = 0
    vi.setSystemTime(Date.now() + 30_000)
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await user.click(resend)
    await waitFor(() => expect(lastCode(ibex)).not.toBe(first))
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-up',
      'GET /v1.2/auth/sign-up',
      'GET /v1.2/auth/sign-up',
    ])
  })

  it("should send a remembered user's new code to the same user, with no address typed", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningEmailUser(ibex)
    // An address in the props does not change who the remembered user is.
    const { root } = await renderAtCodeStep(
      ibex,
      user,
      <EmailOtpForm mode="sign-in" defaultEmail="someone.else@example.com" />,
    )
    const first = lastCode(ibex)
    vi.setSystemTime(Date.now() + 31_000)
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await user.click(resend)
    await waitFor(() => expect(lastCode(ibex)).not.toBe(first))
    expect(ibex.mock.outbox('someone.else@example.com')).toBeUndefined()
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
  })

  it('should go back to the email step to change the address', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { root } = await renderAtCodeStep(
      ibex,
      user,
      <EmailOtpForm mode="sign-up" defaultEmail="typo@example.con" />,
    )
    await user.click(screen.getByRole('button', { name: 'Change the email address' }))
    const emailInput = screen.getByLabelText('Email address')
    expect(emailInput).toHaveFocus()
    expect(emailInput).toHaveValue('typo@example.con')
    await user.clear(emailInput)
    await user.type(emailInput, `${EMAIL}{Enter}`)
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'code'))
    expect(screen.getByText('We sent a code to a***@example.com.')).toBeInTheDocument()
  })
})

describe('given the email step', () => {
  it('should refuse an invalid address before any request, with the message tied to the input', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(<EmailOtpForm mode="sign-up" />, ibex)
    const root = form(container)
    const emailInput = screen.getByLabelText('Email address')
    await user.type(emailInput, 'not-an-email{Enter}')
    const message = 'Enter a valid email address.'
    await waitFor(() => expect(emailInput).toHaveAccessibleDescription(message))
    expect(emailInput).toHaveAttribute('aria-invalid', 'true')
    expect(liveText(root, 'assertive')).toBe(message)
    expect(root).toHaveAttribute('data-state', 'error')
    expect(ibex.requests()).toEqual([])
    await expectNoAxeViolations(container)

    // Editing dismisses the error.
    await user.type(emailInput, 'x')
    expect(emailInput).not.toHaveAttribute('aria-invalid')
    expect(root).toHaveAttribute('data-state', 'idle')
  })

  it('should say so when the address already has an account (sign-up) or none (sign-in)', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningEmailUser(ibex)
    ibex.client.lastUser.clear()
    const signUpForm = renderWithIbex(<EmailOtpForm mode="sign-up" defaultEmail={EMAIL} />, ibex)
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
        'This email address already has an account. Sign in instead.',
      ),
    )
    signUpForm.unmount()

    renderWithIbex(<EmailOtpForm mode="sign-in" defaultEmail="nobody@example.com" />, ibex)
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
        'No account uses this email address.',
      ),
    )
  })

  it('should let a remembered user sign in with another address', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningEmailUser(ibex, 'grace@example.com')
    await returningEmailUser(ibex, EMAIL)
    const { container } = renderWithIbex(<EmailOtpForm mode="sign-in" />, ibex)
    const root = form(container)
    expect(screen.getByText('We will send a code to a***@example.com.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use another email' }))
    const emailInput = screen.getByLabelText('Email address')
    expect(emailInput).toHaveFocus()
    await user.type(emailInput, 'grace@example.com{Enter}')
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'code'))
    expect(screen.getByText('We sent a code to g***@example.com.')).toBeInTheDocument()
    await user.type(codeInput(), lastCode(ibex, 'grace@example.com'))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
  })

  it('should refuse a second code asked for too soon with the wait from IBEx', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    renderWithIbex(<EmailOtpForm mode="sign-up" defaultEmail={EMAIL} />, ibex)
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await user.click(await screen.findByRole('button', { name: 'Change the email address' }))
    await user.click(screen.getByRole('button', { name: 'Send me a code' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
        /^A code was sent a moment ago\. Try again in (30|29) s\.$/,
      ),
    )
  })
})

describe('given the passphrase step', () => {
  it('should catch a different confirmation before anything runs', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container, root } = await renderAtCodeStep(ibex, user)
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    const requests = ibex.requests().length

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE)
    const confirm = screen.getByLabelText('Confirm the passphrase')
    await user.type(confirm, `${PASSPHRASE}x{Enter}`)
    expect(confirm).toHaveFocus()
    expect(confirm).toHaveAttribute('aria-invalid', 'true')
    expect(confirm).toHaveAccessibleDescription('The two passphrases are different.')
    expect(liveText(root, 'assertive')).toBe('The two passphrases are different.')
    await expectNoAxeViolations(container)

    // Too short is the ceremony's refusal, also before any request.
    await user.clear(screen.getByLabelText('Passphrase'))
    await user.clear(confirm)
    await user.type(screen.getByLabelText('Passphrase'), 'short')
    await user.type(confirm, 'short{Enter}')
    await waitFor(() =>
      expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(
        expect.stringContaining('Use at least 8 characters.'),
      ),
    )
    expect(ibex.requests()).toHaveLength(requests)

    // So is a passphrase that is long enough but among the first an attacker tries.
    await user.clear(screen.getByLabelText('Passphrase'))
    await user.clear(confirm)
    await user.type(screen.getByLabelText('Passphrase'), 'password')
    await user.type(confirm, 'password{Enter}')
    await waitFor(() =>
      expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(
        expect.stringContaining('This passphrase is too easy to guess.'),
      ),
    )
    expect(ibex.requests()).toHaveLength(requests)
  })

  it('should catch a wrong passphrase on the device (no POST) and accept the right one without a new code', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningEmailUser(ibex)
    ibex.clearRequests()
    const onError = vi.fn()
    const { container, root } = await renderAtCodeStep(
      ibex,
      user,
      <EmailOtpForm mode="sign-in" onError={onError} />,
    )
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    const before = ibex.requests()

    const passphrase = screen.getByLabelText('Passphrase')
    await user.type(passphrase, 'not-the-passphrase{Enter}')
    const message = 'This passphrase does not open your wallet. Try again.'
    await waitFor(() => expect(liveText(root, 'assertive')).toBe(message), SLOW)
    expect(passphrase).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(passphrase).toHaveAttribute('aria-invalid', 'true')
    expect(passphrase).toHaveValue('')
    expect(passphrase).toHaveFocus()
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'validation/passphrase-wrong' })
    expect(ibex.requests()).toEqual(before)
    expect(ibex.requests()).not.toContain('POST /v1.2/auth/sign-in')
    await expectNoAxeViolations(container)

    await user.type(passphrase, `${PASSPHRASE}{Enter}`)
    await screen.findByText('You are signed in.', {}, SLOW)
    expect(ibex.requests()).toEqual([...before, 'POST /v1.2/auth/sign-in'])
    expectSecretsGone(ibex, [PASSPHRASE, 'not-the-passphrase'])
  }, 30_000)

  it('should start again at the email step when the attempt expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { root } = await renderAtCodeStep(ibex, user)
    await user.type(codeInput(), lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    vi.setSystemTime(Date.now() + 301_000) // past the 300 s challenge
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE)
    await user.type(screen.getByLabelText('Confirm the passphrase'), `${PASSPHRASE}{Enter}`)
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'email'))
    const emailInput = screen.getByLabelText('Email address')
    expect(emailInput).toHaveFocus()
    expect(emailInput).toHaveValue(EMAIL)
    expect(emailInput).toHaveAccessibleDescription(
      'This attempt has expired. Ask for a new code to start again.',
    )
    expect(ibex.requests()).not.toContain('POST /v1.2/auth/sign-up')
  })
})

describe('given the French locale', () => {
  it('should use the provider locale for every string, errors included', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(<EmailOtpForm mode="sign-up" />, ibex, { locale: 'fr' })
    const root = form(container)
    expect(screen.getByRole('form', { name: 'Inscription par e-mail' })).toBeInTheDocument()
    const emailInput = screen.getByLabelText('Adresse e-mail')
    await user.type(emailInput, 'pas-une-adresse{Enter}')
    await waitFor(() =>
      expect(emailInput).toHaveAccessibleDescription('Saisissez une adresse e-mail valide.'),
    )
    await user.clear(emailInput)
    await user.type(emailInput, EMAIL)
    await user.click(screen.getByRole('button', { name: 'Recevoir un code' }))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'code'))
    const input = screen.getByRole('textbox', { name: 'Code reçu par e-mail' })
    expect(input).toHaveAccessibleDescription(
      /^Nous avons envoyé un code à a\*\*\*@example\.com\. Le code expire dans 0:(30|29)\.$/,
    )
    await user.type(input, wrongCode(lastCode(ibex)))
    await waitFor(() =>
      expect(liveText(root, 'assertive')).toBe(
        'Ce n’est pas le code envoyé. Vérifiez l’e-mail et réessayez.',
      ),
    )
    await user.type(input, lastCode(ibex))
    await waitFor(() => expect(root).toHaveAttribute('data-step', 'passphrase'))
    expect(screen.getByLabelText('Phrase secrète')).toHaveFocus()
    expect(screen.getByLabelText('Confirmez la phrase secrète')).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('should prefer the locale prop and apply message overrides', async () => {
    const ibex = await createTestIbex()
    renderWithIbex(
      <EmailOtpForm mode="sign-in" locale="en" messages={{ emailSubmit: 'Email me a code' }} />,
      ibex,
      { locale: 'fr' },
    )
    expect(screen.getByLabelText('Email address')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Email me a code' })).toBeInTheDocument()
  })
})

describe('given a disabled EmailOtpForm', () => {
  it('should disable its fields and send nothing', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(
      <EmailOtpForm mode="sign-up" defaultEmail={EMAIL} disabled />,
      ibex,
    )
    expect(form(container)).toHaveAttribute('data-disabled')
    expect(screen.getByLabelText('Email address')).toBeDisabled()
    const send = screen.getByRole('button', { name: 'Send me a code' })
    expect(send).toBeDisabled()
    await user.click(send)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(ibex.requests()).toEqual([])
    await expectNoAxeViolations(container)
  })
})
