import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ibexLocales } from '../../../src/components/internal/messages/ibexLocales.ts'
import { signInMessages } from '../../../src/components/internal/messages/signInMessages.ts'
import { passkeyButtonMessages } from '../../../src/components/internal/messages/passkeyButtonMessages.ts'
import { SignIn } from '../../../src/components/SignIn/SignIn.tsx'
import { SignUp } from '../../../src/components/SignUp/SignUp.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser } from '../../utils/signUpWithPasskey.ts'

const en = signInMessages.en

// A ceremony is a few requests and a signature: quick alone, slower on a busy machine.
const SLOW = { timeout: 10_000 }

describe('given a SignIn card', () => {
  it.each(ibexLocales)(
    'should render the header, the passkey first and the other methods, axe-clean, in %s',
    async (locale) => {
      const ibex = await createTestIbex()
      const messages = signInMessages[locale]
      const { container } = renderWithIbex(
        <SignIn methods={['passkey', 'pin', 'email']} switchHref="/sign-up" />,
        ibex,
        { locale },
      )
      const card = screen.getByRole('region', { name: messages.signInTitle })
      expect(card).toHaveAttribute('data-view', 'start')
      // Autofill is known once support is detected: the email field replaces the email button.
      const field = await screen.findByRole('textbox', { name: messages.autofillLabel })
      expect(field).toHaveAttribute('autocomplete', 'username webauthn')
      const buttons = within(card).getAllByRole('button')
      expect(buttons[0]).toHaveAccessibleName(passkeyButtonMessages[locale].signIn)
      expect(screen.getByRole('button', { name: messages.methodPin })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: messages.methodEmail })).toBeNull()
      expect(screen.getByRole('link', { name: messages.switchToSignUp })).toHaveAttribute(
        'href',
        '/sign-up',
      )
      await expectNoAxeViolations(container)
    },
  )

  it('should sign a returning passkey user in from the button and focus the success line', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const onSuccess = vi.fn()
    renderWithIbex(<SignIn methods={['passkey', 'pin']} onSuccess={onSuccess} />, ibex)
    await user.click(screen.getByRole('button', { name: passkeyButtonMessages.en.signIn }))
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), SLOW)
    expect(onSuccess.mock.calls[0]?.[1]).toBe('passkey')
    const success = screen.getByText(en.signedIn)
    expect(success).toHaveFocus()
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'success')
    expect(ibex.requests()).toContain('POST /v1.2/auth/sign-in')
  })

  it('should sign in from the autofill of the email field, with no alert', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const onSuccess = vi.fn()
    const { container } = renderWithIbex(<SignIn onSuccess={onSuccess} />, ibex)
    await screen.findByRole('textbox', { name: en.autofillLabel })
    // The user picks a passkey in the suggestions once the conditional request waits for one
    // (until then, picking does nothing: there is nothing to answer).
    await waitFor(() => {
      act(() => ibex.authenticator.completeConditional())
      expect(onSuccess).toHaveBeenCalledTimes(1)
    }, SLOW)
    expect(onSuccess.mock.calls[0]?.[1]).toBe('passkey')
    expect(container.querySelector('[data-part="alert"]')).toBeNull()
  })

  it('should show the passkey failure in words under the button, not only as a red border', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.authenticator.failNext('UnknownError', 'the authenticator broke')
    renderWithIbex(<SignIn methods={['passkey']} />, ibex)
    const button = screen.getByRole('button', { name: passkeyButtonMessages.en.signIn })
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'), SLOW)
    expect(button).toHaveAccessibleDescription(passkeyButtonMessages.en.error)
    expect(
      screen.getByText(passkeyButtonMessages.en.error, { selector: '[data-part="message"]' }),
    ).toBeVisible()
  })

  it('should lead with the other methods and say why when the device has no built-in authenticator', async () => {
    const ibex = await createTestIbex()
    const original = globalThis.PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable
    globalThis.PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable = () =>
      Promise.resolve(false)
    try {
      renderWithIbex(<SignIn methods={['passkey', 'pin']} />, ibex)
      await screen.findByText(en.noPlatformAuthenticator)
      const card = screen.getByRole('region')
      expect(card).toHaveAttribute('data-passkey', 'fallback')
      const buttons = within(card).getAllByRole('button')
      expect(buttons[0]).toHaveAccessibleName(en.methodPin)
    } finally {
      globalThis.PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable = original
    }
  })

  it('should open the email method lazily with what was typed, and go back to the method list', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    renderWithIbex(<SignIn methods={['passkey', 'email', 'pin']} />, ibex)
    const field = await screen.findByRole('textbox', { name: en.autofillLabel })
    await user.type(field, 'ada@example.com')
    await user.click(screen.getByRole('button', { name: en.autofillSubmit }))
    const back = await screen.findByRole('button', { name: en.backSignIn })
    expect(back).toHaveFocus()
    expect(await screen.findByRole('textbox', { name: 'Email address' })).toHaveValue(
      'ada@example.com',
    )
    await user.click(back)
    expect(screen.getByRole('region')).toHaveAttribute('data-view', 'start')
    expect(screen.getByRole('textbox', { name: en.autofillLabel })).toHaveFocus()
  })
})

describe('given a SignUp card and then a SignIn card for PIN users', () => {
  it('should create a PIN account, mark PIN as last used, refuse a wrong PIN in words, accept the right one', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ client: { storage: 'localStorage' } })
    const onSignedUp = vi.fn()
    const signUp = renderWithIbex(
      <SignUp methods={['passkey', 'pin']} onSuccess={onSignedUp} />,
      ibex,
    )
    expect(screen.getByRole('region', { name: en.signUpTitle })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: en.methodPin }))
    const pad = await screen.findByRole('group', { name: en.pinSignUpTitle })
    for (const digit of '975318')
      await user.click(within(pad).getByRole('button', { name: `Digit ${digit}` }))
    const confirm = await screen.findByRole('group', { name: 'Confirm PIN' })
    for (const digit of '975318')
      await user.click(within(confirm).getByRole('button', { name: `Digit ${digit}` }))
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledTimes(1), { timeout: 30_000 })
    expect(onSignedUp.mock.calls[0]?.[1]).toBe('pin')
    signUp.unmount()
    await ibex.client.signOut()

    renderWithIbex(<SignIn methods={['passkey', 'email', 'pin']} />, ibex)
    const pinButton = screen.getByRole('button', { name: new RegExp(en.methodPin) })
    expect(pinButton).toHaveAttribute('data-last-used')
    expect(within(pinButton).getByText(en.lastUsed)).toBeInTheDocument()
    await user.click(pinButton)
    const signInPad = await screen.findByRole('group', { name: en.pinSignInTitle })
    for (const digit of '864209')
      await user.click(within(signInPad).getByRole('button', { name: `Digit ${digit}` }))
    await waitFor(
      () =>
        expect(
          screen.getByText(en.errorPinWrong, { selector: '[data-ibex-pinpad-error]' }),
        ).toBeVisible(),
      {
        timeout: 30_000,
      },
    )
    for (const digit of '975318')
      await user.click(within(signInPad).getByRole('button', { name: `Digit ${digit}` }))
    await screen.findByText(en.signedIn, {}, { timeout: 30_000 })
    expect(document.body.textContent).not.toContain('975318')
  }, 90_000)
})
